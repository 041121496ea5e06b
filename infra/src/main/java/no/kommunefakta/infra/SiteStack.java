package no.kommunefakta.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.ErrorResponse;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.KeyValueStore;
import software.amazon.awscdk.services.cloudfront.HeadersFrameOption;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersFrameOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.scheduler.CfnSchedule;
import software.constructs.Construct;

/**
 * The public site.
 *
 * <pre>
 * reader ── CloudFront ── viewer-request CloudFront Function (reads key "live" of a KeyValueStore, ~1 ms, no Lambda):
 *              /kommune/oslo/  →  /releases/&lt;live&gt;/kommune/oslo/index.html  ─(OAC)─▶ S3 site bucket (cached 1 year)
 *              no release yet  →  503 page answered by the function itself
 *              missing object  →  404 with the live release's 404 page (errors/404.html)
 * render Lambda (08:05 Europe/Oslo, publish.yml, deploy.yml): refresh (SSB) → render → link check → upload
 *              releases/&lt;new&gt;/ → flip "current" (conditional) → set "live" in the KeyValueStore
 * </pre>
 * The cache key carries the release, so every response comes wholly from one release; a switch reaches the edge
 * within seconds without invalidation; a rollback is one call. The live release is data (pointer object and
 * KeyValueStore), not part of the template, so a later {@code cdk deploy} never reverts it.
 */
public final class SiteStack extends Stack {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; upgrade-insecure-requests";

    /**
     * The CSP of the site's SVG files (maps, charts). Each carries its own {@code <style>} (colours, and the
     * {@code :target}/{@code :has()} rules that mark a KOSTRA group), which the pages' {@code style-src 'self'} would
     * block when an SVG is opened on its own (new tab, "open image"); an SVG needs no script, font or connection.
     */
    static final String SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
    /** Path pattern of the behaviour that serves SVG files with {@link #SVG_CSP}. */
    static final String SVG_PATTERN = "*.svg";

    /** Daily render: SSB publishes at 08:00 Oslo time; render five minutes later. */
    static final String RENDER_CRON = "cron(5 8 * * ? *)";
    static final String RENDER_TIMEZONE = "Europe/Oslo";
    /**
     * Idempotency key of a scheduled render: EventBridge Scheduler replaces the context attribute with the run's
     * scheduled time, the same for every delivery attempt of that run.
     */
    static final String SCHEDULE_IDEMPOTENCY_KEY = "schedule-<aws.scheduler.scheduled-time>";

    /** Edge code (cloudfront-js-2.0), a classpath resource so tests run the very file that is deployed. */
    static final String VIEWER_REQUEST_CODE = "edge/site-viewer-request.js";

    /** Key of the error page the publisher copies from the live release. */
    static final String ERROR_PAGE = "/errors/404.html";

    /** Where the render Lambda keeps the refreshed SSB tables between runs (prefix in the site bucket, and in /tmp). */
    static final String DATA_PREFIX = "data/";
    static final String DATA_DIR = "/tmp/kommunefakta-data";

    /**
     * Where the render Lambda records each run with an idempotency key ({@code runs/<key>.json}: claimed, then done
     * or failed); {@code tools/invoke-render.sh} polls it. Kept 30 days.
     */
    static final String RUNS_PREFIX = "runs/";

    private final Bucket siteBucket;
    private final Function render;
    private final Distribution distribution;
    private final KeyValueStore releases;

    public SiteStack(Construct scope, String id, StackProps props, DeploymentEnvironment deployment, Path siteZip,
                     Optional<String> alarmEmail, Optional<String> siteUrl, Optional<Integer> reservedConcurrency) {
        super(scope, id, props);
        var alarms = Alarms.topic(this, deployment, alarmEmail);

        var logs = Bucket.Builder.create(this, "AccessLogs")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED) // CloudFront standard logging writes with ACLs
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(90)).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        siteBucket = Bucket.Builder.create(this, "SiteBucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .versioned(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .serverAccessLogsBucket(logs)
                .serverAccessLogsPrefix("s3/site/")
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("PrunedReleasesGoAway")
                        .noncurrentVersionExpiration(Duration.days(30))
                        .expiredObjectDeleteMarker(true)
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build(),
                        LifecycleRule.builder()
                                .id("RunRecordsExpire")
                                .prefix(RUNS_PREFIX)
                                .expiration(Duration.days(30))
                                .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        releases = KeyValueStore.Builder.create(this, "Releases")
                .keyValueStoreName("kommunefakta-" + deployment.name() + "-releases")
                .comment("Key \"live\": the release the site serves (written by the render Lambda)")
                .build();
        var viewerRequest = software.amazon.awscdk.services.cloudfront.Function.Builder.create(this, "CleanUrls")
                .functionName("kommunefakta-" + deployment.name() + "-clean-urls")
                .comment("Clean URLs onto the live release (" + deployment.name() + ")")
                .runtime(FunctionRuntime.JS_2_0)
                .keyValueStore(releases)
                .code(FunctionCode.fromInline(edgeCode()))
                .build();

        String bucketArn = siteBucket.getBucketArn();
        var headers = securityHeaders("SecurityHeaders", "Kommunefakta security headers (" + deployment.name() + ")", CSP);
        var svgHeaders = securityHeaders("SvgSecurityHeaders", "Kommunefakta SVG files (" + deployment.name() + ")", SVG_CSP);
        var origin = S3BucketOrigin.withOriginAccessControl(siteBucket);
        var cleanUrls = List.of(FunctionAssociation.builder().eventType(FunctionEventType.VIEWER_REQUEST).function(viewerRequest).build());

        distribution = Distribution.Builder.create(this, "Site")
                .comment("Kommunefakta (" + deployment.name() + ")")
                .defaultBehavior(behaviour(origin, headers, cleanUrls))
                .additionalBehaviors(Map.of(SVG_PATTERN, behaviour(origin, svgHeaders, cleanUrls)))
                // S3 answers 403 for a missing key when the reader may not list the bucket
                .errorResponses(List.of(
                        ErrorResponse.builder().httpStatus(403).responseHttpStatus(404).responsePagePath(ERROR_PAGE).ttl(Duration.seconds(60)).build(),
                        ErrorResponse.builder().httpStatus(404).responseHttpStatus(404).responsePagePath(ERROR_PAGE).ttl(Duration.seconds(60)).build()))
                .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021)
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .priceClass(PriceClass.PRICE_CLASS_100)
                .enableLogging(true)
                .logBucket(logs)
                .logFilePrefix("cloudfront/")
                .build();
        Nag.suppress(distribution, "AwsSolutions-CFR4",
                "Served on the default *.cloudfront.net certificate, whose TLS policy cannot be set; a custom domain "
                        + "with an ACM certificate and TLSv1.2_2021 replaces it once the domain is delegated.");
        Nag.suppress(distribution, "AwsSolutions-CFR1",
                "Public statistics about Norwegian municipalities, meant to be readable from anywhere; no geo restriction.");
        Nag.suppress(distribution, "AwsSolutions-CFR2",
                "Read-only static site: immutable release objects, GET/HEAD only, no forms; "
                        + "a CloudFront WAF web ACL (us-east-1 stack) is not justified for this surface.");

        String publicUrl = siteUrl.orElse("https://" + distribution.getDistributionDomainName());
        Map<String, String> renderEnv = new java.util.LinkedHashMap<>();
        renderEnv.put("QUARKUS_FUNQY_EXPORT", "render");
        renderEnv.put("SITE_BUCKET", siteBucket.getBucketName());
        renderEnv.put("SITE_RETENTION", "5");
        renderEnv.put("SITE_KEY_VALUE_STORE_ARN", releases.getKeyValueStoreArn());
        renderEnv.put("SITE_DATA_PREFIX", DATA_PREFIX);
        renderEnv.put("KOMMUNEFAKTA_DATA_DIR", DATA_DIR);
        renderEnv.put("KOMMUNEFAKTA_SITE_URL", publicUrl);
        render = FunctionDefaults.nativeFunction(this, "Render",
                "Kommunefakta site refresh + render + atomic publish (" + deployment.name() + ")", siteZip, 1536,
                Duration.minutes(10), renderEnv, deployment, alarms);
        ((software.amazon.awscdk.services.lambda.CfnFunction) render.getNode().getDefaultChild())
                .setFunctionName(renderFunctionName(deployment));
        // reserved: at most one render at a time when the account has room for reservations
        FunctionDefaults.reserve(render, reservedConcurrency.map(n -> 1));
        // EventBridge Scheduler (and invoke-render.sh) invoke asynchronously; Lambda would retry a failed render twice
        // more (three releases' worth of SSB load and three error mails for one failure). A failure is reported by
        // the render's Errors alarm instead; the next run is the next schedule or an operator's.
        render.configureAsyncInvoke(software.amazon.awscdk.services.lambda.EventInvokeConfigOptions.builder()
                .retryAttempts(0)
                .maxEventAge(Duration.hours(1))
                .build());
        // the whole site is rendered into /tmp before upload
        ((software.amazon.awscdk.services.lambda.CfnFunction) render.getNode().getDefaultChild())
                .setEphemeralStorage(software.amazon.awscdk.services.lambda.CfnFunction.EphemeralStorageProperty.builder().size(2048).build());
        render.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"))
                .resources(List.of(bucketArn + "/releases/*", bucketArn + "/current", bucketArn + ERROR_PAGE,
                        bucketArn + "/" + DATA_PREFIX + "*", bucketArn + "/" + RUNS_PREFIX + "*"))
                .build());
        render.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucketArn))
                .build());
        render.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("cloudfront-keyvaluestore:DescribeKeyValueStore", "cloudfront-keyvaluestore:GetKey",
                        "cloudfront-keyvaluestore:PutKey"))
                .resources(List.of(releases.getKeyValueStoreArn()))
                .build());
        Nag.suppress(render.getRole().getNode().findChild("DefaultPolicy"), "AwsSolutions-IAM5",
                "The publisher writes a new release under releases/<id>/ (id unknown at deploy time) and prunes old ones, "
                        + "and keeps the refreshed SSB tables under data/ and one record per idempotency key under runs/; the wildcards are "
                        + "limited to those prefixes of the site bucket.",
                "/^Resource::<SiteBucket[0-9A-F]+\\.Arn>\\/releases\\/\\*$/g",
                "/^Resource::<SiteBucket[0-9A-F]+\\.Arn>\\/data\\/\\*$/g",
                "/^Resource::<SiteBucket[0-9A-F]+\\.Arn>\\/runs\\/\\*$/g");

        var schedulerRole = Role.Builder.create(this, "RenderScheduleRole")
                .assumedBy(new ServicePrincipal("scheduler.amazonaws.com", software.amazon.awscdk.services.iam.ServicePrincipalOpts.builder()
                        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", getAccount())))
                        .build()))
                .description("EventBridge Scheduler: may invoke the render Lambda only")
                .build();
        schedulerRole.addToPolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(render.getFunctionArn()))
                .build());
        CfnSchedule.Builder.create(this, "DailyRender")
                .description("Refresh, render and publish after SSB's 08:00 release (" + deployment.name() + ")")
                .scheduleExpression(RENDER_CRON)
                .scheduleExpressionTimezone(RENDER_TIMEZONE)
                .flexibleTimeWindow(CfnSchedule.FlexibleTimeWindowProperty.builder().mode("OFF").build())
                .state(deployment.renderScheduled() ? "ENABLED" : "DISABLED")
                .target(CfnSchedule.TargetProperty.builder()
                        .arn(render.getFunctionArn())
                        .roleArn(schedulerRole.getRoleArn())
                        // one key per scheduled time: a repeated delivery of the same run never makes a second release
                        .input("{\"trigger\":\"schedule\",\"idempotencyKey\":\"" + SCHEDULE_IDEMPOTENCY_KEY + "\"}")
                        .retryPolicy(CfnSchedule.RetryPolicyProperty.builder().maximumRetryAttempts(2).maximumEventAgeInSeconds(3600).build())
                        .build())
                .build();

        Alarms.allowAlarmsToPublish(this, alarms);

        CfnOutput.Builder.create(this, "SiteUrl").value(publicUrl).build();
        CfnOutput.Builder.create(this, "DistributionId").value(distribution.getDistributionId()).build();
        CfnOutput.Builder.create(this, "SiteBucketName").value(siteBucket.getBucketName()).build();
        CfnOutput.Builder.create(this, "RenderFunctionName").value(render.getFunctionName()).build();
        CfnOutput.Builder.create(this, "ReleaseStoreArn").value(releases.getKeyValueStoreArn()).build();
    }

    /** Fixed name of the render Lambda, so the deploy role (bootstrap stack) can be scoped to it. */
    static String renderFunctionName(DeploymentEnvironment deployment) {
        return "kommunefakta-" + deployment.name() + "-render";
    }

    /** Every page and file: GET/HEAD over HTTPS, the clean-URL function, cached by release. */
    private static BehaviorOptions behaviour(software.amazon.awscdk.services.cloudfront.IOrigin origin, ResponseHeadersPolicy headers,
            List<FunctionAssociation> cleanUrls) {
        return BehaviorOptions.builder()
                .origin(origin)
                .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                // release objects are immutable and the cache key names the release
                .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                .responseHeadersPolicy(headers)
                .compress(true)
                .functionAssociations(cleanUrls)
                .build();
    }

    private ResponseHeadersPolicy securityHeaders(String id, String comment, String csp) {
        return ResponseHeadersPolicy.Builder.create(this, id)
                .comment(comment)
                .securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
                        .contentSecurityPolicy(ResponseHeadersContentSecurityPolicy.builder().contentSecurityPolicy(csp).override(true).build())
                        .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
                                .accessControlMaxAge(Duration.days(730)).includeSubdomains(true).preload(true).override(true).build())
                        .contentTypeOptions(ResponseHeadersContentTypeOptions.builder().override(true).build())
                        .frameOptions(ResponseHeadersFrameOptions.builder().frameOption(HeadersFrameOption.DENY).override(true).build())
                        .referrerPolicy(ResponseHeadersReferrerPolicy.builder()
                                .referrerPolicy(HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN).override(true).build())
                        .build())
                .build();
    }

    static String edgeCode() {
        try (var in = SiteStack.class.getClassLoader().getResourceAsStream(VIEWER_REQUEST_CODE)) {
            if (in == null) {
                throw new IllegalStateException("edge code missing from the classpath: " + VIEWER_REQUEST_CODE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Bucket siteBucket() {
        return siteBucket;
    }

    public Function render() {
        return render;
    }

    public Distribution distribution() {
        return distribution;
    }

    public KeyValueStore releases() {
        return releases;
    }
}

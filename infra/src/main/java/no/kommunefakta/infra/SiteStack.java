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
import software.amazon.awscdk.services.cloudfront.CacheQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.Distribution;
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
import software.amazon.awscdk.services.cloudfront.origins.FunctionUrlOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.FunctionUrlOptions;
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
 * reader ── CloudFront ──┬── /releases/*  ─(OAC)─▶ S3 site bucket  releases/&lt;id&gt;/...   (immutable, cached 1 year)
 *                        └── everything else ─(OAC)─▶ router Lambda: reads the pointer object "current",
 *                                                     answers 302 /releases/&lt;live&gt;/path  (cached 60 s)
 * render Lambda (08:05 Europe/Oslo, or on demand) ── renders ──▶ uploads releases/&lt;new&gt;/ ──▶ flips "current"
 * </pre>
 * Readers stay inside one release (the site links relatively), so they never mix two versions; the previous release
 * stays until the next one is whole; a rollback rewrites the pointer once.
 */
public final class SiteStack extends Stack {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; upgrade-insecure-requests";

    /** Daily render: SSB publishes at 08:00 Oslo time; render five minutes later. */
    static final String RENDER_CRON = "cron(5 8 * * ? *)";
    static final String RENDER_TIMEZONE = "Europe/Oslo";

    private final Bucket siteBucket;
    private final Function render;
    private final Function router;
    private final Distribution distribution;

    public SiteStack(Construct scope, String id, StackProps props, DeploymentEnvironment deployment, Path siteZip,
                     Optional<String> alarmEmail) {
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
                        .noncurrentVersionExpiration(Duration.days(30))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        String bucketArn = siteBucket.getBucketArn();
        router = FunctionDefaults.nativeFunction(this, "Router",
                "Kommunefakta site router: 302 to the live release (" + deployment.name() + ")", siteZip, 256,
                Duration.seconds(5),
                Map.of("QUARKUS_FUNQY_EXPORT", "route", "SITE_BUCKET", siteBucket.getBucketName()), deployment, alarms);
        router.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("s3:GetObject"))
                .resources(List.of(bucketArn + "/current"))
                .build());
        var routerUrl = router.addFunctionUrl(FunctionUrlOptions.builder().authType(FunctionUrlAuthType.AWS_IAM).build());

        render = FunctionDefaults.nativeFunction(this, "Render",
                "Kommunefakta site render + atomic publish (" + deployment.name() + ")", siteZip, 1536,
                Duration.minutes(10),
                Map.of("QUARKUS_FUNQY_EXPORT", "render", "SITE_BUCKET", siteBucket.getBucketName(), "SITE_RETENTION", "5"),
                deployment, alarms);
        // the whole site is rendered into /tmp before upload
        ((software.amazon.awscdk.services.lambda.CfnFunction) render.getNode().getDefaultChild())
                .setEphemeralStorage(software.amazon.awscdk.services.lambda.CfnFunction.EphemeralStorageProperty.builder().size(2048).build());
        render.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"))
                .resources(List.of(bucketArn + "/releases/*", bucketArn + "/current"))
                .build());
        render.addToRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucketArn))
                .build());
        Nag.suppress(render.getRole().getNode().findChild("DefaultPolicy"), "AwsSolutions-IAM5",
                "The publisher writes a new release under releases/<id>/ (id unknown at deploy time) and prunes old ones; "
                        + "the wildcard is limited to that prefix of the site bucket.",
                "/^Resource::<SiteBucket[0-9A-F]+\\.Arn>\\/releases\\/\\*$/g");

        var headers = ResponseHeadersPolicy.Builder.create(this, "SecurityHeaders")
                .comment("Kommunefakta security headers (" + deployment.name() + ")")
                .securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
                        .contentSecurityPolicy(ResponseHeadersContentSecurityPolicy.builder().contentSecurityPolicy(CSP).override(true).build())
                        .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
                                .accessControlMaxAge(Duration.days(730)).includeSubdomains(true).preload(true).override(true).build())
                        .contentTypeOptions(ResponseHeadersContentTypeOptions.builder().override(true).build())
                        .frameOptions(ResponseHeadersFrameOptions.builder().frameOption(HeadersFrameOption.DENY).override(true).build())
                        .referrerPolicy(ResponseHeadersReferrerPolicy.builder()
                                .referrerPolicy(HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN).override(true).build())
                        .build())
                .build();

        var redirects = CachePolicy.Builder.create(this, "RouterCache")
                .comment("Pointer redirects: short-lived so a new release is picked up within a minute")
                .minTtl(Duration.seconds(0))
                .defaultTtl(Duration.seconds(60))
                .maxTtl(Duration.seconds(60))
                .queryStringBehavior(CacheQueryStringBehavior.none())
                .build();

        distribution = Distribution.Builder.create(this, "Site")
                .comment("Kommunefakta (" + deployment.name() + ")")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(FunctionUrlOrigin.withOriginAccessControl(routerUrl))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                        .cachePolicy(redirects)
                        .responseHeadersPolicy(headers)
                        .build())
                .additionalBehaviors(Map.of("/releases/*", BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(siteBucket))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .responseHeadersPolicy(headers)
                        .compress(true)
                        .build()))
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
                "Read-only static site: immutable release objects and 60 s cached redirects, GET/HEAD only, no forms; "
                        + "a CloudFront WAF web ACL (us-east-1 stack) is not justified for this surface.");

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
                .description("Render and publish after SSB's 08:00 release (" + deployment.name() + ")")
                .scheduleExpression(RENDER_CRON)
                .scheduleExpressionTimezone(RENDER_TIMEZONE)
                .flexibleTimeWindow(CfnSchedule.FlexibleTimeWindowProperty.builder().mode("OFF").build())
                .state(deployment.renderScheduled() ? "ENABLED" : "DISABLED")
                .target(CfnSchedule.TargetProperty.builder()
                        .arn(render.getFunctionArn())
                        .roleArn(schedulerRole.getRoleArn())
                        .input("{\"trigger\":\"schedule\"}")
                        .retryPolicy(CfnSchedule.RetryPolicyProperty.builder().maximumRetryAttempts(2).maximumEventAgeInSeconds(3600).build())
                        .build())
                .build();

        CfnOutput.Builder.create(this, "SiteUrl").value("https://" + distribution.getDistributionDomainName()).build();
        CfnOutput.Builder.create(this, "DistributionId").value(distribution.getDistributionId()).build();
        CfnOutput.Builder.create(this, "SiteBucketName").value(siteBucket.getBucketName()).build();
        CfnOutput.Builder.create(this, "RenderFunctionName").value(render.getFunctionName()).build();
    }

    public Bucket siteBucket() {
        return siteBucket;
    }

    public Function render() {
        return render;
    }

    public Function router() {
        return router;
    }

    public Distribution distribution() {
        return distribution;
    }
}

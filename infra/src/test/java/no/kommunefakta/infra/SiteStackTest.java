package no.kommunefakta.infra;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

@ExtendWith(NodeForCdk.class)
class SiteStackTest {

    static Template template;
    static Template prod;

    @BeforeAll
    static void synth() {
        template = Template.fromStack(TestApps.stacks("test").site());
        prod = Template.fromStack(TestApps.stacks("prod").site());
    }

    @Test
    void siteBucketIsPrivateVersionedEncryptedAndLogged() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "LoggingConfiguration", Match.objectLike(Map.of("LogFilePrefix", "s3/site/"))));
        template.hasResource("AWS::S3::Bucket", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void prunedReleasesLeaveNoDeleteMarkersOrOldVersionsBehind() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "Status", "Enabled",
                        "ExpiredObjectDeleteMarker", true,
                        "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 30),
                        "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 1))),
                        Map.of("Id", "RunRecordsExpire", "Prefix", "runs/", "ExpirationInDays", 30, "Status", "Enabled")))));
    }

    @Test
    void bucketsRefuseNonTlsAndOnlyCloudFrontMayRead() {
        template.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Effect", "Deny", "Action", "s3:*",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))),
                Match.objectLike(Map.of("Effect", "Allow", "Action", "s3:GetObject",
                        "Principal", Map.of("Service", "cloudfront.amazonaws.com"),
                        "Condition", Match.objectLike(Map.of("StringEquals", Match.objectLike(Map.of("AWS:SourceArn", Match.anyValue())))))))))));
        template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
        template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", Map.of("OriginAccessControlConfig",
                Match.objectLike(Map.of("OriginAccessControlOriginType", "s3", "SigningBehavior", "always"))));
    }

    @Test
    void cleanUrlsAreMappedAtTheEdgeByAFunctionReadingTheReleaseStore() {
        template.resourceCountIs("AWS::CloudFront::KeyValueStore", 1);
        String store = template.findResources("AWS::CloudFront::KeyValueStore").keySet().iterator().next();
        template.hasResourceProperties("AWS::CloudFront::KeyValueStore", Map.of("ImportSource", Match.absent()));
        template.hasResourceProperties("AWS::CloudFront::Function", Map.of(
                "AutoPublish", true,
                "FunctionCode", SiteStack.edgeCode(),
                "FunctionConfig", Map.of("Runtime", "cloudfront-js-2.0",
                        "Comment", Match.anyValue(),
                        "KeyValueStoreAssociations", List.of(Map.of("KeyValueStoreARN", Map.of("Fn::GetAtt", List.of(store, "Arn")))))));
        String function = template.findResources("AWS::CloudFront::Function").keySet().iterator().next();
        template.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "DefaultCacheBehavior", Match.objectLike(Map.of(
                        "ViewerProtocolPolicy", "redirect-to-https",
                        "AllowedMethods", List.of("GET", "HEAD"),
                        "CachePolicyId", "658327ea-f89d-4fab-a63d-7e88639e58f6",
                        "FunctionAssociations", List.of(Map.of("EventType", "viewer-request",
                                "FunctionARN", Map.of("Fn::GetAtt", List.of(function, "FunctionARN")))))),
                "CacheBehaviors", List.of(Match.objectLike(Map.of(
                        "PathPattern", SiteStack.SVG_PATTERN,
                        "ViewerProtocolPolicy", "redirect-to-https",
                        "AllowedMethods", List.of("GET", "HEAD"),
                        "CachePolicyId", "658327ea-f89d-4fab-a63d-7e88639e58f6",
                        "FunctionAssociations", List.of(Map.of("EventType", "viewer-request",
                                "FunctionARN", Map.of("Fn::GetAtt", List.of(function, "FunctionARN"))))))),
                "HttpVersion", "http2and3",
                "Logging", Match.objectLike(Map.of("Prefix", "cloudfront/"))))));
        assertThat(SiteStack.edgeCode().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .as("CloudFront Functions code limit").isLessThan(10 * 1024);
        // the live release is data, never part of the template: a later deploy cannot revert it
        assertThat(template.toJSON().toString()).doesNotContain("releases/2");
    }

    @Test
    void missingPagesGetTheSites404PageWithA404Status() {
        template.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "CustomErrorResponses", List.of(
                        Map.of("ErrorCode", 403, "ResponseCode", 404, "ResponsePagePath", "/errors/404.html", "ErrorCachingMinTTL", 60),
                        Map.of("ErrorCode", 404, "ResponseCode", 404, "ResponsePagePath", "/errors/404.html", "ErrorCachingMinTTL", 60))))));
    }

    @Test
    void noLambdaServesPageRequestsAndEveryFunctionUrlIsReachableThroughCloudFront() {
        // every page request is answered by the CloudFront Function + S3; a function URL left in use behind OAC would
        // need both lambda:InvokeFunctionUrl and lambda:InvokeFunction for cloudfront.amazonaws.com with the
        // distribution as SourceArn, or every request is 403
        Map<String, Map<String, Object>> urls = template.findResources("AWS::Lambda::Url");
        Map<String, Map<String, Object>> permissions = template.findResources("AWS::Lambda::Permission");
        for (var url : urls.values()) {
            Object target = ((Map<?, ?>) url.get("Properties")).get("TargetFunctionArn");
            for (String action : List.of("lambda:InvokeFunctionUrl", "lambda:InvokeFunction")) {
                assertThat(permissions.values()).as(action + " for " + target).anySatisfy(p -> {
                    Map<?, ?> props = (Map<?, ?>) p.get("Properties");
                    assertThat(props.get("Action")).isEqualTo(action);
                    assertThat(props.get("Principal")).isEqualTo("cloudfront.amazonaws.com");
                    assertThat(props.get("FunctionName")).isEqualTo(target);
                    assertThat(String.valueOf(props.get("SourceArn"))).contains("distribution");
                });
            }
        }
        assertThat(urls).as("function URLs in use").isEmpty();
        template.resourceCountIs("AWS::Lambda::Function", 1);
    }

    @Test
    void securityHeadersIncludeCspAndHsts() {
        template.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", Map.of("ResponseHeadersPolicyConfig", Match.objectLike(Map.of(
                "SecurityHeadersConfig", Map.of(
                        "ContentSecurityPolicy", Map.of("ContentSecurityPolicy", SiteStack.CSP, "Override", true),
                        "StrictTransportSecurity", Map.of("AccessControlMaxAgeSec", 63072000, "IncludeSubdomains", true,
                                "Preload", true, "Override", true),
                        "ContentTypeOptions", Map.of("Override", true),
                        "FrameOptions", Map.of("FrameOption", "DENY", "Override", true),
                        "ReferrerPolicy", Map.of("ReferrerPolicy", "strict-origin-when-cross-origin", "Override", true))))));
        assertThat(SiteStack.CSP).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void svgFilesMayUseTheirOwnStylesButNothingElse() {
        // an SVG opened on its own (new tab) needs its inline <style>; the pages keep style-src 'self'
        Map<String, Map<String, Object>> policies = template.findResources("AWS::CloudFront::ResponseHeadersPolicy");
        String svgPolicy = policies.entrySet().stream().filter(e -> e.getValue().toString().contains(SiteStack.SVG_CSP)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        template.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "CacheBehaviors", List.of(Match.objectLike(Map.of("PathPattern", "*.svg",
                        "ResponseHeadersPolicyId", Map.of("Ref", svgPolicy))))))));
        assertThat(SiteStack.SVG_CSP).startsWith("default-src 'none'").contains("style-src 'unsafe-inline'", "frame-ancestors 'none'")
                .doesNotContain("script-src", "unsafe-eval");
        template.resourceCountIs("AWS::CloudFront::ResponseHeadersPolicy", 2);
    }

    @Test
    void renderMayWriteOnlyItsPrefixesAndTheReleaseStore() {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy", Map.of(
                "Properties", Map.of("Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("RenderRole.*"))))));
        assertThat(policies).hasSize(1);
        String policy = policies.values().iterator().next().toString();
        assertThat(policy).contains("s3:PutObject", "s3:DeleteObject", "/releases/*", "/current", "/errors/404.html", "/data/*", "/runs/*",
                        "cloudfront-keyvaluestore:PutKey", "cloudfront-keyvaluestore:DescribeKeyValueStore", "Releases")
                .doesNotContain("s3:*", "AccessLogs", "s3:PutBucket", "s3:DeleteBucket", "cloudfront:");
    }

    @Test
    void renderRefreshesIntoThePersistedDataDirAndKnowsThePublicUrl() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "kommunefakta-test-render",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "QUARKUS_FUNQY_EXPORT", "render",
                        "SITE_DATA_PREFIX", "data/",
                        "KOMMUNEFAKTA_DATA_DIR", "/tmp/kommunefakta-data",
                        "SITE_KEY_VALUE_STORE_ARN", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Releases.*"), "Arn")),
                        "KOMMUNEFAKTA_SITE_URL", Map.of("Fn::Join", List.of("", List.of("https://",
                                Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Site.*"), "DomainName"))))))))));
        var custom = Template.fromStack(InfraApp.build(TestApps.app("prod", Map.of("siteUrl", "https://kommunefakta.no"))).site());
        custom.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of("KOMMUNEFAKTA_SITE_URL", "https://kommunefakta.no")))));
        custom.hasOutput("SiteUrl", Map.of("Value", "https://kommunefakta.no"));
    }

    @Test
    void renderRunsDailyAfterSsbPublishesInProdOnly() {
        prod.hasResourceProperties("AWS::Scheduler::Schedule", Map.of(
                "ScheduleExpression", "cron(5 8 * * ? *)",
                "ScheduleExpressionTimezone", "Europe/Oslo",
                "State", "ENABLED",
                "Target", Match.objectLike(Map.of("Arn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Render.*"), "Arn"))))));
        template.hasResourceProperties("AWS::Scheduler::Schedule", Map.of("State", "DISABLED"));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "provided.al2023", "Timeout", 600, "MemorySize", 1536,
                "EphemeralStorage", Map.of("Size", 2048),
                "ReservedConcurrentExecutions", Match.absent(),
                "Environment", Map.of("Variables", Match.objectLike(Map.of("QUARKUS_FUNQY_EXPORT", "render", "DISABLE_SIGNAL_HANDLERS", "true")))));
        Template.fromStack(InfraApp.build(TestApps.app("prod", Map.of("reservedConcurrency", "2"))).site())
                .hasResourceProperties("AWS::Lambda::Function", Map.of("ReservedConcurrentExecutions", 1));
    }

    @Test
    void functionsHaveRetainedLogsAndErrorAlarms() {
        template.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        prod.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 365));
        template.resourceCountIs("AWS::CloudWatch::Alarm", 2);
        template.hasOutput("SiteUrl", Match.anyValue());
        template.hasOutput("DistributionId", Match.anyValue());
        template.hasOutput("RenderFunctionName", Match.anyValue());
    }

    /**
     * The schedule invokes asynchronously: a failed render must not be retried by Lambda (two more releases' worth of
     * SSB load), the Errors alarm reports it; every delivery of one scheduled run carries the same idempotency key.
     */
    @Test
    void aFailedScheduledRenderRunsOnceAndItsAlarmSaysSo() {
        String render = prod.findResources("AWS::Lambda::Function", Map.of("Properties", Map.of(
                "FunctionName", "kommunefakta-prod-render"))).keySet().iterator().next();
        prod.resourceCountIs("AWS::Lambda::EventInvokeConfig", 1);
        prod.hasResourceProperties("AWS::Lambda::EventInvokeConfig", Map.of(
                "FunctionName", Map.of("Ref", render),
                "MaximumRetryAttempts", 0,
                "MaximumEventAgeInSeconds", 3600,
                "Qualifier", "$LATEST"));
        prod.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "Errors", "Namespace", "AWS/Lambda",
                "Dimensions", List.of(Map.of("Name", "FunctionName", "Value", Map.of("Ref", render))),
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*")))));
        prod.hasResourceProperties("AWS::Scheduler::Schedule", Map.of("Target", Match.objectLike(Map.of(
                "Input", "{\"trigger\":\"schedule\",\"idempotencyKey\":\"schedule-<aws.scheduler.scheduled-time>\"}"))));
    }

    /**
     * One daily publication path per environment: the in-account schedule (prod), never also a GitHub cron
     * (publish.yml once published at 07:20 UTC besides the 08:05 Europe/Oslo schedule: two releases a day).
     */
    @Test
    void eachEnvironmentHasOneDailyPublicationPath() throws java.io.IOException {
        String publish = java.nio.file.Files.readString(java.nio.file.Path.of("../.github/workflows/publish.yml"));
        assertThat(publish).doesNotContainPattern("(?m)^\\s*schedule:").doesNotContain("cron:");
        prod.resourceCountIs("AWS::Scheduler::Schedule", 1);
        prod.hasResourceProperties("AWS::Scheduler::Schedule", Map.of("State", "ENABLED"));
        template.hasResourceProperties("AWS::Scheduler::Schedule", Map.of("State", "DISABLED"));
    }
}

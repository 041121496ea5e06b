package no.kommunefakta.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

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
    void bucketsRefuseNonTlsAndOnlyCloudFrontMayRead() {
        template.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Effect", "Deny", "Action", "s3:*",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))),
                Match.objectLike(Map.of("Effect", "Allow", "Action", "s3:GetObject",
                        "Principal", Map.of("Service", "cloudfront.amazonaws.com"),
                        "Condition", Match.objectLike(Map.of("StringEquals", Match.objectLike(Map.of("AWS:SourceArn", Match.anyValue())))))))))));
        template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 2);
        template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", Map.of("OriginAccessControlConfig",
                Match.objectLike(Map.of("OriginAccessControlOriginType", "s3", "SigningBehavior", "always"))));
        template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", Map.of("OriginAccessControlConfig",
                Match.objectLike(Map.of("OriginAccessControlOriginType", "lambda"))));
    }

    @Test
    void distributionRoutesPagesThroughTheRouterAndReleasesToTheBucket() {
        template.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "DefaultCacheBehavior", Match.objectLike(Map.of("ViewerProtocolPolicy", "redirect-to-https",
                        "AllowedMethods", List.of("GET", "HEAD"))),
                "CacheBehaviors", List.of(Match.objectLike(Map.of("PathPattern", "/releases/*",
                        "ViewerProtocolPolicy", "redirect-to-https",
                        "CachePolicyId", "658327ea-f89d-4fab-a63d-7e88639e58f6"))),
                "HttpVersion", "http2and3",
                "Logging", Match.objectLike(Map.of("Prefix", "cloudfront/"))))));
        template.hasResourceProperties("AWS::CloudFront::CachePolicy", Map.of("CachePolicyConfig", Match.objectLike(Map.of(
                "DefaultTTL", 60, "MaxTTL", 60, "MinTTL", 0))));
        template.hasResourceProperties("AWS::Lambda::Url", Map.of("AuthType", "AWS_IAM"));
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
    void renderMayWriteOnlyReleasesAndThePointerOfTheSiteBucket() {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy", Map.of(
                "Properties", Map.of("Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("RenderRole.*"))))));
        assertThat(policies).hasSize(1);
        String policy = policies.values().iterator().next().toString();
        assertThat(policy).contains("s3:PutObject", "s3:DeleteObject", "/releases/*", "/current", "SiteBucket")
                .doesNotContain("s3:*", "AccessLogs", "s3:PutBucket", "s3:DeleteBucket");
        Map<String, Map<String, Object>> routerPolicies = template.findResources("AWS::IAM::Policy", Map.of(
                "Properties", Map.of("Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("RouterRole.*"))))));
        assertThat(routerPolicies.values().iterator().next().toString())
                .contains("s3:GetObject", "/current").doesNotContain("s3:PutObject", "/releases/*");
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
                "Environment", Map.of("Variables", Match.objectLike(Map.of("QUARKUS_FUNQY_EXPORT", "render", "DISABLE_SIGNAL_HANDLERS", "true")))));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of("QUARKUS_FUNQY_EXPORT", "route")))));
    }

    @Test
    void functionsHaveRetainedLogsAndErrorAlarms() {
        template.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        prod.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 365));
        template.resourceCountIs("AWS::CloudWatch::Alarm", 4);
        template.hasOutput("SiteUrl", Match.anyValue());
        template.hasOutput("DistributionId", Match.anyValue());
    }
}

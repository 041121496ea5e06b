package no.kommunefakta.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ApiStackTest {

    static Template template;
    static Template prod;

    @BeforeAll
    static void synth() {
        template = Template.fromStack(TestApps.stacks("test").api());
        prod = Template.fromStack(TestApps.stacks("prod").api());
    }

    @Test
    void everyRouteHasItsOwnNativeFunctionOnAl2023() {
        template.resourceCountIs("AWS::Lambda::Function", 3);
        template.allResourcesProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "provided.al2023",
                "Handler", "not.used.in.provided.runtime",
                "Architectures", List.of("x86_64"),
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "DISABLE_SIGNAL_HANDLERS", "true",
                        "QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", "4M")))));
        Map<String, Map<String, Object>> functions = template.findResources("AWS::Lambda::Function");
        List<?> roles = functions.values().stream()
                .map(f -> String.valueOf(((Map<?, ?>) f.get("Properties")).get("Role"))).distinct().toList();
        assertThat(roles).as("one role per function").hasSize(3);
    }

    @Test
    void rolesMayOnlyWriteTheirOwnLogs() {
        template.resourceCountIs("AWS::IAM::Role", 3);
        template.allResourcesProperties("AWS::IAM::Role", Map.of(
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "lambda.amazonaws.com")))))),
                "ManagedPolicyArns", Match.absent()));
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy");
        assertThat(policies).hasSize(3);
        policies.values().forEach(p -> assertThat(p.toString())
                .contains("logs:CreateLogStream", "logs:PutLogEvents")
                .doesNotContain("\"*\"", "s3:", "Resource=*"));
    }

    @Test
    void routesArePostOnlyAndIamAuthenticated() {
        template.resourceCountIs("AWS::ApiGatewayV2::Route", 3);
        for (ApiRoute route : ApiRoute.ALL) {
            template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of(
                    "RouteKey", route.routeKey(),
                    "AuthorizationType", "AWS_IAM"));
        }
        template.resourceCountIs("AWS::ApiGatewayV2::Integration", 3);
        template.allResourcesProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "IntegrationType", "AWS_PROXY", "PayloadFormatVersion", "2.0"));
    }

    @Test
    void stageThrottlesPerEnvironmentAndPerRouteAndLogsAccess() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "StageName", "$default",
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 5, "ThrottlingBurstLimit", 10),
                "RouteSettings", Map.of(
                        "POST /validatePosting", Map.of("ThrottlingRateLimit", 5, "ThrottlingBurstLimit", 10),
                        "POST /validateFile", Map.of("ThrottlingRateLimit", 1, "ThrottlingBurstLimit", 2),
                        "POST /allocateInternalRent", Map.of("ThrottlingRateLimit", 2, "ThrottlingBurstLimit", 5)),
                "AccessLogSettings", Match.objectLike(Map.of("Format", Match.stringLikeRegexp(".*context.requestId.*context.status.*")))));
        prod.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100)));
    }

    @Test
    void logGroupsKeepLogsForTheEnvironmentsRetention() {
        template.resourceCountIs("AWS::Logs::LogGroup", 4);
        template.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        prod.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 365));
    }

    @Test
    void errorsThrottlesAnd5xxRaiseAlarmsOnAnEncryptedTopic() {
        template.resourceCountIs("AWS::CloudWatch::Alarm", 3 * 2 + 1);
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "Errors", "Namespace", "AWS/Lambda", "Threshold", 1, "Period", 300,
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*")))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "5xx", "Namespace", "AWS/ApiGateway"));
        assertThat(template.findResources("AWS::SNS::Topic").toString()).contains("KmsMasterKeyId", "alias/aws/sns");
    }

    @Test
    void callerPolicyAllowsInvokingTheThreeRoutesOnly() {
        template.hasResourceProperties("AWS::IAM::ManagedPolicy", Map.of("PolicyDocument", Map.of(
                "Version", "2012-10-17",
                "Statement", List.of(Match.objectLike(Map.of("Effect", "Allow", "Action", "execute-api:Invoke"))))));
        String policy = template.findResources("AWS::IAM::ManagedPolicy").toString();
        assertThat(policy).contains("$default/POST/validatePosting", "$default/POST/validateFile", "$default/POST/allocateInternalRent")
                .doesNotContain("/*");
        template.hasOutput("ApiUrl", Match.anyValue());
    }
}

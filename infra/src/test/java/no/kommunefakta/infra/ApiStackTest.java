package no.kommunefakta.infra;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

@ExtendWith(NodeForCdk.class)
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
        template.resourceCountIs("AWS::Lambda::Function", ApiRoute.ALL.size() + 1);
        for (ApiRoute route : ApiRoute.ALL) {
            template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "Description", "Kommunefakta " + route.routeKey() + " (test)",
                    "Environment", Map.of("Variables", Match.objectLike(Map.of("QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", "4M")))));
        }
        template.allResourcesProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "provided.al2023",
                "Handler", "not.used.in.provided.runtime",
                "Architectures", List.of("x86_64"),
                "Environment", Map.of("Variables", Match.objectLike(Map.of("DISABLE_SIGNAL_HANDLERS", "true")))));
        Map<String, Map<String, Object>> functions = template.findResources("AWS::Lambda::Function");
        List<?> roles = functions.values().stream()
                .map(f -> String.valueOf(((Map<?, ?>) f.get("Properties")).get("Role"))).distinct().toList();
        assertThat(roles).as("one role per function").hasSize(ApiRoute.ALL.size() + 1);
    }

    @Test
    void rolesMayOnlyWriteTheirOwnLogs() {
        template.resourceCountIs("AWS::IAM::Role", 4);
        template.allResourcesProperties("AWS::IAM::Role", Map.of(
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "lambda.amazonaws.com")))))),
                "ManagedPolicyArns", Match.absent()));
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy");
        assertThat(policies).hasSize(4);
        policies.values().forEach(p -> assertThat(p.toString())
                .contains("logs:CreateLogStream", "logs:PutLogEvents")
                .doesNotContain("\"*\"", "s3:", "Resource=*"));
    }

    /**
     * Maskinporten serves its keys through {@code /.well-known/oauth-authorization-server} only, so the HTTP API's
     * JWT authorizer (which reads the OpenID discovery document) is not used: every route goes through the Lambda
     * REQUEST authorizer, which knows each route's scope, with the route in the cache key and a cache TTL below the
     * token lifetime.
     */
    @Test
    void everyRouteNeedsAMaskinportenTokenWithItsScope() {
        template.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 1);
        String function = template.findResources("AWS::Lambda::Function", Map.of("Properties", Map.of(
                "Description", "Kommunefakta API authorizer: Maskinporten tokens (test)"))).keySet().iterator().next();
        template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "AuthorizerType", "REQUEST",
                "AuthorizerPayloadFormatVersion", "2.0",
                "EnableSimpleResponses", true,
                "IdentitySource", List.of("$request.header.Authorization", "$context.routeKey"),
                "AuthorizerResultTtlInSeconds", 30));
        assertThat(template.findResources("AWS::ApiGatewayV2::Authorizer").toString()).contains(function);
        template.hasResourceProperties("AWS::Lambda::Permission", Map.of(
                "Action", "lambda:InvokeFunction",
                "FunctionName", Map.of("Fn::GetAtt", List.of(function, "Arn")),
                "Principal", "apigateway.amazonaws.com"));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Description", "Kommunefakta API authorizer: Maskinporten tokens (test)",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "AUTHORIZER_ISSUER", "https://test.maskinporten.no/",
                        "AUTHORIZER_AUDIENCE", "https://api.test.kommunefakta.no",
                        "AUTHORIZER_ACCEPT_UNSPECIFIED_AUDIENCE", "false",
                        "AUTHORIZER_ROUTE_SCOPES", "POST /validatePosting=kommunefakta:validering;"
                                + "POST /validateFile=kommunefakta:validering;POST /allocateInternalRent=kommunefakta:husleie")))));
        prod.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of(
                "AUTHORIZER_ISSUER", "https://maskinporten.no/", "AUTHORIZER_AUDIENCE", "https://api.kommunefakta.no")))));

        Map<String, Map<String, Object>> routes = template.findResources("AWS::ApiGatewayV2::Route");
        assertThat(routes).hasSize(ApiRoute.ALL.size());
        String authorizer = template.findResources("AWS::ApiGatewayV2::Authorizer").keySet().iterator().next();
        for (var route : routes.values()) {
            Map<?, ?> props = (Map<?, ?>) route.get("Properties");
            assertThat(props.get("AuthorizationType")).as(props.get("RouteKey") + " authorization").isEqualTo("CUSTOM");
            assertThat(props.get("AuthorizerId")).as(props.get("RouteKey") + " authorizer").isEqualTo(Map.of("Ref", authorizer));
        }
        template.resourceCountIs("AWS::ApiGatewayV2::Integration", 3);
        template.allResourcesProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "IntegrationType", "AWS_PROXY", "PayloadFormatVersion", "2.0"));
        assertThat(template.toJSON().toString()).doesNotContain("AWS_IAM", "execute-api:Invoke\"", "\"JWT\"", "JwtConfiguration");
        assertThat(ApiStack.AUTHORIZER_CACHE_TTL.toSeconds().intValue()).as("below Maskinporten's 120 s token lifetime").isLessThan(120);
    }

    @Test
    void theOpenApiDocumentDeclaresTheScopesTheAuthorizerChecks() throws IOException {
        String openapi = Files.readString(Path.of("../functions/api/src/main/resources/META-INF/openapi.yaml"));
        var access = ApiAccess.defaults(DeploymentEnvironment.PROD);
        for (ApiRoute route : ApiRoute.ALL) {
            assertThat(openapi).as(route.path()).contains("operationId: " + route.path().substring(1) + "\n      security:\n"
                    + "        - maskinporten: [ \"" + access.scope(route) + "\" ]\n");
        }
        assertThat(openapi).contains("    maskinporten:\n      type: oauth2\n", "clientCredentials:", "tokenUrl: https://maskinporten.no/token");
        access.scopes().keySet().forEach(scope -> assertThat(openapi).contains("\"" + scope + "\":"));
    }

    private static final Pattern PATH = Pattern.compile("^  (/\\w+):$");

    /**
     * One route list: the functions app checks its {@code @Funq} names against the OpenAPI document (RoutesTest in
     * functions/api); here the CDK app's routes are checked against the same document, so the three agree. {@code /ping}
     * is the app's local health check and is not deployed.
     */
    @Test
    void theDeployedRoutesAreExactlyTheSecuredOperationsOfTheOpenApiDocument() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../functions/api/src/main/resources/META-INF/openapi.yaml"));
        Set<String> documented = new TreeSet<>();
        Set<String> secured = new TreeSet<>();
        String path = null;
        for (String line : lines) {
            var m = PATH.matcher(line);
            if (m.matches()) {
                path = m.group(1);
                documented.add(path);
            } else if (!line.startsWith(" ")) {
                path = null;
            } else if (path != null && line.equals("      security:")) {
                secured.add(path);
            }
        }
        Set<String> deployed = new TreeSet<>(ApiRoute.ALL.stream().map(ApiRoute::path).toList());
        assertThat(secured).isEqualTo(deployed);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(concat(deployed, "/ping"));
        template.resourceCountIs("AWS::ApiGatewayV2::Route", deployed.size());
        deployed.forEach(p -> template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", "POST " + p)));
    }

    private static List<String> concat(Set<String> paths, String extra) {
        var all = new ArrayList<>(paths);
        all.add(extra);
        return all;
    }

    @Test
    void issuerAudienceAndScopesComeFromTheContext() {
        var custom = Template.fromStack(InfraApp.build(TestApps.app("prod", Map.of(
                "jwtIssuer", "https://idp.example/", "jwtAudience", "urn:kf", "scopePrefix", "kf",
                "acceptUnspecifiedAudience", "true"))).api());
        custom.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of(
                "AUTHORIZER_ISSUER", "https://idp.example/", "AUTHORIZER_AUDIENCE", "urn:kf",
                "AUTHORIZER_ACCEPT_UNSPECIFIED_AUDIENCE", "true",
                "AUTHORIZER_ROUTE_SCOPES", Match.stringLikeRegexp(".*POST /allocateInternalRent=kf:husleie.*"))))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InfraApp.build(TestApps.app("prod", Map.of(
                "acceptUnspecifiedAudience", "yes")))).hasMessage("acceptUnspecifiedAudience: 'yes' is not true or false");
    }

    @Test
    void stageIsCreatedAfterEveryRouteItThrottles() {
        Map<String, Map<String, Object>> stages = template.findResources("AWS::ApiGatewayV2::Stage");
        assertThat(stages).hasSize(1);
        Object dependsOn = stages.values().iterator().next().get("DependsOn");
        assertThat(dependsOn).as("stage DependsOn").isInstanceOf(List.class);
        assertThat(((List<?>) dependsOn).stream().map(String::valueOf).toList())
                .containsAll(template.findResources("AWS::ApiGatewayV2::Route").keySet());
    }

    @Test
    void stageThrottlesPerEnvironmentAndPerRouteAndLogsTheClient() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "StageName", "$default",
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 5, "ThrottlingBurstLimit", 10),
                "RouteSettings", Map.of(
                        "POST /validatePosting", Map.of("ThrottlingRateLimit", 5, "ThrottlingBurstLimit", 10),
                        "POST /validateFile", Map.of("ThrottlingRateLimit", 1, "ThrottlingBurstLimit", 2),
                        "POST /allocateInternalRent", Map.of("ThrottlingRateLimit", 2, "ThrottlingBurstLimit", 5)),
                "AccessLogSettings", Match.objectLike(Map.of("Format", Match.stringLikeRegexp(
                        ".*context.requestId.*\"clientId\":\"\\$context.authorizer.clientId\",\"orgno\":\"\\$context.authorizer.orgno\".*context.status.*")))));
        prod.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100)));
    }

    @Test
    void oneClientDominatingRaisesAnAlarm() {
        template.hasResourceProperties("AWS::Logs::MetricFilter", Map.of(
                "FilterPattern", "{ $.clientId = \"*\" && $.clientId != \"-\" }",
                "LogGroupName", Map.of("Ref", Match.stringLikeRegexp("ApiAccessLogs.*")),
                "MetricTransformations", List.of(Map.of(
                        "MetricNamespace", "Kommunefakta/Api", "MetricName", "ClientRequests", "MetricValue", "1",
                        "Dimensions", List.of(Map.of("Key", "ClientId", "Value", "$.clientId"))))));
        // test: 5 req/s → 1500 per 5 min; the busiest client may use half of it
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Threshold", 750, "ComparisonOperator", "GreaterThanThreshold",
                "Metrics", List.of(Match.objectLike(Map.of("Expression",
                        Match.stringLikeRegexp("SELECT SUM\\(ClientRequests\\) FROM SCHEMA\\(\"Kommunefakta/Api\", ClientId\\) GROUP BY ClientId ORDER BY SUM\\(\\) DESC LIMIT 1")))),
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*")))));
        prod.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("Threshold", 7500));
    }

    @Test
    void logGroupsKeepLogsForTheEnvironmentsRetention() {
        template.resourceCountIs("AWS::Logs::LogGroup", 5);
        template.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        prod.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 365));
    }

    @Test
    void errorsThrottlesAnd5xxRaiseAlarms() {
        template.resourceCountIs("AWS::CloudWatch::Alarm", 4 * 2 + 1 + 1);
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "Errors", "Namespace", "AWS/Lambda", "Threshold", 1, "Period", 300,
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*")))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "5xx", "Namespace", "AWS/ApiGateway"));
        template.hasOutput("ApiUrl", Match.anyValue());
    }

    @Test
    void reservedConcurrencyIsOptIn() {
        template.allResourcesProperties("AWS::Lambda::Function", Map.of("ReservedConcurrentExecutions", Match.absent()));
        var reserved = Template.fromStack(InfraApp.build(TestApps.app("prod", Map.of("reservedConcurrency", "4"))).api());
        reserved.allResourcesProperties("AWS::Lambda::Function", Map.of("ReservedConcurrentExecutions", 4));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InfraApp.build(TestApps.app("prod", Map.of("reservedConcurrency", "0"))))
                .hasMessage("reservedConcurrency: '0' is not a positive number");
    }
}

package no.kommunefakta.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaResponseType;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.cloudwatch.CfnAlarm;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.constructs.Construct;

/**
 * The Kommunefakta API: an HTTP API whose every route is served by its own native Lambda (same {@code function.zip},
 * own role, own log group, own alarms). Municipalities call it with a Maskinporten token (OAuth2 client credentials);
 * a Lambda REQUEST authorizer ({@code functions/authorizer}) checks signature, issuer, expiry, audience and the route's
 * scope itself: Maskinporten publishes its keys through {@code /.well-known/oauth-authorization-server} only, not the
 * OpenID discovery document the HTTP API's built-in JWT authorizer reads. Throttling per stage and per route; the access log
 * names the calling client ({@code client_id}), a metric filter counts requests per client and an alarm fires when one
 * client uses more than half of the stage's capacity. Request bodies above 4 MiB are refused by the function.
 */
public final class ApiStack extends Stack {

    /** Largest request body the functions accept (enforced by quarkus.http.limits.max-body-size in the zip). */
    public static final String MAX_BODY = "4M";

    /** CloudWatch namespace of the per-client request metric. */
    public static final String CLIENT_METRICS_NAMESPACE = "Kommunefakta/Api";

    /**
     * How long API Gateway reuses an authorizer answer for the same token and route: well below the lifetime of a
     * Maskinporten token (120 s by default), so a token is honoured at most this long after it expires.
     */
    public static final Duration AUTHORIZER_CACHE_TTL = Duration.seconds(30);

    static final int AUTHORIZER_MEMORY_MB = 256;

    private final HttpApi api;
    private final Function authorizer;
    private final Map<String, Function> functions = new LinkedHashMap<>();

    public ApiStack(Construct scope, String id, StackProps props, DeploymentEnvironment deployment, Path functionsZip,
                    Path authorizerZip, Optional<String> alarmEmail, ApiAccess access, Optional<Integer> reservedConcurrency) {
        super(scope, id, props);
        var alarms = Alarms.topic(this, deployment, alarmEmail);

        authorizer = FunctionDefaults.nativeFunction(this, "Authorizer",
                "Kommunefakta API authorizer: Maskinporten tokens (" + deployment.name() + ")",
                authorizerZip, AUTHORIZER_MEMORY_MB, Duration.seconds(10), access.authorizerEnvironment(), deployment, alarms);
        FunctionDefaults.reserve(authorizer, reservedConcurrency);
        var maskinporten = HttpLambdaAuthorizer.Builder.create("Maskinporten", authorizer)
                .authorizerName("maskinporten")
                .responseTypes(List.of(HttpLambdaResponseType.SIMPLE))
                // the route is part of the cache key: an answer for one route's scope is never reused for another
                .identitySource(List.of("$request.header.Authorization", "$context.routeKey"))
                .resultsCacheTtl(AUTHORIZER_CACHE_TTL)
                .build();
        api = HttpApi.Builder.create(this, "Api")
                .apiName("kommunefakta-" + deployment.name())
                .description("Kommunefakta KOSTRA functions (" + deployment.name() + ")")
                .createDefaultStage(false)
                .build();
        var stage = HttpStage.Builder.create(this, "DefaultStage")
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(deployment.apiRatePerSecond())
                        .burstLimit(deployment.apiBurst())
                        .build())
                .build();

        var accessLogs = LogGroup.Builder.create(this, "ApiAccessLogs").retention(deployment.logRetention()).build();
        var cfnStage = (CfnStage) stage.getNode().getDefaultChild();
        cfnStage.setAccessLogSettings(CfnStage.AccessLogSettingsProperty.builder()
                .destinationArn(accessLogs.getLogGroupArn())
                .format("{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
                        + "\"clientId\":\"$context.authorizer.clientId\",\"orgno\":\"$context.authorizer.orgno\","
                        + "\"authError\":\"$context.authorizer.error\","
                        + "\"requestTime\":\"$context.requestTime\",\"routeKey\":\"$context.routeKey\","
                        + "\"status\":\"$context.status\",\"responseLength\":\"$context.responseLength\","
                        + "\"integrationError\":\"$context.integrationErrorMessage\"}")
                .build());
        Map<String, Object> routeSettings = new LinkedHashMap<>();

        for (ApiRoute route : ApiRoute.ALL) {
            var function = FunctionDefaults.nativeFunction(this, route.functionId(),
                    "Kommunefakta " + route.routeKey() + " (" + deployment.name() + ")",
                    functionsZip, route.memoryMb(), Duration.seconds(15),
                    Map.of("QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", MAX_BODY), deployment, alarms);
            FunctionDefaults.reserve(function, reservedConcurrency);
            functions.put(route.path(), function);
            List<HttpRoute> routes = api.addRoutes(AddRoutesOptions.builder()
                    .path(route.path())
                    .methods(List.of(HttpMethod.POST))
                    .integration(new HttpLambdaIntegration(route.functionId() + "Integration", function))
                    .authorizer(maskinporten)
                    .build());
            // RouteSettings name routes by key: CloudFormation must create the routes before the stage, or the stage
            // fails with "Unable to find Route by key" and the stack rolls back
            routes.forEach(r -> cfnStage.addResourceDependency((software.amazon.awscdk.CfnResource) r.getNode().getDefaultChild()));
            // RouteSettings is untyped JSON in CloudFormation: keys must be spelled as CloudFormation expects
            routeSettings.put(route.routeKey(), Map.of(
                    "ThrottlingRateLimit", Math.max(1, deployment.apiRatePerSecond() * route.rateShare() / 100),
                    "ThrottlingBurstLimit", Math.max(1, deployment.apiBurst() * route.rateShare() / 100)));
        }
        cfnStage.setRouteSettings(routeSettings);

        FunctionDefaults.alarmOnAny(this, "Api5xxAlarm", "Kommunefakta API (" + deployment.name() + ") answered 5xx",
                Metric.Builder.create()
                        .namespace("AWS/ApiGateway")
                        .metricName("5xx")
                        .dimensionsMap(Map.of("ApiId", api.getApiId(), "Stage", "$default"))
                        .statistic("Sum")
                        .period(Duration.minutes(5))
                        .build(), alarms);
        clientFairness(deployment, accessLogs, alarms);
        Alarms.allowAlarmsToPublish(this, alarms);

        CfnOutput.Builder.create(this, "ApiUrl").value(api.getApiEndpoint())
                .description("Base URL; POST <url>/validatePosting etc. with a Maskinporten token (Authorization: Bearer)").build();
        CfnOutput.Builder.create(this, "TokenIssuer").value(access.issuer()).build();
        CfnOutput.Builder.create(this, "TokenAudience").value(access.audience())
                .description("Request Maskinporten tokens with resource=<this> (audience-restricted token)").build();
    }

    /**
     * Requests per client, from the access log (metric {@code ClientRequests}, dimension {@code ClientId}), and an alarm
     * when the busiest client in five minutes sent more than half of what the stage allows in that time. API Gateway
     * cannot throttle per client on HTTP APIs (no usage plans or API keys); this tells the operator who to talk to.
     */
    private void clientFairness(DeploymentEnvironment deployment, LogGroup accessLogs, software.amazon.awscdk.services.sns.ITopic alarms) {
        MetricFilter.Builder.create(this, "ClientRequestsFilter")
                .logGroup(accessLogs)
                .filterPattern(FilterPattern.literal("{ $.clientId = \"*\" && $.clientId != \"-\" }"))
                .metricNamespace(CLIENT_METRICS_NAMESPACE)
                .metricName("ClientRequests")
                .metricValue("1")
                .dimensions(Map.of("ClientId", "$.clientId"))
                .build();
        long threshold = (long) deployment.apiRatePerSecond() * 300 / 2;
        CfnAlarm.Builder.create(this, "ClientDominatesAlarm")
                .alarmDescription("One API client (" + deployment.name() + ") sent more than half of the stage's capacity in "
                        + "5 minutes (> " + threshold + " requests); see ClientRequests by ClientId and the access log")
                .comparisonOperator("GreaterThanThreshold")
                .threshold(threshold)
                .evaluationPeriods(1)
                .treatMissingData("notBreaching")
                .metrics(List.of(CfnAlarm.MetricDataQueryProperty.builder()
                        .id("busiest")
                        .expression("SELECT SUM(ClientRequests) FROM SCHEMA(\"" + CLIENT_METRICS_NAMESPACE + "\", ClientId) "
                                + "GROUP BY ClientId ORDER BY SUM() DESC LIMIT 1")
                        .period(300)
                        .returnData(true)
                        .build()))
                .alarmActions(List.of(alarms.getTopicArn()))
                .build();
    }

    public HttpApi api() {
        return api;
    }

    public Map<String, Function> functions() {
        return functions;
    }

    public Function authorizer() {
        return authorizer;
    }
}

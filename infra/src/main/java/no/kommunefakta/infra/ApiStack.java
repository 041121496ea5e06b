package no.kommunefakta.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpIamAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The Kommunefakta API: an HTTP API whose every route is served by its own native Lambda (same {@code function.zip},
 * own role, own log group, own alarms). Callers authenticate with IAM (SigV4); the managed policy
 * {@code ApiCallerPolicy} is what a municipality's caller role gets. Throttling per stage and per route; request
 * bodies above 4 MiB are refused by the function (HTTP API has no configurable body limit below 10 MB).
 */
public final class ApiStack extends Stack {

    /** Largest request body the functions accept (enforced by quarkus.http.limits.max-body-size in the zip). */
    public static final String MAX_BODY = "4M";

    private final HttpApi api;
    private final Map<String, Function> functions = new LinkedHashMap<>();

    public ApiStack(Construct scope, String id, StackProps props, DeploymentEnvironment deployment, Path functionsZip,
                    Optional<String> alarmEmail) {
        super(scope, id, props);
        var alarms = Alarms.topic(this, deployment, alarmEmail);

        api = HttpApi.Builder.create(this, "Api")
                .apiName("kommunefakta-" + deployment.name())
                .description("Kommunefakta KOSTRA functions (" + deployment.name() + ")")
                .createDefaultStage(false)
                .defaultAuthorizer(new HttpIamAuthorizer())
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
                        + "\"caller\":\"$context.identity.caller\",\"user\":\"$context.identity.user\","
                        + "\"requestTime\":\"$context.requestTime\",\"routeKey\":\"$context.routeKey\","
                        + "\"status\":\"$context.status\",\"responseLength\":\"$context.responseLength\","
                        + "\"integrationError\":\"$context.integrationErrorMessage\"}")
                .build());
        Map<String, Object> routeSettings = new LinkedHashMap<>();

        List<String> invokeArns = new ArrayList<>();
        for (ApiRoute route : ApiRoute.ALL) {
            var function = FunctionDefaults.nativeFunction(this, route.functionId(),
                    "Kommunefakta " + route.routeKey() + " (" + deployment.name() + ")",
                    functionsZip, route.memoryMb(), Duration.seconds(15),
                    Map.of("QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", MAX_BODY), deployment, alarms);
            functions.put(route.path(), function);
            api.addRoutes(AddRoutesOptions.builder()
                    .path(route.path())
                    .methods(List.of(HttpMethod.POST))
                    .integration(new HttpLambdaIntegration(route.functionId() + "Integration", function))
                    .build());
            // RouteSettings is untyped JSON in CloudFormation: keys must be spelled as CloudFormation expects
            routeSettings.put(route.routeKey(), Map.of(
                    "ThrottlingRateLimit", Math.max(1, deployment.apiRatePerSecond() * route.rateShare() / 100),
                    "ThrottlingBurstLimit", Math.max(1, deployment.apiBurst() * route.rateShare() / 100)));
            invokeArns.add(formatArn(software.amazon.awscdk.ArnComponents.builder()
                    .service("execute-api")
                    .resource(api.getApiId())
                    .resourceName("$default/POST" + route.path())
                    .build()));
        }
        cfnStage.setRouteSettings(routeSettings);

        var callerPolicy = ManagedPolicy.Builder.create(this, "ApiCallerPolicy")
                .description("Attach to a caller's IAM role/user: may call the Kommunefakta API (" + deployment.name() + ") routes, nothing else")
                .statements(List.of(PolicyStatement.Builder.create()
                        .effect(Effect.ALLOW)
                        .actions(List.of("execute-api:Invoke"))
                        .resources(invokeArns)
                        .build()))
                .build();

        FunctionDefaults.alarmOnAny(this, "Api5xxAlarm", "Kommunefakta API (" + deployment.name() + ") answered 5xx",
                Metric.Builder.create()
                        .namespace("AWS/ApiGateway")
                        .metricName("5xx")
                        .dimensionsMap(Map.of("ApiId", api.getApiId(), "Stage", "$default"))
                        .statistic("Sum")
                        .period(Duration.minutes(5))
                        .build(), alarms);

        CfnOutput.Builder.create(this, "ApiUrl").value(api.getApiEndpoint()).description("Base URL; POST <url>/validatePosting etc. with SigV4").build();
        CfnOutput.Builder.create(this, "ApiCallerPolicyArn").value(callerPolicy.getManagedPolicyArn()).build();
    }

    public HttpApi api() {
        return api;
    }

    public Map<String, Function> functions() {
        return functions;
    }
}

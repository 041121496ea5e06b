package no.kommunefakta.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/** How every Kommunefakta Lambda is built: native Quarkus zip on provided.al2023, own role, own log group, error alarm. */
final class FunctionDefaults {

    private FunctionDefaults() {
    }

    /**
     * A native function with its own least-privilege role (only writing to its own log group), log group with the
     * environment's retention and an alarm on any error.
     */
    static Function nativeFunction(Construct scope, String id, String description, Path zip, int memoryMb, Duration timeout,
                                   Map<String, String> env, DeploymentEnvironment deployment, ITopic alarms) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("function zip: " + zip + " does not exist; build it first "
                    + "(./mvnw -B package -Pnative) or point the context value at it");
        }
        var logGroup = LogGroup.Builder.create(scope, id + "Logs")
                .retention(deployment.logRetention())
                .build();
        var role = Role.Builder.create(scope, id + "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs the " + id + " Lambda only (" + deployment.name() + ")")
                .build();
        logGroup.grantWrite(role);

        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DISABLE_SIGNAL_HANDLERS", "true");
        environment.put("QUARKUS_LOG_CONSOLE_JSON", "false");
        environment.putAll(env);

        var function = Function.Builder.create(scope, id)
                .description(description)
                .runtime(Runtime.PROVIDED_AL2023)
                .architecture(Architecture.X86_64)
                .handler("not.used.in.provided.runtime")
                .code(Code.fromAsset(zip.toString()))
                .memorySize(memoryMb)
                .timeout(timeout)
                .role(role)
                .logGroup(logGroup)
                .environment(environment)
                .build();

        MetricOptions fiveMinuteSum = MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
        alarmOnAny(scope, id + "ErrorsAlarm", id + " (" + deployment.name() + ") reported errors",
                function.metricErrors(fiveMinuteSum), alarms);
        alarmOnAny(scope, id + "ThrottlesAlarm", id + " (" + deployment.name() + ") was throttled",
                function.metricThrottles(fiveMinuteSum), alarms);
        return function;
    }

    /**
     * Reserves {@code executions} concurrent executions for the function when the opt-in context value
     * {@code reservedConcurrency} is set. Off by default: a new account has only 10 concurrent executions in total and
     * Lambda refuses reservations that leave fewer than 10 unreserved.
     */
    static void reserve(Function function, java.util.Optional<Integer> executions) {
        executions.ifPresent(n -> ((software.amazon.awscdk.services.lambda.CfnFunction) function.getNode().getDefaultChild())
                .setReservedConcurrentExecutions(n));
    }

    /** An alarm that fires on any non-zero value of the metric in one period, notifying the alarm topic. */
    static void alarmOnAny(Construct scope, String id, String description, IMetric metric, ITopic alarms) {
        Alarm.Builder.create(scope, id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(1)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build()
                .addAlarmAction(new SnsAction(alarms));
    }
}

package no.kommunefakta.infra;

import java.util.List;

import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * Per-environment settings. Chosen with the CDK context value {@code env} ({@code -c env=prod}); both environments
 * can live in one account, their stacks and resources carry the environment name.
 *
 * @param name            {@code test} or {@code prod}
 * @param logRetention    CloudWatch log retention for functions and API access logs
 * @param apiRatePerSecond steady-state request rate allowed on the API stage (requests per second)
 * @param apiBurst        burst allowed on the API stage
 * @param renderScheduled whether the daily render at 08:05 Europe/Oslo is enabled
 */
public record DeploymentEnvironment(String name, RetentionDays logRetention, int apiRatePerSecond, int apiBurst,
                                    boolean renderScheduled) {

    public static final DeploymentEnvironment TEST = new DeploymentEnvironment("test", RetentionDays.ONE_MONTH, 5, 10, false);
    public static final DeploymentEnvironment PROD = new DeploymentEnvironment("prod", RetentionDays.ONE_YEAR, 50, 100, true);

    public static List<DeploymentEnvironment> all() {
        return List.of(TEST, PROD);
    }

    /** The environment called {@code name}; an error naming the value and the allowed ones otherwise. */
    public static DeploymentEnvironment named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("env: '" + name + "' is not an environment; use one of test, prod"));
    }

    /** Stack name prefix, e.g. {@code Kommunefakta-prod}. */
    public String stackPrefix() {
        return "Kommunefakta-" + name;
    }
}

package no.kommunefakta.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.kommunefakta.api.Routes;
import no.kommunefakta.fuzz.FuzzRun;
import no.kommunefakta.fuzz.Invariants;
import no.kommunefakta.lambdatest.PackagedLambda;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile and valid bodies (the same generators as the HTTP fuzz suite) through the real {@code function.zip} and
 * the mock Lambda runtime, each route of {@link Routes#FUNCTIONS} as API Gateway calls it: the same invariants hold,
 * and no client error is logged as an error.
 */
class ApiLambdaFuzzIT {

    static final int PAYLOADS_PER_ROUTE = 700;
    static final long SEED = 20261130L;
    private static final ObjectMapper JSON = new ObjectMapper();

    static PackagedLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = PackagedLambda.startBuilt("fuzz", PackagedLambda.QUARKUS_HANDLER, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void noPayloadBreaksAnInvariant() throws Exception {
        for (int i = 0; i < Routes.FUNCTIONS.size(); i++) {
            Routes.Route route = Routes.FUNCTIONS.get(i);
            FuzzRun.Report report = FuzzRun.run(ApiLambdaFuzzIT::invoke, route.name(), PAYLOADS_PER_ROUTE, SEED + i);
            System.out.println("Lambda " + report.summary());

            assertThat(report.violations()).as(report.summary() + "\n" + lambda.logTail()).isEmpty();
            assertThat(report.byStatus()).containsKeys(200, 400);
        }
        Path log = Path.of(System.getProperty("function.work"), "fuzz", "lambda.log");
        assertThat(Files.readAllLines(log)).as("client errors are not logged as errors")
                .noneMatch(line -> line.contains(" ERROR "));
    }

    private static Invariants.Answer invoke(String route, byte[] body) throws Exception {
        JsonNode response = JSON.readTree(lambda.invoke(ApiGatewayEvents.post("/" + route, body, true)));
        return new Invariants.Answer(response.path("statusCode").asInt(), ApiGatewayEvents.contentType(response),
                ApiGatewayEvents.body(response));
    }
}

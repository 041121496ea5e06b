package no.kommunefakta.lambda;

import no.kommunefakta.lambdatest.PackagedLambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real {@code function.zip} (JVM through the AWS runtime interface client, or the native {@code bootstrap}),
 * driven with API Gateway HTTP API (payload 2.0) events exactly as the deployed Lambdas receive them.
 */
class ApiLambdaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID_2024 = "0A2024 110300                  1222 010      100";

    static PackagedLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = PackagedLambda.startBuilt("api", PackagedLambda.QUARKUS_HANDLER, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void aValidPostingIsOk() throws Exception {
        JsonNode response = post("/validatePosting",
                "{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"record\":\"" + VALID_2024 + "\"}");

        assertThat(response.path("statusCode").asInt()).as(lambda.logTail()).isEqualTo(200);
        JsonNode body = JSON.readTree(body(response));
        assertThat(body.path("verdict").asText()).isEqualTo("OK");
        assertThat(body.path("findings")).isEmpty();
    }

    @Test
    void anInvalidPostingIsAnErrorNamingTheField() throws Exception {
        JsonNode response = post("/validatePosting", "{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\","
                + "\"kontoklasse\":\"1\",\"funksjon\":\"190\",\"art\":\"010\",\"belop\":\"100\"}");

        assertThat(response.path("statusCode").asInt()).as(lambda.logTail()).isEqualTo(200);
        JsonNode body = JSON.readTree(body(response));
        assertThat(body.path("verdict").asText()).isEqualTo("ERROR");
        assertThat(body.path("findings").get(0).path("control").asText()).isEqualTo("010");
        assertThat(body.path("findings").get(0).path("field").asText()).isEqualTo("funksjon");
    }

    @Test
    void aWholeFileIsValidated() throws Exception {
        JsonNode response = post("/validateFile", "{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\","
                + "\"records\":[\"" + VALID_2024 + "\",\"0A2024 110300\"]}");

        assertThat(response.path("statusCode").asInt()).as(lambda.logTail()).isEqualTo(200);
        assertThat(body(response)).contains("\"001\"");
    }

    @Test
    void internalRentIsAllocatedAndNetsToZero() throws Exception {
        String request;
        try (var in = ApiLambdaIT.class.getResourceAsStream("/helsehus-2019.json")) {
            request = JSON.readTree(in).toString();
        }

        JsonNode response = post("/allocateInternalRent", request);

        assertThat(response.path("statusCode").asInt()).as(lambda.logTail()).isEqualTo(200);
        JsonNode body = JSON.readTree(body(response));
        assertThat(body.path("regime").asText()).isEqualTo("FORDELTE_UTGIFTER");
        assertThat(body.path("netting")).hasSize(1);
        assertThat(body.path("netting").get(0).path("sumKnok").asInt()).isZero();
        assertThat(body.path("netting").get(0).path("nets").asBoolean()).isTrue();
        assertThat(body.path("pools").get(0).path("users").findValuesAsText("share"))
                .containsExactly("0.525050", "0.310025", "0.164925");
    }

    @Test
    void malformedJsonIsA400NamingTheProblem() throws Exception {
        JsonNode response = post("/validatePosting", "{\"skjema\":");

        assertThat(response.path("statusCode").asInt()).isEqualTo(400);
        JsonNode body = JSON.readTree(body(response));
        assertThat(body.path("field").asText()).isEqualTo("body");
        assertThat(body.toString()).doesNotContain("Exception", "at no.kommunefakta");
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413() throws Exception {
        String big = "{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"content\":\"" + "x".repeat(4_300_000) + "\"}";

        JsonNode response = post("/validateFile", big);

        assertThat(response.path("statusCode").asInt()).as(lambda.logTail()).isEqualTo(413);
        JsonNode answer = JSON.readTree(body(response));
        assertThat(answer.path("field").asText()).isEqualTo("body");
        assertThat(answer.path("error").asText()).contains(String.valueOf(4 * 1024 * 1024));
    }

    private static String body(JsonNode response) {
        return new String(ApiGatewayEvents.body(response), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode post(String path, String body) throws Exception {
        return JSON.readTree(lambda.invoke(ApiGatewayEvents.post(path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), false)));
    }
}

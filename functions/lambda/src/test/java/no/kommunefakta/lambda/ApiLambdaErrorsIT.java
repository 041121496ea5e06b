package no.kommunefakta.lambda;

import no.kommunefakta.lambdatest.PackagedLambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every error path of the API functions through the real {@code function.zip} (JVM, or the native {@code bootstrap}
 * in {@code -Pnative}): the caller gets an answer naming the field and value, never a stack trace and never a Lambda
 * timeout. Malformed JSON and an oversized body are in {@link ApiLambdaIT}, answers above the size limit in
 * {@link RentAnswerSizeLambdaIT}.
 */
class ApiLambdaErrorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTEXT = "\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\"";

    static PackagedLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = PackagedLambda.startBuilt("api-errors", PackagedLambda.QUARKUS_HANDLER, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsA400NamingIt() throws Exception {
        JsonNode answer = refused("POST", "/validateFile", "{" + CONTEXT + ",\"records\":{\"a\":1}}", 400);

        assertThat(answer.path("field").asText()).isEqualTo("records");
    }

    @Test
    void aMissingFieldIsA400NamingIt() throws Exception {
        JsonNode answer = refused("POST", "/validatePosting", "{\"skjema\":\"0A\"}", 400);

        assertThat(answer.path("field").asText()).isEqualTo("aargang");
    }

    @Test
    void aRecordBeyondTheLineLimitIsA400NamingIt() throws Exception {
        JsonNode answer = refused("POST", "/validatePosting", "{" + CONTEXT + ",\"record\":\"" + "9".repeat(100_000) + "\"}", 400);

        assertThat(answer.path("field").asText()).isEqualTo("record");
    }

    @Test
    void aBadRentRequestIsA400NamingFieldAndValue() throws Exception {
        ObjectNode request;
        try (var in = ApiLambdaErrorsIT.class.getResourceAsStream("/helsehus-2019.json")) {
            request = (ObjectNode) JSON.readTree(in);
        }
        request.put("entity", "bydel");

        JsonNode answer = refused("POST", "/allocateInternalRent", request.toString(), 400);

        assertThat(answer.path("field").asText()).isEqualTo("entity");
        assertThat(answer.path("value").asText()).isEqualTo("bydel");
    }

    @Test
    void anUnknownFunctionIsA404NamingThePath() throws Exception {
        JsonNode answer = refused("POST", "/validerPostering", "{" + CONTEXT + "}", 404);

        assertThat(answer.path("field").asText()).isEqualTo("path");
        assertThat(answer.path("value").asText()).isEqualTo("/validerPostering");
        assertThat(answer.path("error").asText()).contains("/validatePosting");
    }

    @Test
    void aGetIsA405NamingTheMethod() throws Exception {
        JsonNode answer = refused("GET", "/validatePosting", "", 405);

        assertThat(answer.path("field").asText()).isEqualTo("method");
        assertThat(answer.path("value").asText()).isEqualTo("GET");
    }

    @Test
    void anEventThatIsNotFromApiGatewayIsAnErrorAnswerNotATimeout() throws Exception {
        // a Lambda of its own: the JVM runtime interface client exits after posting an error to the mock Runtime API
        try (var own = PackagedLambda.startBuilt("api-not-an-event", PackagedLambda.QUARKUS_HANDLER, Map.of())) {
            JsonNode answer = JSON.readTree(own.invoke("[\"not an API Gateway event\"]"));

            assertThat(answer.path("errorMessage").asText()).as(own.logTail()).contains("APIGatewayV2HTTPEvent");
            assertThat(answer.path("errorType").asText()).isNotBlank();
            assertThat(answer.has("statusCode")).isFalse();
        }
    }

    /** The answer body of a refused request, after checking status, JSON content type and that no Java leaks out. */
    private static JsonNode refused(String method, String path, String body, int status) throws Exception {
        JsonNode response = JSON.readTree(lambda.invoke(ApiGatewayEvents.request(method, path, body.getBytes(StandardCharsets.UTF_8), false)));
        assertThat(response.path("statusCode").asInt()).as(lambda.logTail()).isEqualTo(status);
        assertThat(ApiGatewayEvents.contentType(response)).startsWith("application/json");
        String text = new String(ApiGatewayEvents.body(response), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Exception", "at no.kommunefakta", "at io.");
        JsonNode answer = JSON.readTree(text);
        assertThat(answer.path("error").asText()).isNotBlank();
        return answer;
    }
}

package no.kommunefakta.lambda;

import no.kommunefakta.lambdatest.PackagedLambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.kommunefakta.fuzz.RentBenchmarkBody;

/**
 * allocateInternalRent's answer-size limit through the real {@code function.zip} and the Lambda runtime (RentAnswerSizeTest
 * proves it over HTTP): an answer that would be over 6 000 000 bytes is refused with 400 naming {@code include}, and a
 * large answer just under the limit comes back whole, in a response envelope AWS Lambda accepts (at most 6 MB).
 */
class RentAnswerSizeLambdaIT {

    /** AWS Lambda's limit for a synchronous response payload (the whole envelope), 6 MB. */
    private static final long LAMBDA_RESPONSE_LIMIT = 6L * 1024 * 1024;
    /** The function's own limit on the answer, escaped as it travels in the envelope (RentJson.MAX_ANSWER_BYTES). */
    private static final long MAX_ANSWER_BYTES = 6_000_000L;
    /**
     * Users in the near-limit request: with the default parts its answer is just under MAX_ANSWER_BYTES (measured:
     * 5 108 254 bytes of JSON, 5 975 396 escaped, envelope 5 975 561; about 234 escaped bytes per user).
     */
    private static final int NEAR_LIMIT_USERS = 25_250;
    /** 150 users more: about 6 010 000 bytes escaped, just over the limit. */
    private static final int OVER_LIMIT_USERS = NEAR_LIMIT_USERS + 150;

    private static final ObjectMapper JSON = new ObjectMapper();

    static PackagedLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = PackagedLambda.startBuilt("rent-size", PackagedLambda.QUARKUS_HANDLER, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void askingForEveryPartAtTheBenchmarkSizeIsA400NamingInclude() throws Exception {
        ObjectNode request = RentBenchmarkBody.of(10_000);
        ArrayNode include = request.putArray("include");
        List.of("shares", "sharePostings", "traces", "records", "csv").forEach(include::add);

        JsonNode response = post(request);

        assertThat(response.path("statusCode").asInt()).as(lambda.logTail()).isEqualTo(400);
        JsonNode body = JSON.readTree(ApiGatewayEvents.body(response));
        assertThat(body.path("field").asText()).isEqualTo("include");
        assertThat(body.path("value").asText()).isEqualTo("[shares, sharePostings, traces, records, csv]");
        assertThat(body.path("error").asText()).contains("over the limit of 6000000 bytes");
    }

    @Test
    void theDefaultPartsJustOverTheLimitAreA400NamingInclude() throws Exception {
        JsonNode response = post(RentBenchmarkBody.of(OVER_LIMIT_USERS));

        assertThat(response.path("statusCode").asInt()).as(lambda.logTail()).isEqualTo(400);
        JsonNode body = JSON.readTree(ApiGatewayEvents.body(response));
        assertThat(body.path("field").asText()).isEqualTo("include");
        assertThat(body.path("value").asText()).isEqualTo("[shares]");
        assertThat(body.path("error").asText()).containsPattern("would be 60[0-9]{5} bytes, over the limit of 6000000 bytes");
    }

    @Test
    void anAnswerJustUnderTheLimitIsDeliveredWhole() throws Exception {
        ObjectNode request = RentBenchmarkBody.of(NEAR_LIMIT_USERS);

        String envelope = lambda.invoke(ApiGatewayEvents.post("/allocateInternalRent",
                request.toString().getBytes(StandardCharsets.UTF_8), false), java.time.Duration.ofMinutes(2));

        JsonNode response = JSON.readTree(envelope);
        assertThat(response.path("statusCode").asInt()).as(lambda.logTail()).isEqualTo(200);
        assertThat(response.path("isBase64Encoded").asBoolean()).as("JSON travels as text, not base64 (4/3 larger)").isFalse();
        byte[] answer = ApiGatewayEvents.body(response);
        long escaped = escapedSize(answer);
        long envelopeBytes = envelope.getBytes(StandardCharsets.UTF_8).length;
        String sizes = answer.length + " bytes JSON, " + escaped + " escaped, envelope " + envelopeBytes;
        assertThat(escaped).as("just under the function's limit: " + sizes).isBetween(MAX_ANSWER_BYTES - 50_000, MAX_ANSWER_BYTES);
        // the function's count is what travels: the envelope adds only status and headers to the escaped answer
        assertThat(envelopeBytes - escaped).as(sizes).isBetween(0L, 1_000L);
        assertThat(envelopeBytes).as("what Lambda would carry: " + sizes).isLessThanOrEqualTo(LAMBDA_RESPONSE_LIMIT);

        // complete: every user is there, in request order, and their internal rent adds up to the whole pool exactly
        JsonNode body = JSON.readTree(answer);
        assertThat(body.path("include")).extracting(JsonNode::asText).containsExactly("shares");
        JsonNode pool = body.path("pools").get(0);
        JsonNode users = pool.path("users");
        assertThat(users).hasSize(NEAR_LIMIT_USERS);
        assertThat(users.get(0).path("id").asText()).isEqualTo("user-0");
        assertThat(users.get(NEAR_LIMIT_USERS - 1).path("id").asText()).isEqualTo("user-" + (NEAR_LIMIT_USERS - 1));
        BigDecimal rent = BigDecimal.ZERO;
        for (JsonNode user : users) {
            rent = rent.add(new BigDecimal(user.path("internalRentNok").asText()));
        }
        assertThat(rent).isEqualByComparingTo(pool.path("totalNok").asText());
    }

    /** Bytes of {@code json} escaped as a JSON string, as RentJson counts them: {@code "} and {@code \} twice. */
    private static long escapedSize(byte[] json) {
        long n = json.length;
        for (byte b : json) {
            if (b == '"' || b == '\\') {
                n++;
            }
        }
        return n;
    }

    private static JsonNode post(ObjectNode request) throws Exception {
        return JSON.readTree(lambda.invoke(ApiGatewayEvents.post("/allocateInternalRent",
                request.toString().getBytes(StandardCharsets.UTF_8), false), java.time.Duration.ofMinutes(2)));
    }
}

package no.kommunefakta.api.rent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import no.kommunefakta.fuzz.RentBenchmarkBody;
import no.kommunefakta.rent.RentAllocation;
import no.kommunefakta.rent.RentAllocator;
import no.kommunefakta.rent.RentRequest;
import org.junit.jupiter.api.Test;

/**
 * The benchmark size (one pool, 10 000 users x 100 lines, as RentBench) answers under AWS Lambda's 6 MB response
 * limit with the default parts, measured as the application's own ObjectMapper writes it; asking for every part is
 * refused with a 400 naming {@code include} instead of failing in Lambda.
 */
@QuarkusTest
class RentAnswerSizeTest {
    private static final long LAMBDA_RESPONSE_LIMIT = 6L * 1024 * 1024;

    @Inject
    ObjectMapper mapper;

    @Test
    void theDefaultAnswerForTenThousandUsersAndHundredLinesFitsInALambdaResponse() throws Exception {
        ObjectNode body = benchmark();
        RentAllocation answer = RentAllocator.standard().allocate(mapper.treeToValue(body, RentRequest.class));

        byte[] json = mapper.writeValueAsBytes(answer);
        long escaped = RentJson.escapedSize(mapper, answer);
        assertThat(answer.include()).containsExactly("shares");
        assertThat(answer.pools().get(0).users().orElseThrow()).hasSize(10_000);
        // measured 2 054 812 bytes of JSON, 2 403 454 escaped in the Lambda envelope (issue 13 follow-up)
        assertThat((long) json.length).isLessThan(LAMBDA_RESPONSE_LIMIT);
        assertThat(escaped).isGreaterThan(json.length).isLessThan(RentJson.MAX_ANSWER_BYTES);

        // the HTTP answer is that JSON
        byte[] http = given().contentType(ContentType.JSON).body(body.toString()).post("/allocateInternalRent")
                .then().statusCode(200).extract().asByteArray();
        assertThat(http.length).isEqualTo(json.length);
    }

    @Test
    void askingForEveryPartAtTheBenchmarkSizeIsRefusedNamingInclude() {
        ObjectNode body = benchmark();
        ArrayNode include = body.putArray("include");
        List.of("shares", "sharePostings", "traces", "records", "csv").forEach(include::add);
        given().contentType(ContentType.JSON).body(body.toString()).post("/allocateInternalRent")
                .then().statusCode(400)
                .body("field", equalTo("include"))
                .body("value", equalTo("[shares, sharePostings, traces, records, csv]"))
                .body("error", containsString("over the limit of 6000000 bytes"));
    }

    /** The request RentBench measures, as JSON: one pool of 10 000 users and 100 lines, seeded. */
    private ObjectNode benchmark() {
        return RentBenchmarkBody.of(10_000);
    }
}

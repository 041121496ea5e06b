package no.kommunefakta.api.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes the real answers: every answer is checked against its declared schema. */
@QuarkusTest
class OpenApiContractTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private OpenApiDocument document;

    @BeforeEach
    void readDocument() throws Exception {
        document = OpenApiDocument.served();
    }

    @Test
    void documentsEveryFunction() {
        assertThat(document.paths()).contains("/validatePosting", "/validateFile", "/allocateInternalRent");
    }

    @Test
    void realAnswersMatchTheirSchemas() throws Exception {
        Map<String, String> posts = Map.of(
                "/validatePosting", "{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\","
                        + "\"kontoklasse\":\"1\",\"funksjon\":\"190\",\"art\":\"690\",\"belop\":\"-100\"}",
                "/validateFile", "{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\",\"records\":["
                        + "\"0A2026 110300                  1120 010     1000\","
                        + "\"0A2026 110300                  1120 010     1000\"]}");
        for (Map.Entry<String, String> post : posts.entrySet()) {
            JsonNode answer = post(post.getKey(), post.getValue(), 200);
            assertThat(answer.path("findings").size()).as(post.getKey() + " has findings to check").isPositive();
            document.assertConforms(answer, document.responseSchema(post.getKey(), "200"), post.getKey());
        }
        JsonNode error = post("/validatePosting", "{\"skjema\":\"0A\"}", 400);
        document.assertConforms(error, document.responseSchema("/validatePosting", "400"), "400");
    }

    private JsonNode post(String path, String body, int status) throws Exception {
        return mapper.readTree(given().contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(status).extract().asString());
    }
}

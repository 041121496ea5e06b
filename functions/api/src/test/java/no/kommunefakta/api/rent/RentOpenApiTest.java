package no.kommunefakta.api.rent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.kommunefakta.api.openapi.OpenApiDocument;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes the real answers of /allocateInternalRent, field by field. */
@QuarkusTest
class RentOpenApiTest {
    private static final String PATH = "/allocateInternalRent";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void realAnswersOfBothRegimesAndA400MatchTheDocumentedSchemas() throws Exception {
        OpenApiDocument document = OpenApiDocument.served();
        assertThat(document.operation(PATH).path("operationId").asText()).isEqualTo("allocateInternalRent");
        for (String example : List.of("helsehus-2019.json", "kommune-2024.json")) {
            ObjectNode request = (ObjectNode) mapper.readTree(RentFunctionsTest.example(example));
            JsonNode answer = mapper.readTree(given().contentType(ContentType.JSON).body(request.toString()).post(PATH)
                    .then().statusCode(200).extract().asString());
            document.assertConforms(answer, document.responseSchema(PATH, "200"), example);
            // every optional part too
            request.putArray("include").add("shares").add("sharePostings").add("traces").add("records").add("csv");
            JsonNode all = mapper.readTree(given().contentType(ContentType.JSON).body(request.toString()).post(PATH)
                    .then().statusCode(200).extract().asString());
            assertThat(all.has("traces") && all.has("records") && all.has("csv")).isTrue();
            document.assertConforms(all, document.responseSchema(PATH, "200"), example + " with every part");
        }
        JsonNode error = mapper.readTree(given().contentType(ContentType.JSON).body("{\"entity\":\"by\"}")
                .post(PATH).then().statusCode(400).extract().asString());
        document.assertConforms(error, document.responseSchema(PATH, "400"), "400");
    }
}

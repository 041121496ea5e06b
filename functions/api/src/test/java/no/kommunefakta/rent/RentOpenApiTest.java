package no.kommunefakta.rent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes the real answers of /allocateInternalRent, field by field. */
@QuarkusTest
class RentOpenApiTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void realAnswersOfBothRegimesAndA400MatchTheDocumentedSchemas() throws Exception {
        JsonNode document = mapper.readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        JsonNode post = document.path("paths").path("/allocateInternalRent").path("post");
        assertThat(post.path("operationId").asText()).isEqualTo("allocateInternalRent");
        for (String example : List.of("helsehus-2019.json", "kommune-2024.json")) {
            JsonNode answer = mapper.readTree(given().contentType(ContentType.JSON)
                    .body(RentFunctionsTest.example(example)).post("/allocateInternalRent")
                    .then().statusCode(200).extract().asString());
            assertConforms(document, answer, schema(post, "200"), example);
        }
        JsonNode error = mapper.readTree(given().contentType(ContentType.JSON).body("{\"entity\":\"by\"}")
                .post("/allocateInternalRent").then().statusCode(400).extract().asString());
        assertConforms(document, error, schema(post, "400"), "400");
    }

    private static JsonNode schema(JsonNode post, String status) {
        return post.path("responses").path(status).path("content").path("application/json").path("schema");
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(document, document.path("components").path("schemas").path(name));
        }
        return schema;
    }

    private static void assertConforms(JsonNode document, JsonNode value, JsonNode rawSchema, String where) {
        JsonNode schema = resolve(document, rawSchema);
        assertThat(schema.isMissingNode()).as("schema for " + where).isFalse();
        if (value.isNull()) {
            assertThat(schema.path("nullable").asBoolean()).as(where + " may be null").isTrue();
            return;
        }
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(e -> allowed.add(e.asText()));
            assertThat(allowed).as(where).contains(value.asText());
        }
        switch (schema.path("type").asText("object")) {
            case "string" -> assertThat(value.isTextual()).as(where + " is a string").isTrue();
            case "integer" -> assertThat(value.isIntegralNumber()).as(where + " is an integer").isTrue();
            case "boolean" -> assertThat(value.isBoolean()).as(where + " is a boolean").isTrue();
            case "array" -> {
                assertThat(value.isArray()).as(where + " is an array").isTrue();
                int i = 0;
                for (JsonNode item : value) {
                    assertConforms(document, item, schema.path("items"), where + "[" + i++ + "]");
                }
            }
            default -> {
                assertThat(value.isObject()).as(where + " is an object").isTrue();
                schema.path("required").forEach(r ->
                        assertThat(value.has(r.asText())).as(where + " has " + r.asText()).isTrue());
                Iterator<String> names = value.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    JsonNode property = schema.path("properties").path(name);
                    assertThat(property.isMissingNode()).as(where + "." + name + " is documented").isFalse();
                    assertConforms(document, value.get(name), property, where + "." + name);
                }
            }
        }
    }
}

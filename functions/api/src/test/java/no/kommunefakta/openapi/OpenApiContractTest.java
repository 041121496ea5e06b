package no.kommunefakta.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = mapper.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    @Test
    void documentsEveryFunction() {
        assertThat(iterable(document.path("paths").fieldNames()))
                .contains("/validatePosting", "/validateFile");
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
            assertConforms(answer, responseSchema(post.getKey(), "200"), post.getKey());
        }
        JsonNode error = post("/validatePosting", "{\"skjema\":\"0A\"}", 400);
        assertConforms(error, responseSchema("/validatePosting", "400"), "400");
    }

    private JsonNode post(String path, String body, int status) throws Exception {
        return mapper.readTree(given().contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(status).extract().asString());
    }

    private JsonNode responseSchema(String path, String status) {
        return document.path("paths").path(path).path("post").path("responses").path(status).path("content")
                .path("application/json").path("schema");
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(document.path("components").path("schemas").path(name));
        }
        return schema;
    }

    /** Checks the subset of JSON Schema we use: type, required, properties (no extra ones), items, enum, allOf. */
    private void assertConforms(JsonNode value, JsonNode rawSchema, String where) {
        JsonNode schema = resolve(rawSchema);
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
            case "array" -> {
                assertThat(value.isArray()).as(where + " is an array").isTrue();
                int i = 0;
                for (JsonNode item : value) {
                    assertConforms(item, schema.path("items"), where + "[" + i++ + "]");
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
                    assertConforms(value.get(name), property, where + "." + name);
                }
            }
        }
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}

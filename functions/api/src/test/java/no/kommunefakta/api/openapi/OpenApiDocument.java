package no.kommunefakta.api.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document the running app serves, and a check of real answers against its schemas: the subset of JSON
 * Schema we use (type, required, properties with no undocumented extras, items, enum, nullable, $ref).
 */
public final class OpenApiDocument {
    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** Reads {@code /q/openapi} from the app under test. */
    public static OpenApiDocument served() throws Exception {
        return new OpenApiDocument(new ObjectMapper().readTree(
                given().get("/q/openapi?format=json").then().statusCode(200).extract().asString()));
    }

    public JsonNode operation(String path) {
        return document.path("paths").path(path).path("post");
    }

    public JsonNode responseSchema(String path, String status) {
        return operation(path).path("responses").path(status).path("content").path("application/json")
                .path("schema");
    }

    /** Asserts that {@code value} conforms to {@code schema}; {@code where} names the place in failure messages. */
    public void assertConforms(JsonNode value, JsonNode schema, String where) {
        JsonNode resolved = resolve(schema);
        assertThat(resolved.isMissingNode()).as("schema for " + where).isFalse();
        if (value.isNull()) {
            assertThat(resolved.path("nullable").asBoolean()).as(where + " may be null").isTrue();
            return;
        }
        if (resolved.has("enum")) {
            List<String> allowed = new ArrayList<>();
            resolved.get("enum").forEach(e -> allowed.add(e.asText()));
            assertThat(allowed).as(where).contains(value.asText());
        }
        switch (resolved.path("type").asText("object")) {
            case "string" -> assertThat(value.isTextual()).as(where + " is a string").isTrue();
            case "integer" -> assertThat(value.isIntegralNumber()).as(where + " is an integer").isTrue();
            case "boolean" -> assertThat(value.isBoolean()).as(where + " is a boolean").isTrue();
            case "array" -> {
                assertThat(value.isArray()).as(where + " is an array").isTrue();
                int i = 0;
                for (JsonNode item : value) {
                    assertConforms(item, resolved.path("items"), where + "[" + i++ + "]");
                }
            }
            default -> {
                assertThat(value.isObject()).as(where + " is an object").isTrue();
                resolved.path("required").forEach(r ->
                        assertThat(value.has(r.asText())).as(where + " has " + r.asText()).isTrue());
                Iterator<String> names = value.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    JsonNode property = resolved.path("properties").path(name);
                    assertThat(property.isMissingNode()).as(where + "." + name + " is documented").isFalse();
                    assertConforms(value.get(name), property, where + "." + name);
                }
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(document.path("components").path("schemas").path(name));
        }
        return schema;
    }

    /** The documented paths. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }
}

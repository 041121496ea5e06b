package no.kommunefakta.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every answer of the functions keeps, whatever the request: never 5xx; always JSON; a 4xx names the field and
 * the value; a 2xx is a complete answer (every required field, every posting within its 9-character amount field);
 * no Java class, package or parser name in any text.
 */
public final class Invariants {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SEVERITIES = Set.of("OK", "INFO", "WARNING", "ERROR", "FATAL");
    /** Java/Jackson/Vert.x vocabulary that must never reach a caller. */
    private static final Pattern INTERNALS = Pattern.compile("java\\.|javax\\.|jakarta\\.|com\\.fasterxml|jackson"
            + "|no\\.kommunefakta|io\\.quarkus|io\\.vertx|io\\.netty|org\\.jboss|exception|jsontoken|start_array"
            + "|start_object|end_object|cannot deserialize|cannot construct|mismatchedinput|streamreadconstraints"
            + "|\\[source:|\\(code \\d+\\)|stack|\\bat \\w+\\.\\w+\\(", Pattern.CASE_INSENSITIVE);
    private static final List<String> RENT_REQUIRED = List.of("regime", "entity", "skjema", "aargang", "region",
            "include", "explanation", "premisesMap", "pools", "postings", "reconciliation", "validation");
    /** The optional top-level parts of a rent answer: present exactly when the answer's include names them. */
    private static final List<String> RENT_PARTS = List.of("traces", "records", "csv");

    private Invariants() {
    }

    /** An answer as the caller sees it. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    /** The broken invariant, or empty when the answer keeps them all. */
    public static Optional<String> check(String route, Answer answer) {
        if (answer.status() >= 500) {
            return Optional.of("HTTP " + answer.status());
        }
        if (answer.contentType() == null || !answer.contentType().startsWith("application/json")) {
            return Optional.of("content type " + answer.contentType());
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (IOException e) {
            return Optional.of("the answer is not JSON");
        }
        if (body == null || !body.isObject()) {
            return Optional.of("the answer is not a JSON object");
        }
        if (answer.status() >= 400) {
            return clientError(body);
        }
        if (answer.status() != 200) {
            return Optional.of("HTTP " + answer.status());
        }
        Optional<String> leak = leak(new String(answer.body(), StandardCharsets.UTF_8), "answer");
        if (leak.isPresent()) {
            return leak;
        }
        return route.equals("allocateInternalRent") ? completeRent(body) : completeValidation(route, body);
    }

    private static Optional<String> clientError(JsonNode body) {
        JsonNode error = body.get("error");
        JsonNode field = body.get("field");
        if (error == null || !error.isTextual() || error.asText().isBlank()) {
            return Optional.of("4xx without an error text");
        }
        if (field == null || !field.isTextual() || field.asText().isBlank()) {
            return Optional.of("4xx not naming the field");
        }
        if (!body.has("value") || !(body.get("value").isTextual() || body.get("value").isNull())) {
            return Optional.of("4xx without the value");
        }
        return leak(error.asText(), "error text");
    }

    private static Optional<String> leak(String text, String where) {
        var m = INTERNALS.matcher(text);
        return m.find() ? Optional.of("the " + where + " names internals: '" + m.group() + "'") : Optional.empty();
    }

    private static Optional<String> completeValidation(String route, JsonNode body) {
        if (!SEVERITIES.contains(body.path("verdict").asText()) || !body.path("findings").isArray()) {
            return Optional.of("2xx without verdict and findings");
        }
        for (JsonNode f : body.get("findings")) {
            for (String key : List.of("control", "severity", "field", "value", "message")) {
                if (!f.path(key).isTextual()) {
                    return Optional.of("a finding without " + key);
                }
            }
            if (!SEVERITIES.contains(f.get("severity").asText()) || f.get("message").asText().isBlank()) {
                return Optional.of("a finding without severity or message");
            }
            if (route.equals("validateFile") && !f.path("lines").isArray()) {
                return Optional.of("a file finding without lines");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> completeRent(JsonNode body) {
        List<String> missing = new ArrayList<>();
        for (String key : RENT_REQUIRED) {
            if (!body.hasNonNull(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            return Optional.of("2xx without " + missing);
        }
        for (JsonNode posting : body.get("postings")) {
            JsonNode belop = posting.path("belop");
            if (!belop.isIntegralNumber() || belop.asText().length() > 9) {
                return Optional.of("a posting's belop " + belop + " does not fit the 9-character field");
            }
            for (String key : List.of("skjema", "aargang", "region", "kontoklasse", "funksjon", "art")) {
                if (!posting.path(key).isTextual()) {
                    return Optional.of("a posting without " + key);
                }
            }
        }
        if (!SEVERITIES.contains(body.path("validation").path("verdict").asText())) {
            return Optional.of("2xx without the validation verdict");
        }
        return parts(body);
    }

    /** Each optional part is in the answer exactly when its include names it. */
    private static Optional<String> parts(JsonNode body) {
        List<String> include = new ArrayList<>();
        body.get("include").forEach(p -> include.add(p.asText()));
        for (String part : RENT_PARTS) {
            if (include.contains(part) != body.has(part)) {
                return Optional.of("part " + part + (body.has(part) ? " answered without being asked" : " missing"));
            }
        }
        for (JsonNode pool : body.get("pools")) {
            if (include.contains("shares") != pool.has("users")) {
                return Optional.of("part shares " + (pool.has("users") ? "answered without being asked" : "missing"));
            }
            for (JsonNode user : pool.path("users")) {
                if (include.contains("sharePostings") != user.has("postings")) {
                    return Optional.of("part sharePostings " + (user.has("postings")
                            ? "answered without being asked" : "missing"));
                }
            }
        }
        return Optional.empty();
    }
}

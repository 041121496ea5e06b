package no.kommunefakta.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import no.kommunefakta.posting.validation.FileValidator;
import no.kommunefakta.posting.validation.PostingValidator;

/**
 * Replays the conformance corpus (verdicts of SSB's official control program, see
 * {@code src/test/resources/conformance/README.md}) through our validators.
 */
class ConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> postingCases() throws IOException {
        return cases("single_posting_cases.jsonl").stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(),
                () -> {
                    JsonNode records = c.get("records");
                    assertThat(records.size()).isEqualTo(1);
                    ValidationResult result = PostingValidator.standard()
                            .validate(context(c), records.get(0).asText());
                    TreeSet<String> expected = new TreeSet<>();
                    for (JsonNode f : c.get("expected").get("findings")) {
                        if ("posting".equals(f.get("scope").asText())) {
                            expected.add(f.get("control").asText() + " " + f.get("severity").asText());
                        }
                    }
                    TreeSet<String> actual = new TreeSet<>();
                    result.findings().forEach(f -> actual.add(f.control() + " " + f.severity()));
                    assertThat(actual).as("posting findings").isEqualTo(expected);
                    assertThat(result.verdict().name()).as("posting verdict")
                            .isEqualTo(c.get("expected").get("posting_verdict").asText());
                }));
    }

    @TestFactory
    Stream<DynamicTest> fileCases() throws IOException {
        return wholeFiles("whole_file_cases.jsonl");
    }

    /**
     * The twelve minimal reproducers of 2026-11-29 (classes A, B, Q, K1 and a duplicate/overflow case), judged by the
     * current release: every finding and the verdict must be the official ones.
     */
    @TestFactory
    Stream<DynamicTest> reproducers() throws IOException {
        return wholeFiles("reproducers_2026-11-29.jsonl");
    }

    private static Stream<DynamicTest> wholeFiles(String resource) throws IOException {
        return cases(resource).stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(),
                () -> {
                    List<String> records = new ArrayList<>();
                    c.get("records").forEach(r -> records.add(r.asText()));
                    List<String> expected = new ArrayList<>();
                    for (JsonNode f : c.get("expected").get("findings")) {
                        List<Integer> lines = new ArrayList<>();
                        f.get("lines").forEach(l -> lines.add(l.asInt()));
                        expected.add(key(f.get("control").asText(), f.get("severity").asText(), lines));
                    }
                    String severity = c.get("expected").get("severity").asText();

                    ValidationResult fromList = FileValidator.standard().validate(context(c), records);
                    assertThat(keys(fromList)).as("findings (list)").containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(fromList.verdict().name()).isEqualTo(severity);

                    String file = String.join("\r\n", records) + "\n";
                    ValidationResult fromStream = FileValidator.standard()
                            .validate(context(c), new BufferedReader(new StringReader(file)));
                    assertThat(fromStream).isEqualTo(fromList);
                }));
    }

    @Test
    void corpusIsComplete() throws IOException {
        assertThat(cases("single_posting_cases.jsonl")).hasSize(1505);
        assertThat(cases("whole_file_cases.jsonl")).hasSize(30);
        assertThat(cases("reproducers_2026-11-29.jsonl")).hasSize(12);
    }

    private static List<String> keys(ValidationResult result) {
        List<String> keys = new ArrayList<>();
        result.findings().forEach(f -> keys.add(key(f.control(), f.severity().name(), f.lines())));
        return keys;
    }

    private static String key(String control, String severity, List<Integer> lines) {
        return control + " " + severity + " " + new TreeSet<>(lines);
    }

    static ValidationContext context(JsonNode c) {
        JsonNode a = c.get("args");
        return new ValidationContext(a.get("skjema").asText(), a.get("aargang").asText(), a.get("kvartal").asText(),
                a.get("region").asText(), a.get("orgnr").asText(),
                a.has("foretaksnr") ? a.get("foretaksnr").asText() : ValidationContext.BLANK_ORGNR);
    }

    static List<JsonNode> cases(String file) throws IOException {
        List<JsonNode> result = new ArrayList<>();
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/" + file);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    result.add(JSON.readTree(line));
                }
            }
        }
        return result;
    }
}

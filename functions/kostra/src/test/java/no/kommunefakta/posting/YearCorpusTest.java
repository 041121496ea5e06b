package no.kommunefakta.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.kommunefakta.posting.rule.Utgave;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import no.kommunefakta.posting.validation.FileValidator;
import no.kommunefakta.posting.validation.PostingValidator;

/**
 * Replays the randomized corpora judged by the official release SSB used for each reporting year (see
 * {@code src/test/resources/conformance/README.md}): every case's verdict and every finding (control, severity,
 * lines) must equal the official ones, through {@link FileValidator}; for one-record cases the posting-level findings
 * must also equal {@link PostingValidator}'s.
 */
class YearCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FILE_SCOPE = Set.of("015", "017", "085", "090", "095", "100", "105", "110", "113",
            "115", "120", "125", "126", "127", "130", "135", "140", "143", "145", "150", "155", "160", "165", "170",
            "175", "180", "185", "190", "210", "215", "220", "530", "540",
            no.kommunefakta.posting.rule.Kirke0GBelopMangler.CONTROL);

    static java.util.stream.Stream<YearTable.Corpus> corpora() {
        return YearTable.corpora().values().stream();
    }

    /**
     * Every judged corpus ({@code conformance/agreement.csv}, also the README's year table) agrees case for case:
     * the corpus has exactly the recorded one-posting files and files, every case gets the release's verdict and
     * findings, and the csv records every case as agreeing (a year is claimed only at 100 %).
     */
    @ParameterizedTest
    @MethodSource("corpora")
    void agreesWithTheReleaseOfTheYearAsRecorded(YearTable.Corpus corpus) throws IOException {
        int year = corpus.year();
        List<JsonNode> cases = read("/conformance/corpus-" + year + ".jsonl.gz");
        List<String> mismatches = new ArrayList<>();
        int postings = 0;
        int files = 0;
        for (JsonNode c : cases) {
            List<String> records = new ArrayList<>();
            c.get("records").forEach(r -> records.add(r.asText()));
            if (records.size() == 1) {
                postings++;
            } else {
                files++;
            }
            mismatch(c, records).ifPresent(mismatches::add);
        }
        assertThat(postings).as(year + " one-posting cases").isEqualTo(corpus.postings()).isGreaterThanOrEqualTo(50_000);
        assertThat(files).as(year + " file cases").isEqualTo(corpus.files()).isGreaterThanOrEqualTo(500);
        assertThat(mismatches).as("cases that differ from release " + Utgave.forAar(year).commit() + " for "
                + year).isEmpty();
        assertThat(corpus.agreeing()).as(year + " agreeing cases recorded in agreement.csv")
                .isEqualTo(cases.size());
    }

    /** The difference between our answer and the recorded official one, if any (also used by tools). */
    static java.util.Optional<String> mismatch(JsonNode c, List<String> records) {
        ValidationContext ctx = ConformanceTest.context(c);
        JsonNode exp = c.get("expected");
        TreeSet<String> expected = new TreeSet<>();
        TreeSet<String> expectedPosting = new TreeSet<>();
        for (JsonNode f : exp.get("findings")) {
            List<Integer> lines = new ArrayList<>();
            f.get("lines").forEach(l -> lines.add(l.asInt()));
            String control = f.get("control").asText();
            expected.add(control + " " + f.get("severity").asText() + " " + new TreeSet<>(lines));
            if (!FILE_SCOPE.contains(control) && !Kontrollkatalog.of(control)
                    .map(k -> k.scope() == Kontrollkatalog.Scope.FILE).orElse(false)) {
                expectedPosting.add(control + " " + f.get("severity").asText());
            }
        }
        ValidationResult r = FileValidator.standard().validate(ctx, records);
        TreeSet<String> actual = new TreeSet<>();
        r.findings().forEach(f -> actual.add(f.control() + " " + f.severity() + " " + new TreeSet<>(f.lines())));
        String verdict = exp.get("severity").asText();
        if (!actual.equals(expected) || !r.verdict().name().equals(verdict)) {
            return java.util.Optional.of(c.get("id").asText() + " " + ctx + " " + records + "\n   official " + verdict
                    + " " + expected + "\n   ours     " + r.verdict() + " " + actual);
        }
        if (records.size() == 1 && !records.get(0).isEmpty()) {
            ValidationResult p = PostingValidator.standard().validate(ctx, records.get(0));
            TreeSet<String> actualPosting = new TreeSet<>();
            p.findings().forEach(f -> actualPosting.add(f.control() + " " + f.severity()));
            if (!actualPosting.equals(expectedPosting)) {
                return java.util.Optional.of(c.get("id").asText() + " " + ctx + " " + records
                        + "\n   official posting " + expectedPosting + "\n   ours posting     " + actualPosting);
            }
        }
        return java.util.Optional.empty();
    }

    static List<JsonNode> read(String resource) throws IOException {
        List<JsonNode> result = new ArrayList<>();
        try (InputStream raw = YearCorpusTest.class.getResourceAsStream(resource)) {
            assertThat(raw).as(resource).isNotNull();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        result.add(JSON.readTree(line));
                    }
                }
            }
        }
        return result;
    }
}

package no.kommunefakta.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays the held-out corpora of the per-skjema Java releases ({@code conformance/heldout-<year>.jsonl.gz}, judged by
 * 71ddb528 and eea71d70 with other seeds and other file shapes than {@code corpus-<year>.jsonl.gz}, targeted cases of
 * {@code ControlSkatteinntekter}, the sums' funksjon texts, the 015 key and every region of the releases' lists; see
 * the conformance README, "Runner check and held-out corpora"): every case as {@link YearCorpusTest} compares it.
 */
class HeldoutCorpusTest {

    @ParameterizedTest
    @CsvSource({"2018, 8154", "2019, 10181"})
    void everyHeldOutCaseGetsTheReleasesVerdictAndFindings(int year, int cases) throws IOException {
        List<JsonNode> corpus = YearCorpusTest.read("/conformance/heldout-" + year + ".jsonl.gz");
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : corpus) {
            List<String> records = new ArrayList<>();
            c.get("records").forEach(r -> records.add(r.asText()));
            YearCorpusTest.mismatch(c, records).ifPresent(mismatches::add);
        }
        assertThat(corpus).as(year + " held-out cases").hasSize(cases);
        assertThat(mismatches).as("held-out cases that differ from the release for " + year).isEmpty();
    }
}

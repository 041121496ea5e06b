package no.kommunefakta.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays the held-out corpora of 2020-2022 ({@code conformance/heldout-<year>.jsonl.gz}: other seeds, files of
 * 2-160 records and every case that differed before the fixes (files of up to 1,515 records of mixed regions and
 * skjema), judged by the year's Java release; see the conformance README,
 * "Held-out check 2020-2022"): every case agrees, as {@link YearCorpusTest} checks the stored corpora.
 */
class HeldoutJavaCorpusTest {

    @ParameterizedTest
    @CsvSource({"2020, 3453", "2021, 3458", "2022, 3468"})
    void agreesWithTheReleaseOfTheYear(int year, int size) throws IOException {
        List<JsonNode> cases = YearCorpusTest.read("/conformance/heldout-" + year + ".jsonl.gz");
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : cases) {
            List<String> records = new ArrayList<>();
            c.get("records").forEach(r -> records.add(r.asText()));
            YearCorpusTest.mismatch(c, records).ifPresent(mismatches::add);
        }
        assertThat(cases).as(year + " held-out cases").hasSize(size);
        assertThat(mismatches).as(year + " held-out cases that differ from the release").isEmpty();
    }
}

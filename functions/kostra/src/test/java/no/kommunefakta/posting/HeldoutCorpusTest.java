package no.kommunefakta.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays the held-out corpora of the Java releases ({@code conformance/heldout-<year>.jsonl.gz}, judged by the year's
 * release with other seeds and other file shapes than {@code corpus-<year>.jsonl.gz}): 2018/2019 (71ddb528,
 * eea71d70) also with targeted cases of {@code ControlSkatteinntekter}, the sums' funksjon texts, the 015 key and
 * every region of the releases' lists (conformance README, "Runner check and held-out corpora"); 2020-2022 with files
 * of 2-160 records and every case that differed before the fixes (files of up to 1,515 records of mixed regions and
 * skjema; "Held-out check 2020-2022"). Every case agrees, as {@link YearCorpusTest} compares the stored corpora.
 */
class HeldoutCorpusTest {

    @ParameterizedTest
    @CsvSource({"2018, 8154", "2019, 10181", "2020, 3453", "2021, 3458", "2022, 3468"})
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

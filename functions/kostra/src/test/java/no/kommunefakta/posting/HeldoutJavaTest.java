package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.of;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The kinds that held-out corpora judged by the Java releases (af804339, 7341abfd, e3b33ddc) showed beyond the stored
 * corpora (conformance README, "Held-out check 2020-2022"), each from a judged case.
 */
class HeldoutJavaTest {

    @Test
    void skatteinntekterAndRammetilskuddSumEveryDriftRecordInTheJavaReleases() {
        // F2022-6 (0M, region 030116): the records of region 030116 carry the skatt and the rammetilskudd
        for (int year : new int[] {2021, 2022}) {
            ValidationContext c = annual("0M", year, "030116");
            List<String> ids = ids(file(c, rec(c, "3", "800", "870", -2065), rec(c, "3", "840", "800", -2065),
                    rec(c, "3", "120", "010", 4130)));
            assertThat(ids).as("%d", year).doesNotContain("130 ERROR", "135 ERROR");
            assertThat(ids(file(c, rec(c, "3", "120", "010", 4130)))).as("%d", year)
                    .contains("130 ERROR", "135 ERROR");
        }
    }

    @Test
    void theSecondPassOf010To013NamesEachLineWhenTheFirstPassHasMoreThan50() {
        // G2022-210 (0D, region 030116): kapittel "734" on 169 lines; the first pass is one entry without lines,
        // the second pass (the record's own skjema) one entry per line
        ValidationContext c = annual("0D", 2022, "030116");
        String feil = rec(c, "2", "734", "070", 4923);
        List<Finding> f011 = of(file(c, Collections.nCopies(51, feil).toArray(String[]::new)), "011");
        assertThat(f011).filteredOn(f -> f.lines().isEmpty()).hasSize(1);
        assertThat(f011).filteredOn(f -> f.lines().size() == 1).hasSize(51);
        // up to 50 lines the two passes' entries are identical: one finding per line
        assertThat(of(file(c, Collections.nCopies(50, feil).toArray(String[]::new)), "011")).hasSize(50)
                .allSatisfy(f -> assertThat(f.lines()).hasSize(1));
        // 2021 has no second pass
        ValidationContext c21 = annual("0D", 2021, "030116");
        assertThat(of(file(c21, Collections.nCopies(51, rec(c21, "2", "734", "070", 4923)).toArray(String[]::new)),
                "011")).hasSize(1);
    }

    @Test
    void control014IsTwoEntriesEachWithItsOwn50LineLimit() {
        // G2022-1430: "Ugyldige beløp" on more than 50 lines (no lines), "Beløp" (no integer) on 31 lines (each)
        for (int year : new int[] {2021, 2022}) {
            ValidationContext c = annual("0A", year, "110300");
            List<String> records = new java.util.ArrayList<>();
            records.addAll(Collections.nCopies(40, rec(c, "1", "120", "010", "+100")));
            records.addAll(Collections.nCopies(20, rec(c, "1", "120", "010", "1,5")));
            List<Finding> f014 = of(file(c, records.toArray(String[]::new)), "014");
            assertThat(f014).as("%d", year).filteredOn(f -> f.lines().isEmpty()).hasSize(1);
            assertThat(f014).as("%d", year).filteredOn(f -> !f.lines().isEmpty())
                    .extracting(f -> f.lines().get(0)).containsExactlyElementsOf(
                            java.util.stream.IntStream.rangeClosed(41, 60).boxed().toList());
        }
    }

    @Test
    void control020ComparesTheRawFunksjonFieldInThe2021And2022Releases() {
        // AF2021-1095 line 38: drift funksjon " 841" is not the release's "841 " (010 reports the alignment)
        for (int year : new int[] {2021, 2022}) {
            ValidationContext c = annual("0A", year, "110300");
            assertThat(ids(Poster.posting(c, rec(c, "1", " 841", "230", 100)))).as("%d", year)
                    .contains("010 ERROR").doesNotContain("020 ERROR");
            assertThat(ids(Poster.posting(c, rec(c, "1", "841", "230", 100)))).as("%d", year).contains("020 ERROR");
        }
    }
}

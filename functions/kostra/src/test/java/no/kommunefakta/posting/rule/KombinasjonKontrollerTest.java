package no.kommunefakta.posting.rule;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.of;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The combination controls 020-081 and the kirke control 200, incl. their severity switches. */
class KombinasjonKontrollerTest {

    private static final ValidationContext A = annual("0A", 2026, "110300");
    private static final ValidationContext C = annual("0C", 2026, "460000");

    private static List<Severity> sev(ValidationContext c, String kk, String f, String a, String control) {
        return of(posting(c, rec(c, kk, f, a, 100)), control).stream().map(Finding::severity).toList();
    }

    private static ValidationContext kvartal(String k) {
        return ctx("0AK" + k, "2026", k, "110300", null);
    }

    @Nested
    class Kontroll020Test {
        @Test
        void funksjon841NotInDrift() {
            assertThat(sev(A, "1", "841", "010", "020")).containsExactly(Severity.ERROR);
            assertThat(sev(A, "0", "841", "010", "020")).isEmpty();
        }

        @Test
        void argumentKvartal1And2GiveWarning() {
            assertThat(sev(kvartal("1"), "1", "841", "010", "020")).containsExactly(Severity.WARNING);
            assertThat(sev(kvartal("2"), "1", "841", "010", "020")).containsExactly(Severity.WARNING);
            assertThat(sev(kvartal("3"), "1", "841", "010", "020")).containsExactly(Severity.ERROR);
        }
    }

    @Nested
    class Kontroll025Test {
        @Test
        void investeringArtsNotInDrift() {
            assertThat(sev(A, "1", "120", "670", "025")).containsExactly(Severity.ERROR);
            assertThat(sev(A, "1", "120", "921", "025")).containsExactly(Severity.ERROR);
            assertThat(sev(A, "0", "120", "670", "025")).isEmpty();
        }

        @Test
        void art921AllowedForSpecialOrgnrAndRegions() {
            ValidationContext i = ctx("0I", "2026", " ", "030100", "958935420");
            assertThat(sev(i, "3", "120", "921", "025")).isEmpty();
            ValidationContext m = annual("0M", 2026, "460100");
            assertThat(sev(m, "3", "120", "921", "025")).isEmpty();
            ValidationContext p = annual("0P", 2026, "460000");
            assertThat(sev(p, "3", "420", "921", "025")).containsExactly(Severity.ERROR);
        }

        @Test
        void kirkeHasItsOwnList() {
            ValidationContext f = ctx("0F", "2026", " ", "110300", "976993403");
            assertThat(sev(f, "3", "041", "285", "025")).containsExactly(Severity.ERROR);
            assertThat(sev(f, "3", "041", "921", "025")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}: kk {1} funksjon {2} art {3} -> {5}")
    @CsvSource(delimiterString = "|", value = {
        "030|1|120|660|A|INFO", "030|0|120|660|A|", "030|1|120|285|A|INFO",
        "035|1|120|520|A|WARNING", "035|1|281|520|A|", "035|1|325|920|A|", "035|1|701|920|C|",
        "040|0|800|010|A|ERROR", "040|0|850|010|A|ERROR", "040|1|800|870|A|",
        "045|0|100|010|A|INFO", "045|0|120|010|A|",
        "050|0|120|590|A|ERROR", "050|1|120|590|A|", "050|0|120|878|A|ERROR",
        "055|0|120|620|A|INFO", "055|0|120|630|A|",
        "060|0|120|729|A|ERROR", "060|0|841|729|A|",
        "065|1|899|010|A|ERROR", "065|1|120|980|A|ERROR", "065|1|899|589|A|",
        "070|1|120|530|A|ERROR", "070|1|880|530|A|",
        "075|1|120|870|A|ERROR", "075|1|120|879|A|ERROR", "075|1|800|870|A|", "075|1|420|870|C|",
        "080|1|120|800|A|ERROR", "080|1|840|800|A|",
        "081|1|850|010|A|WARNING", "081|1|850|450|A|", "081|1|850|810|A|"})
    void combinationRules(String control, String kk, String f, String a, String skjema, String expected) {
        List<Severity> actual = sev(skjema.equals("A") ? A : C, kk, f, a, control);
        if (expected == null) {
            assertThat(actual).isEmpty();
        } else {
            assertThat(actual).containsExactly(Severity.valueOf(expected));
        }
    }

    @Test
    void quarterly040AcceptsFunksjon850() {
        assertThat(sev(kvartal("3"), "0", "850", "010", "040")).isEmpty();
        assertThat(sev(kvartal("3"), "0", "860", "010", "040")).containsExactly(Severity.ERROR);
    }

    @Test
    void kontroll081ErrorInKvartal3And4AndNotForFylkeRecords() {
        assertThat(sev(kvartal("1"), "1", "850", "010", "081")).containsExactly(Severity.WARNING);
        assertThat(sev(kvartal("3"), "1", "850", "010", "081")).containsExactly(Severity.ERROR);
        assertThat(sev(kvartal("4"), "1", "850", "010", "081")).containsExactly(Severity.ERROR);
        ValidationContext ck = ctx("0CK4", "2026", "4", "460000", null);
        assertThat(sev(ck, "1", "850", "010", "081")).isEmpty();
    }

    @Test
    void kontroll075UsesTheReleasesSkatteArter() {
        // every release from 2024 to 2026 has the same list: 870-873, 876, 878, 879 (not 875, 877)
        ValidationContext y24 = annual("0A", 2024, "110300");
        assertThat(sev(y24, "1", "120", "879", "075")).containsExactly(Severity.ERROR);
        assertThat(sev(A, "1", "120", "879", "075")).containsExactly(Severity.ERROR);
        assertThat(sev(y24, "1", "120", "875", "075")).isEmpty();
        assertThat(sev(A, "1", "120", "875", "075")).isEmpty();
    }

    @Test
    void combinationRulesSkipZeroPaddedZeroAmounts() {
        assertThat(ids(posting(A, rec(A, "1", "841", "010", "000000000")))).isEmpty();
    }

    @Nested
    class Kontroll200Test {
        private final ValidationContext f = ctx("0F", "2026", " ", "110300", "976993403");

        @Test
        void funksjon089OnlyWithFinancingArts() {
            assertThat(sev(f, "3", "089", "010", "200")).containsExactly(Severity.ERROR);
            assertThat(sev(f, "3", "089", "500", "200")).isEmpty();
            assertThat(sev(f, "3", "089", "830", "200")).isEmpty();
            assertThat(sev(f, "3", "089", "990", "200")).containsExactly(Severity.ERROR);
            assertThat(sev(f, "3", "041", "010", "200")).isEmpty();
        }
    }
}

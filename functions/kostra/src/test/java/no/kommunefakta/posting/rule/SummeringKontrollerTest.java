package no.kommunefakta.posting.rule;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.balanced0A;
import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.of;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.ValidationResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole-file controls (015, 017, 085-190, 113, 143, 210-220) with their tolerance boundaries. */
class SummeringKontrollerTest {

    private static final ValidationContext A = annual("0A", 2026, "110300");

    private static ValidationResult withBalanced(ValidationContext c, String... extra) {
        List<String> lines = new ArrayList<>(Arrays.asList(balanced0A(c)));
        lines.addAll(Arrays.asList(extra));
        return file(c, lines.toArray(new String[0]));
    }

    @Test
    void balancedFileIsOk() {
        ValidationResult r = withBalanced(A);
        assertThat(r.findings()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Severity.OK);
    }

    @Nested
    class Kontroll015DubletterTest {
        @Test
        void oneWarningPerCombinationWithAllLines() {
            ValidationResult r = withBalanced(A, rec(A, "1", " 120", "010", 1), rec(A, "1", "120", "010", -1));
            assertThat(of(r, "015")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.lines()).containsExactly(1, 9, 10);
                assertThat(f.value()).isEqualTo("1 * 120 * 010");
                assertThat(f.message()).contains("summeres hos SSB");
            });
        }

        @Test
        void nonAsciiCombinationsAreComparedToo() {
            ValidationResult r = file(A, rec(A, "1", "12ø", "010", 1), rec(A, "1", "12ø", "010", 2),
                    rec(A, "1", "12å", "010", 3));
            assertThat(of(r, "015")).singleElement().extracting(Finding::lines).isEqualTo(List.of(1, 2));
        }
    }

    @ParameterizedTest(name = "{0}: extra {1}/{2}/{3}/{4} -> {5}")
    @CsvSource(delimiterString = "|", value = {
        "110|1|120|620|-30|", "110|1|120|620|-31|ERROR", "110|1|120|010|30|", "110|1|120|010|31|ERROR",
        "095|0|120|200|30|", "095|0|120|200|31|ERROR", "095|0|120|620|-31|ERROR",
        "140|0|880|970|-30|", "140|0|880|970|-31|ERROR", "140|0|880|970|30|", "140|0|880|970|31|ERROR",
        "155|1|860|990|-30|", "155|1|860|990|-31|ERROR",
        "160|1|850|590|1|ERROR", "165|1|120|990|-1|ERROR",
        "175|1|290|010|30|", "175|1|290|010|31|ERROR", "170|0|290|200|-31|ERROR", "170|0|290|200|-30|"})
    void tolerances(String control, String kk, String f, String a, long belop, String expected) {
        List<Severity> actual = of(withBalanced(A, rec(A, kk, f, a, belop)), control).stream()
                .map(Finding::severity).toList();
        if (expected == null) {
            assertThat(actual).isEmpty();
        } else {
            assertThat(actual).containsExactly(Severity.valueOf(expected));
        }
    }

    @Test
    void kontroll085090NeedRegionalInvestering() {
        ValidationResult r = file(A, rec(A, "1", "120", "010", 100), rec(A, "1", "800", "870", -100),
                rec(A, "1", "840", "800", -1), rec(A, "0", "120", "620", -10));
        assertThat(ids(r)).contains("085 ERROR").doesNotContain("090 ERROR");
        ValidationContext i = ctx("0I", "2026", " ", "110300", "987654321");
        ValidationResult sbdr = file(i, rec(i, "4", "120", "620", -31));
        assertThat(ids(sbdr)).doesNotContain("085 ERROR", "090 ERROR").contains("095 ERROR");
    }

    @Test
    void kontroll100105130135InQuarterlyRunsAreWarnings() {
        ValidationContext q = ctx("0AK3", "2026", "3", "110300", null);
        ValidationResult r = file(q, rec(q, "1", "120", "620", 5));
        assertThat(ids(r)).containsExactly("100 WARNING", "105 WARNING", "130 WARNING", "135 WARNING");
    }

    @Test
    void kontroll130And135RegionExceptions() {
        ValidationContext svalbard = annual("0A", 2026, "211100");
        assertThat(ids(file(svalbard, rec(svalbard, "1", "120", "010", 100), rec(svalbard, "1", "120", "620", -100))))
                .doesNotContain("130 ERROR", "135 ERROR");
        ValidationContext r501400 = annual("0A", 2026, "501400");
        assertThat(ids(file(r501400, rec(r501400, "1", "120", "010", 100), rec(r501400, "1", "120", "620", -100))))
                .contains("130 ERROR").doesNotContain("135 ERROR");
    }

    @Test
    void bydelerSkipTheSumsButGet126And127() {
        ValidationContext bydel = annual("0A", 2026, "030101");
        ValidationResult ok = file(bydel, rec(bydel, "1", "120", "298", 10), rec(bydel, "1", "120", "010", 5));
        assertThat(ok.findings()).isEmpty();
        ValidationResult drift = file(bydel, rec(bydel, "1", "120", "298", 11));
        assertThat(ids(drift)).containsExactly("126 WARNING");
        ValidationResult inv = file(bydel, rec(bydel, "0", "120", "798", -11));
        assertThat(ids(inv)).containsExactly("127 WARNING");
    }

    @Test
    void kontroll145And150AreInfoOutsideRegionalSkjema() {
        ValidationContext i = ctx("0I", "2026", " ", "110300", "987654321");
        ValidationResult r = file(i, rec(i, "3", "120", "010", 100), rec(i, "3", "120", "620", -100),
                rec(i, "3", "860", "990", 5), rec(i, "3", "860", "990", -5), rec(i, "3", "120", "590", 5),
                rec(i, "3", "130", "590", -5));
        assertThat(of(r, "145")).extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(of(r, "150")).extracting(Finding::severity).containsExactly(Severity.INFO);
        ValidationResult a = withBalanced(A, rec(A, "1", "860", "990", 50));
        assertThat(of(a, "145")).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void kontroll180And185ForFylke() {
        ValidationContext c = annual("0C", 2026, "460000");
        assertThat(ids(file(c, rec(c, "1", "465", "010", 31)))).contains("185 ERROR");
        assertThat(ids(file(c, rec(c, "0", "465", "200", 30)))).doesNotContain("180 ERROR");
        assertThat(ids(file(c, rec(c, "0", "465", "200", 31)))).contains("180 ERROR");
    }

    @Nested
    class BalanseTest {
        private final ValidationContext b = annual("0B", 2026, "110300");

        private ValidationResult balanse(String... extra) {
            List<String> lines = new ArrayList<>(List.of(rec(b, "2", "10", "000", 1000), rec(b, "2", "31", "000", -1000),
                    rec(b, "2", "9100", "000", 50), rec(b, "2", "9999", "000", -50)));
            lines.addAll(Arrays.asList(extra));
            return file(b, lines.toArray(new String[0]));
        }

        @Test
        void boundaries() {
            assertThat(balanse().findings()).isEmpty();
            assertThat(ids(balanse(rec(b, "2", "10", "070", 10)))).isEmpty();
            assertThat(ids(balanse(rec(b, "2", "10", "070", 11)))).containsExactly("125 ERROR");
            assertThat(ids(balanse(rec(b, "2", "9110", "000", 10)))).isEmpty();
            assertThat(ids(balanse(rec(b, "2", "9110", "000", -11)))).containsExactly("190 ERROR");
        }

        @Test
        void aktivaAndPassivaSigns() {
            assertThat(ids(file(b, rec(b, "2", "31", "000", -1000)))).containsExactly("125 ERROR");
            assertThat(ids(file(b, rec(b, "2", "10", "000", -5), rec(b, "2", "31", "000", 5))))
                    .containsExactly("115 ERROR", "120 ERROR", "125 ERROR");
        }
    }

    @Nested
    class KirkeTest {
        private final ValidationContext f = ctx("0F", "2026", " ", "110300", "976993403");

        private ValidationResult kirke(String... extra) {
            List<String> lines = new ArrayList<>(List.of(rec(f, "3", "041", "010", 1000),
                    rec(f, "3", "041", "830", -1000)));
            lines.addAll(Arrays.asList(extra));
            return file(f, lines.toArray(new String[0]));
        }

        @Test
        void internalPairsAndAvskrivninger() {
            assertThat(kirke().findings()).isEmpty();
            assertThat(ids(kirke(rec(f, "3", "041", "380", 30), rec(f, "3", "042", "780", -30)))).isEmpty();
            assertThat(ids(kirke(rec(f, "3", "041", "380", 31), rec(f, "3", "041", "700", -31))))
                    .containsExactly("210 ERROR");
            assertThat(ids(kirke(rec(f, "3", "041", "390", 31), rec(f, "3", "041", "700", -31))))
                    .containsExactly("215 ERROR");
            assertThat(ids(kirke(rec(f, "3", "041", "465", 31), rec(f, "3", "041", "700", -31))))
                    .containsExactly("220 ERROR");
            assertThat(ids(kirke(rec(f, "3", "041", "590", 31), rec(f, "3", "041", "700", -31))))
                    .containsExactly("143 ERROR");
            assertThat(ids(kirke(rec(f, "3", "046", "380", 31), rec(f, "3", "041", "700", -31))))
                    .containsExactly("010 ERROR");
        }

        @Test
        void tilskuddMustBeIncome() {
            assertThat(ids(file(f, rec(f, "3", "041", "010", 100), rec(f, "3", "041", "700", -100))))
                    .containsExactly("113 ERROR");
        }
    }

    @Nested
    class Kontroll017InterneServiceenheterTest {
        @Test
        void funksjon190MustNetToZeroIn2018And2019() {
            ValidationContext y19 = annual("0A", 2019, "110300");
            ValidationResult ok = withBalanced(y19, rec(y19, "1", "190", "010", 300), rec(y19, "1", "190", "690", -271));
            assertThat(of(ok, "017")).isEmpty();
            ValidationResult bad = withBalanced(y19, rec(y19, "1", "190", "010", 300),
                    rec(y19, "1", "190", "690", -270), rec(y19, "1", "120", "620", -30));
            assertThat(of(bad, "017")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.value()).isEqualTo("30");
                assertThat(f.message()).contains("funksjon 190").contains("går i 0");
            });
        }

        @Test
        void funksjon490ForFylkeAndNotFrom2020() {
            ValidationContext c18 = annual("0C", 2018, "500000");
            assertThat(of(file(c18, rec(c18, "0", "490", "200", 40)), "017")).hasSize(1);
            ValidationContext c20 = annual("0C", 2020, "460000");
            assertThat(of(file(c20, rec(c20, "0", "490", "200", 40)), "017")).isEmpty();
        }
    }
}

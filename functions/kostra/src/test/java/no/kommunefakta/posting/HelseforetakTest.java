package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static org.assertj.core.api.Assertions.assertThat;

import no.kommunefakta.posting.rule.Utgave;
import no.kommunefakta.posting.validation.PostingValidator;
import org.junit.jupiter.api.Test;

/**
 * Helseforetak (0X resultat, 0Y balanse) as the releases that still had HelseForetakMain judge them (2023 e6e4585d,
 * 2024 f56a0de5: {@code utgaver.csv} column {@code helseforetak}); unknown skjema for the releases without it.
 * The expectations were checked against release f56a0de5 built from source (conformance README, "Helseforetak").
 */
class HelseforetakTest {

    /** A registered health trust (regional HF) and a company that is none. */
    private static final String RHF = "983658725";
    private static final String ANNET = "987654321";

    private static String x(String orgnr, String funksjon, String art, String belop) {
        return "0X2024 110300" + orgnr + "         " + " " + String.format("%-4s", funksjon) + art
                + String.format("%9s", belop);
    }

    private static String y(String kapittel, String sektor, String belop) {
        return "0Y2024 110300" + RHF + "         " + " " + String.format("%-4s", kapittel) + sektor
                + String.format("%9s", belop);
    }

    @Test
    void theReleasesThatHadHelseForetakMainJudge0XAnd0Y() {
        assertThat(Utgave.aarMed(Utgave::helseforetak)).contains(2023, 2024).doesNotContain(2025, 2026);
    }

    @Test
    void a0XFileWithValidCodesThatNetsToZeroIsOk() {
        assertThat(ids(file(ctx("0X", "2024", " ", "110300", RHF), x(RHF, "620", "320", "-500"),
                x(RHF, "620", "500", "500")))).isEmpty();
    }

    @Test
    void funksjon400IsOnlyForTheRegisteredTrustsAndArt320OnlyForTheirFunksjoner() {
        assertThat(ids(file(ctx("0X", "2024", " ", "110300", ANNET), x(ANNET, "400", "300", "100"),
                x(ANNET, "400", "301", "-100")))).containsExactly("500 WARNING", "500 WARNING");
        assertThat(ids(file(ctx("0X", "2024", " ", "110300", RHF), x(RHF, "400", "300", "100"),
                x(RHF, "600", "320", "-100")))).containsExactly("510 WARNING");
    }

    @Test
    void codesOutsideTheHelseforetakListsAre010And012AndTheSumMustNetToZero() {
        assertThat(ids(file(ctx("0X", "2024", " ", "110300", RHF), x(RHF, "120", "010", "500"))))
                .containsExactly("010 ERROR", "012 ERROR", "530 WARNING");
    }

    @Test
    void a0YBalanceNeedsBlankKapittelPositive19XAndBalancedSides() {
        assertThat(ids(file(ctx("0Y", "2024", " ", "110300", RHF), y("", "190", "-100"), y("", "200", "100"))))
                .containsExactly("520 ERROR");
        assertThat(ids(file(ctx("0Y", "2024", " ", "110300", RHF), y("10", "100", "100"), y("", "999", "100"))))
                .containsExactly("011 ERROR", "013 ERROR", "540 WARNING");
    }

    @Test
    void withoutHelseForetakMainTheSkjemaIsUnknown() {
        for (String s : new String[] {"0X", "0Y"}) {
            ValidationResult r = PostingValidator.standard().validate(ctx(s, "2025", " ", "110300", RHF),
                    x(RHF, "620", "320", "100").replace("0X2024", s + "2025"));
            assertThat(ids(r)).containsExactly("Ukjent skjema FATAL");
        }
    }
}

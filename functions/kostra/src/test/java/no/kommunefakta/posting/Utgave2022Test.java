package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule settings of the release that judges 2022 data (e3b33ddc, the last Java program; {@code utgaver.csv}) that
 * differ from the 2023 and 2024 releases', one per setting. Its differences in kind are listed in the conformance
 * README and measured by {@link YearCorpusTest}.
 */
class Utgave2022Test {

    @Test
    void recordLengthIsErrorIn2022BecauseThatReleaseHasNoFatal() {
        ValidationContext c22 = annual("0A", 2022, "110300");
        ValidationResult one = posting(c22, "0A2022 110300");
        assertThat(one.verdict()).isEqualTo(Severity.ERROR);
        assertThat(ids(one)).containsExactly("001 ERROR");
        ValidationResult whole = file(c22, rec(c22, "1", "999", "010", 100), "0A2022 110300");
        assertThat(whole.verdict()).isEqualTo(Severity.ERROR);
        assertThat(ids(whole)).containsExactly("001 ERROR");
        ValidationContext c23 = annual("0A", 2023, "110300");
        assertThat(posting(c23, "0A2023 110300").verdict()).isEqualTo(Severity.FATAL);
        assertThat(file(c23, "0A2023 110300").verdict()).isEqualTo(Severity.FATAL);
    }

    @Test
    void aTabInA48CharacterLineIsNo001ForTheJavaReleases() {
        // k001_tab nei: the Java releases' Pattern.matches("\\t", line) matches only a line that is one TAB
        for (int year : new int[] {2021, 2022}) {
            ValidationContext c = annual("0A", year, "110300");
            String tab = rec(c, "1", "120", "600", -100).replace("    -100", "\t   -100");
            assertThat(tab).hasSize(48);
            assertThat(ids(posting(c, tab))).doesNotContain("001 ERROR");
            assertThat(ids(file(c, tab))).doesNotContain("001 ERROR");
        }
        ValidationContext c24 = annual("0A", 2024, "110300");
        String tab24 = rec(c24, "1", "120", "600", -100).replace("    -100", "\t   -100");
        assertThat(ids(posting(c24, tab24))).containsExactly("001 FATAL");
    }

    @Test
    void aRightAlignedFunksjonIs010ForTheJavaReleases() {
        // k010_venstrejustert: the raw field is compared with the right-padded codes
        for (int year : new int[] {2021, 2022}) {
            ValidationContext c = annual("0A", year, "110300");
            assertThat(ids(posting(c, rec(c, "1", " 120", "600", -100)))).contains("010 ERROR");
        }
        ValidationContext c24 = annual("0A", 2024, "110300");
        assertThat(ids(posting(c24, rec(c24, "1", " 120", "600", -100)))).doesNotContain("010 ERROR");
    }

    @Test
    void in2022ARecordIsCheckedAgainstTheListsOfItsOwnSkjemaToo() {
        // k010_postens_skjema2: a 0C record in a 0A file; funksjon 120 is kommune-only, not in the 0C list
        ValidationContext c22 = annual("0A", 2022, "110300");
        String rec0C = rec(c22, "1", "120", "600", -100).replace("0A2022", "0C2022");
        assertThat(ids(file(c22, rec0C))).contains("010 ERROR");
        ValidationContext c21 = annual("0A", 2021, "110300");
        String rec0C21 = rec(c21, "1", "120", "600", -100).replace("0A2021", "0C2021");
        assertThat(ids(file(c21, rec0C21))).doesNotContain("010 ERROR");
    }

    @Test
    void controls010To013AreErrorsInEveryKvartalIn2022() {
        for (String kvartal : new String[] {"1", "2", "3", "4"}) {
            ValidationContext q22 = ctx("0AK" + kvartal, "2022", kvartal, "110300", null);
            // funksjon 999 is in no list: 010 ERROR, and the quarterly program's own drift check 020 WARNING
            assertThat(ids(posting(q22, rec(q22, "1", "999", "010", 100)))).containsExactly("010 ERROR",
                    "020 WARNING");
        }
        ValidationContext q24 = ctx("0AK1", "2024", "1", "110300", null);
        assertThat(ids(posting(q24, rec(q24, "1", "999", "010", 100)))).containsExactly("010 WARNING");
    }

    @Test
    void control075CoversArt874And875OnlyIn2022() {
        ValidationContext c22 = annual("0A", 2022, "110300");
        assertThat(ids(posting(c22, rec(c22, "1", "120", "874", 100)))).contains("075 ERROR");
        ValidationContext c24 = annual("0A", 2024, "110300");
        assertThat(ids(posting(c24, rec(c24, "1", "120", "874", 100)))).doesNotContain("075 ERROR");
    }

    @Test
    void quarterlyRunsHaveNoWholeFileControlsIn2022() {
        // a quarterly file with drift income only: 100 (no expenses) and 130/135 in 2024, nothing in 2022
        ValidationContext q22 = ctx("0AK1", "2022", "1", "110300", null);
        assertThat(ids(file(q22, rec(q22, "1", "120", "600", -100)))).isEmpty();
        ValidationContext q24 = ctx("0AK1", "2024", "1", "110300", null);
        assertThat(ids(file(q24, rec(q24, "1", "120", "600", -100)))).contains("100 WARNING");
    }

    @Test
    void control002ChecksTheFileDescriptionOnlyIn2022() {
        ValidationContext c22 = annual("0A", 2022, "110300");
        assertThat(ids(posting(c22, rec(c22, "1", "120", "010", 100)))).isEmpty();
        String annenRegion = rec(c22, "1", "120", "010", 100).replace("110300", "110400");
        assertThat(ids(posting(c22, annenRegion))).containsExactly("002 ERROR", "006 ERROR");
        String foretak = rec(c22, "1", "120", "010", 100);
        foretak = foretak.substring(0, 22) + "123456789" + foretak.substring(31);
        assertThat(ids(posting(c22, foretak))).containsExactly("002 ERROR", "008 ERROR");
        ValidationContext q22 = ctx("0AK1", "2022", "1", "110300", null);
        assertThat(ids(posting(q22, rec(q22, "1", "120", "010", 100).replace("110300", "110400"))))
                .containsExactly("006 ERROR");
        ValidationContext c23 = annual("0A", 2023, "110300");
        assertThat(ids(posting(c23, rec(c23, "1", "120", "010", 100).replace("110300", "110400"))))
                .containsExactly("006 ERROR");
    }

    @Test
    void sumPresenceControlsNeedNoRecordsOfTheirKindIn2022() {
        // a 0A file with one drift expense: no investering records, no income
        ValidationContext c22 = annual("0A", 2022, "110300");
        assertThat(ids(file(c22, rec(c22, "1", "120", "010", 100))))
                .contains("085 ERROR", "090 ERROR", "105 ERROR", "130 ERROR", "135 ERROR");
        ValidationContext c24 = annual("0A", 2024, "110300");
        assertThat(ids(file(c24, rec(c24, "1", "120", "010", 100))))
                .doesNotContain("085 ERROR", "090 ERROR");
        // 0K has no 100/105 in that release, Oslo bydeler none of them
        ValidationContext k22 = ctx("0K", "2022", " ", "460000", "987654322");
        assertThat(ids(file(k22, rec(k22, "4", "120", "010", 100)))).doesNotContain("100 ERROR", "105 ERROR");
        ValidationContext bydel = annual("0A", 2022, "030101");
        assertThat(ids(file(bydel, rec(bydel, "1", "120", "010", 100)))).doesNotContain("085 ERROR", "090 ERROR");
    }

    @Test
    void balanceControlsAsTheJavaReleaseIn2022() {
        // a 0B file with one passiva record: no aktiva (115) and a difference (125); 2024 reports 115 only with aktiva
        // records and 125 for either reason
        ValidationContext b22 = annual("0B", 2022, "110300");
        assertThat(ids(file(b22, rec(b22, "2", "31", "000", -100)))).containsExactly("115 ERROR", "125 ERROR");
        ValidationContext b24 = annual("0B", 2024, "110300");
        assertThat(ids(file(b24, rec(b24, "2", "31", "000", -100)))).containsExactly("125 ERROR");
        ValidationContext g22 = ctx("0G", "2022", " ", "110300", "976993403");
        assertThat(ids(file(g22, rec(g22, "5", "31", "000", -100)))).contains("115 ERROR");
        // aktiva and passiva that balance within ±10 but with passiva >= 0 is no 125 in 2022
        assertThat(ids(file(b22, rec(b22, "2", "10", "000", 5), rec(b22, "2", "31", "000", 0))))
                .doesNotContain("125 ERROR");
    }

    @Test
    void quarterlyFylkeFilesExpectTheFylkeSkjemaIn2022() {
        ValidationContext q22 = ctx("0BK1", "2022", "1", "460000", null);
        assertThat(ids(posting(q22, rec(q22, "2", "10", "000", 100)))).contains("003 ERROR");
        assertThat(ids(posting(q22, rec(q22, "2", "10", "000", 100).replaceFirst("^0B", "0D"))))
                .doesNotContain("003 ERROR");
        ValidationContext q24 = ctx("0BK1", "2024", "1", "460000", null);
        assertThat(ids(posting(q24, rec(q24, "2", "10", "000", 100)))).doesNotContain("003 ERROR");
    }

    @Test
    void recordsCountByTheArgumentSkjemasKontoklasserIn2022() {
        // kontoklasse 5 in a 0B file: 2022 counts it nowhere (no aktiva: 115), 2024 counts it as balanse by the
        // record's skjema field
        ValidationContext b22 = annual("0B", 2022, "110300");
        assertThat(ids(file(b22, rec(b22, "5", "10", "000", 100)))).contains("009 ERROR", "115 ERROR");
        ValidationContext b24 = annual("0B", 2024, "110300");
        assertThat(ids(file(b24, rec(b24, "5", "10", "000", 100)))).contains("009 ERROR")
                .doesNotContain("115 ERROR");
    }

    @Test
    void sumControlsAreErrorsWithAKvartalArgumentAnd113DoesNotExistIn2022() {
        ValidationContext c22 = ctx("0C", "2022", "4", "500000", null);
        assertThat(ids(file(c22, rec(c22, "1", "510", "010", 100)))).contains("105 ERROR", "130 ERROR");
        ValidationContext c24 = ctx("0C", "2024", "4", "500000", null);
        assertThat(ids(file(c24, rec(c24, "1", "510", "010", 100)))).contains("105 WARNING", "130 WARNING");
        ValidationContext f22 = ctx("0F", "2022", " ", "110300", "976993403");
        assertThat(ids(file(f22, rec(f22, "3", "041", "010", 100)))).doesNotContain("113 ERROR");
        ValidationContext f24 = ctx("0F", "2024", " ", "110300", "976993403");
        assertThat(ids(file(f24, rec(f24, "3", "041", "010", 100)))).contains("113 ERROR");
    }

    @Test
    void aKirkeFileStopsAfterAFileDescriptionErrorIn2022() {
        ValidationContext f22 = ctx("0F", "2022", " ", "110300", "976993403");
        String annenRegion = rec(f22, "3", "041", "010", 100).replace("110300", "110400");
        assertThat(ids(posting(f22, annenRegion))).containsExactly("002 ERROR");
        assertThat(ids(file(f22, annenRegion))).containsExactly("002 ERROR");
        ValidationContext a22 = annual("0A", 2022, "110300");
        assertThat(ids(posting(a22, rec(a22, "1", "120", "010", 100).replace("110300", "110400"))))
                .containsExactly("002 ERROR", "006 ERROR");
    }

    @Test
    void zeroAmountRecordsGoThroughTheFieldControlsFirstIn2022() {
        ValidationContext c22 = annual("0A", 2022, "110300");
        String kk9 = rec(c22, "9", "120", "010", 0);
        assertThat(ids(posting(c22, kk9))).containsExactly("009 ERROR");
        // dropped after them: no combination control, no sums from it
        assertThat(ids(posting(c22, rec(c22, "1", "841", "010", 0)))).isEmpty();
        ValidationContext q22 = ctx("0AK1", "2022", "1", "110300", null);
        assertThat(ids(posting(q22, rec(q22, "1", "999", "010", 0)))).isEmpty();
        assertThat(ids(posting(q22, rec(q22, "9", "999", "010", 0)))).containsExactly("009 ERROR");
        ValidationContext c24 = annual("0A", 2024, "110300");
        assertThat(ids(posting(c24, rec(c24, "9", "120", "010", 0)))).isEmpty();
    }

    @Test
    void aLeftAlignedAmountIsValidIn2022() {
        ValidationContext c22 = annual("0A", 2022, "110300");
        String venstre = rec(c22, "1", "120", "010", 100);
        venstre = venstre.substring(0, 39) + "-23      ";
        assertThat(ids(posting(c22, venstre))).isEmpty();
        ValidationContext c24 = annual("0A", 2024, "110300");
        String venstre24 = rec(c24, "1", "120", "010", 100);
        assertThat(ids(posting(c24, venstre24.substring(0, 39) + "-23      "))).containsExactly("014 ERROR");
    }

    @Test
    void control110ReportsOnlyADifferenceIn2022() {
        // expenses of 20 without income: within ±30, so no 110 in 2022; 2024 also wants income
        ValidationContext c22 = annual("0A", 2022, "110300");
        assertThat(ids(file(c22, rec(c22, "1", "120", "010", 20)))).doesNotContain("110 ERROR");
        ValidationContext c24 = annual("0A", 2024, "110300");
        assertThat(ids(file(c24, rec(c24, "1", "120", "010", 20)))).contains("110 ERROR");
    }

    @Test
    void control190IsInformationIn2022() {
        assertThat(no.kommunefakta.posting.rule.Utgave.forAar(2022).k190Alvorlighet()).isEqualTo(Severity.INFO);
        assertThat(no.kommunefakta.posting.rule.Utgave.forAar(2024).k190Alvorlighet()).isEqualTo(Severity.WARNING);
    }
}

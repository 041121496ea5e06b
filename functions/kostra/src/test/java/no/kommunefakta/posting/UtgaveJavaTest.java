package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.of;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.kommunefakta.posting.rule.Utgave;

/**
 * The settings of {@code utgaver.csv} that model the Java releases judging 2020-2022 data (af804339, 7341abfd,
 * e3b33ddc) in the kinds the conformance README lists for issue 20: the quarterly program's own checks and art list,
 * sums over every record, zero amounts read as integers, the orgnr list in 008, the verdict of INFO, empty files, and
 * the line-less findings of 015 and 200. Each against a Kotlin release (2023 or 2024) that does otherwise.
 */
class UtgaveJavaTest {

    private static final int[] JAVA = {2020, 2021, 2022};

    private static ValidationContext kvartal(String skjema, int year, String kvartal, String region) {
        return ctx(skjema + kvartal, Integer.toString(year), kvartal, region, Poster.BLANK);
    }

    @Test
    void theQuarterlyProgramHasOnlyItsFieldControlsAndThreeListChecks() {
        assertThat(Utgave.forAar(2022).kvartalKontroller()).containsExactlyInAnyOrder("003", "004", "005", "006",
                "007", "008", "009", "010", "011", "012", "013", "014", "020", "025", "050");
        assertThat(Utgave.forAar(2024).kvartalKontroller()).isEmpty();
        for (int year : JAVA) {
            ValidationContext q = kvartal("0AK", year, "3", "110300");
            // funksjon 999 and art 271 are in no quarterly list: 010 and 012 ERROR, 020 and 025 WARNING in any kvartal
            assertThat(ids(posting(q, rec(q, "1", "999", "271", 100))))
                    .as("%d", year).containsExactly("010 ERROR", "012 ERROR", "020 WARNING", "025 WARNING");
            // art 870 (skatt) is valid in the list but not in investering: 050 WARNING, no 075 (no such control)
            assertThat(ids(posting(q, rec(q, "0", "100", "870", 100)))).as("%d", year).containsExactly("050 WARNING");
            // kapittel 5900 with the wrong sign: 016 does not exist in the quarterly program
            ValidationContext b = kvartal("0BK", year, "3", "110300");
            assertThat(ids(posting(b, rec(b, "2", "5900", "000", 100)))).as("%d", year).isEmpty();
        }
        ValidationContext q24 = kvartal("0AK", 2024, "3", "110300");
        assertThat(ids(posting(q24, rec(q24, "1", "999", "271", 100)))).containsExactly("010 WARNING");
    }

    @Test
    void theQuarterlyArtListHasTheOsloArterForOsloAndItsBydeler() {
        for (String region : List.of("030100", "030105", "030199")) {
            ValidationContext q = kvartal("0AK", 2022, "1", region);
            assertThat(ids(posting(q, rec(q, "1", "120", "298", 100)))).as(region).isEmpty();
        }
        ValidationContext q = kvartal("0AK", 2022, "1", "110300");
        assertThat(ids(posting(q, rec(q, "1", "120", "298", 100)))).containsExactly("012 ERROR", "025 WARNING");
        // 874 is in the 2020/2021 list, 871 only in 2022's
        ValidationContext q21 = kvartal("0AK", 2021, "1", "110300");
        assertThat(ids(posting(q21, rec(q21, "1", "800", "874", -100)))).isEmpty();
        assertThat(ids(posting(q21, rec(q21, "1", "800", "871", -100)))).contains("012 ERROR");
        assertThat(ids(posting(q, rec(q, "1", "800", "871", -100)))).isEmpty();
    }

    @Test
    void aQuarterlyFileForARegionEndingIn0000UsesTheFylkeLists() {
        // 0AK with region 500000 is judged as 0CK: kommune funksjon 120 is invalid, fylke funksjon 510 valid
        ValidationContext q = kvartal("0AK", 2022, "2", "500000");
        assertThat(ids(posting(q, rec(q, "1", "120", "010", 100))))
                .containsExactly("003 ERROR", "010 ERROR", "020 WARNING");
        assertThat(ids(posting(q, rec(q, "1", "510", "010", 100)))).containsExactly("003 ERROR");
        ValidationContext q24 = kvartal("0AK", 2024, "2", "500000");
        assertThat(ids(posting(q24, rec(q24, "1", "120", "010", 100)))).isEmpty();
    }

    @Test
    void aBelopThatReadsAsZeroIsAZeroAmountRecord() {
        // 2022: "-0" and "000" are dropped after 009, so the invalid funksjon is not reported
        ValidationContext q = kvartal("0CK", 2022, "1", "500000");
        for (String belop : List.of("-0", "000", "+0")) {
            assertThat(ids(posting(q, rec(q, "0", "386", "155", belop)))).as(belop).isEmpty();
        }
        ValidationContext q24 = kvartal("0CK", 2024, "1", "500000");
        assertThat(ids(posting(q24, rec(q24, "0", "386", "155", "-0")))).contains("010 WARNING");
    }

    @Test
    void control008AcceptsAnyOrgnrOfACommaSeparatedArgument() {
        for (int year : JAVA) {
            ValidationContext c = ctx("0A", Integer.toString(year), " ", "110300", "964338531,817920632");
            String r = rec(annual("0A", year, "110300"), "1", "120", "600", -100);
            String medForetak = r.substring(0, 13) + "964338531" + "817920632" + r.substring(31);
            assertThat(ids(file(c, medForetak))).as("%d", year).doesNotContain("007 ERROR", "008 ERROR");
        }
    }

    @Test
    void theDifferenceControlsSumEveryRecordOfTheKontoklasse() {
        // a drift record of Oslo bydel 030116 in a file of 110300: counted by 110 in the Java releases
        for (int year : JAVA) {
            ValidationContext c = annual("0A", year, "110300");
            String bydel = rec(c, "1", "120", "010", 5000).replace("110300", "030116");
            assertThat(ids(file(c, bydel))).as("%d", year).contains("110 ERROR");
        }
        ValidationContext c24 = annual("0A", 2024, "110300");
        assertThat(ids(file(c24, rec(c24, "1", "120", "010", 5000).replace("110300", "030116"))))
                .doesNotContain("110 ERROR");
        // kirke: 095 for the 0F argument whatever the region
        ValidationContext k = annual("0F", 2022, "030115");
        assertThat(ids(file(k, rec(k, "4", "041", "010", 5000)))).contains("095 ERROR");
    }

    @Test
    void aRunWhoseWorstFindingIsInfoIsOk() {
        for (int year : JAVA) {
            assertThat(Utgave.forAar(year).infoDom()).isEqualTo(Severity.OK);
        }
        ValidationContext c = ctx("0K", "2022", "2", "030000", "795749488");
        ValidationResult r = file(c, rec(c, "3", "529", "909", 0));
        assertThat(ids(r)).containsExactly("145 INFO", "150 INFO");
        assertThat(r.verdict()).isEqualTo(Severity.OK);
        ValidationContext c24 = annual("0A", 2024, "110300");
        assertThat(posting(c24, rec(c24, "1", "120", "285", 100)).verdict()).isEqualTo(Severity.INFO);
    }

    @Test
    void illogicalCombinationsAreInfoInTheAnnualJavaPrograms() {
        for (int year : new int[] {2021, 2022}) {
            ValidationContext c = annual("0A", year, "110300");
            assertThat(ids(posting(c, rec(c, "0", "121", "230", 100)))).as("%d", year).contains("045 INFO");
            assertThat(ids(posting(c, rec(c, "1", "120", "285", 100)))).as("%d", year).contains("030 INFO");
            assertThat(ids(posting(c, rec(c, "0", "120", "620", -100)))).as("%d", year).contains("055 INFO");
        }
    }

    @Test
    void kirkeInternalTransfersAndOverforingerSumEveryRecord() {
        // art 380 on funksjon 100 (not 041-045) and a bydel region: 210 and the Java releases count it
        for (int year : JAVA) {
            ValidationContext k = ctx("0F", Integer.toString(year), " ", "030107", "964338531");
            String r = rec(k, "3", "100", "380", 5000);
            assertThat(ids(file(k, r))).as("%d", year).contains("210 ERROR");
            String overforing = rec(k, "3", "043", "570", 44);
            assertThat(ids(file(k, overforing))).as("%d", year).contains("140 ERROR");
        }
        ValidationContext k24 = ctx("0F", "2024", " ", "030107", "964338531");
        assertThat(ids(file(k24, rec(k24, "3", "100", "380", 5000)))).doesNotContain("210 ERROR");
    }

    @Test
    void the2022QuarterlyProgramNumbers014AmongTheRecordsLeftAfterTheZeroAmounts() {
        ValidationContext q = kvartal("0AK", 2022, "1", "110300");
        String zero = rec(q, "1", "120", "010", 0);
        String plus = rec(q, "1", "120", "010", "+100");
        assertThat(of(file(q, zero, zero, plus), "014").get(0).lines()).containsExactly(1);
        ValidationContext q21 = kvartal("0AK", 2021, "1", "110300");
        String zero21 = rec(q21, "1", "120", "010", 0);
        String plus21 = rec(q21, "1", "120", "010", "+100");
        assertThat(of(file(q21, zero21, zero21, plus21), "014").get(0).lines()).containsExactly(3);
    }

    @Test
    void theOsloFunksjonerAreOnlyFor0A0IAnd0MInTheJavaReleases() {
        ValidationContext c21 = annual("0C", 2021, "030101");
        assertThat(ids(posting(c21, rec(c21, "0", "694", "200", 6)))).contains("010 ERROR");
        ValidationContext a21 = annual("0A", 2021, "030101");
        assertThat(ids(posting(a21, rec(a21, "0", "694", "200", 6)))).doesNotContain("010 ERROR");
    }

    @Test
    void anEmptyFileIsJudgedByTheControlsIn2021And2022AndIs001In2020() {
        for (int year : new int[] {2021, 2022}) {
            ValidationResult q = file(kvartal("0DK", year, "1", "550000"), "");
            assertThat(q.verdict()).as("%d", year).isEqualTo(Severity.OK);
            assertThat(q.findings()).isEmpty();
            assertThat(ids(file(annual("0B", year, "110300"), ""))).containsExactly("115 ERROR", "120 ERROR");
        }
        ValidationResult r20 = file(annual("0M", 2020, "460100"), "");
        assertThat(ids(r20)).containsExactly("001 ERROR");
        assertThat(r20.findings().get(0).lines()).isEmpty();
        ValidationResult r24 = file(annual("0M", 2024, "460100"), "");
        assertThat(r24.verdict()).isEqualTo(Severity.ERROR);
        assertThat(r24.findings()).isEmpty();
    }

    @Test
    void duplicatesAndFunksjon089AreReportedWithoutLinesIn2022() {
        ValidationContext c = annual("0N", 2022, "110300");
        String d = rec(c, "2", "24", "320", 826);
        List<Finding> dubletter = of(file(c, d, d), "015");
        assertThat(dubletter).hasSize(1);
        assertThat(dubletter.get(0).lines()).isEmpty();
        ValidationContext c24 = annual("0N", 2024, "110300");
        String d24 = rec(c24, "2", "24", "320", 826);
        assertThat(of(file(c24, d24, d24), "015").get(0).lines()).containsExactly(1, 2);
        ValidationContext k = ctx("0F", "2022", " ", "000000", "817920632");
        List<Finding> f089 = of(file(k, rec(k, "3", "089", "705", 100)), "200");
        assertThat(f089).hasSize(1);
        assertThat(f089.get(0).lines()).isEmpty();
    }

    @Test
    void control001IsOneFindingNamingEveryBadLineInTheJavaReleases() {
        for (int year : JAVA) {
            ValidationContext c = annual("0A", year, "110300");
            String ok = rec(c, "1", "120", "010", 100);
            List<Finding> f001 = of(file(c, ok, ok.substring(0, 40), ok, ok + " "), "001");
            assertThat(f001).as("%d", year).hasSize(1);
            assertThat(f001.get(0).lines()).containsExactly(2, 4);
        }
        ValidationContext c24 = annual("0A", 2024, "110300");
        String ok24 = rec(c24, "1", "120", "010", 100);
        assertThat(of(file(c24, ok24, ok24.substring(0, 40), ok24, ok24 + " "), "001")).hasSize(2);
    }

    @Test
    void aFieldControlValueOnMoreThan50LinesIsOneFindingWithoutLinesIn2021And2022() {
        for (int year : new int[] {2021, 2022}) {
            assertThat(Utgave.forAar(year).feltkontrollLinjerMaks()).isEqualTo(50);
            ValidationContext c = annual("0A", year, "110300");
            String feilRegion = rec(c, "1", "120", "010", 100).replace("110300", "110400");
            String annen = rec(c, "1", "120", "010", 100).replace("110300", "110500");
            List<Finding> f006 = of(file(c, java.util.Collections.nCopies(51, feilRegion).toArray(String[]::new)), "006");
            assertThat(f006).as("%d", year).hasSize(1);
            assertThat(f006.get(0).lines()).isEmpty();
            String[] femti = java.util.stream.Stream.concat(java.util.Collections.nCopies(50, feilRegion).stream(),
                    java.util.stream.Stream.of(annen)).toArray(String[]::new);
            assertThat(of(file(c, femti), "006")).as("%d", year).hasSize(51)
                    .allSatisfy(f -> assertThat(f.lines()).hasSize(1));
        }
        assertThat(Utgave.forAar(2020).feltkontrollLinjerMaks()).isZero();
        ValidationContext c24 = annual("0A", 2024, "110300");
        String feil24 = rec(c24, "1", "120", "010", 100).replace("110300", "110400");
        assertThat(of(file(c24, java.util.Collections.nCopies(51, feil24).toArray(String[]::new)), "006")).hasSize(51);
    }

    @Test
    void theJavaReleasesHaveNoControl126Or127() {
        for (int year : JAVA) {
            assertThat(Utgave.forAar(year).k126()).isFalse();
            ValidationContext c = annual("0M", year, "030100");
            assertThat(ids(file(c, rec(c, "3", "515", "798", 1070)))).as("%d", year).doesNotContain("126 ERROR",
                    "126 WARNING");
        }
        ValidationContext c24 = annual("0M", 2024, "030100");
        assertThat(Utgave.forAar(2024).k126()).isTrue();
        assertThat(ids(file(c24, rec(c24, "3", "515", "798", 1070)))).anyMatch(id -> id.startsWith("126 "));
    }

    @Test
    void kirkeControl143SumsEveryFunksjonInTheJavaReleases() {
        for (int year : JAVA) {
            ValidationContext k = ctx("0F", Integer.toString(year), " ", "460000", "817920632");
            assertThat(ids(file(k, rec(k, "3", "200", "590", -300209)))).as("%d", year).contains("143 ERROR");
        }
        ValidationContext k24 = ctx("0F", "2024", " ", "460000", "817920632");
        assertThat(ids(file(k24, rec(k24, "3", "200", "590", -300209)))).doesNotContain("143 ERROR");
    }

    @Test
    void theQuarterlyOsloFunksjonerAreOnlyFor0AInTheJavaReleases() {
        for (int year : JAVA) {
            ValidationContext q = kvartal("0CK", year, "2", "030100");
            assertThat(ids(posting(q, rec(q, "0", "693", "120", -1439)))).as("%d", year).contains("010 ERROR");
            ValidationContext a = kvartal("0AK", year, "2", "030100");
            assertThat(ids(posting(a, rec(a, "0", "693", "120", -1439)))).as("%d", year).doesNotContain("010 ERROR");
        }
        ValidationContext q24 = kvartal("0CK", 2024, "2", "030100");
        assertThat(ids(posting(q24, rec(q24, "0", "693", "120", -1439)))).doesNotContain("010 ERROR", "010 WARNING");
    }

    @Test
    void combinationControlsCompareTheRawFunksjonFieldInTheJavaReleases() {
        for (int year : new int[] {2021, 2022}) {
            ValidationContext c = annual("0A", year, "030107");
            // " 899" with art Z: not funksjon 899 for 065 (raw "899 " only); 010 and 012 report the codes themselves
            assertThat(ids(posting(c, rec(c, "0", " 899", "Z  ", 16975)))).as("%d", year).doesNotContain("065 ERROR");
            ValidationContext p = annual("0P", year, "550000");
            assertThat(ids(posting(p, rec(p, "4", " 860", "000", 15745)))).as("%d", year).doesNotContain("040 ERROR");
            assertThat(ids(posting(p, rec(p, "4", " 471", "z  ", -11)))).as("%d", year).doesNotContain("045 INFO");
            // left-aligned, they are the release's codes
            assertThat(ids(posting(p, rec(p, "4", "860", "000", 15745)))).as("%d", year).contains("040 ERROR");
        }
        ValidationContext c24 = annual("0A", 2024, "030107");
        assertThat(ids(posting(c24, rec(c24, "0", " 899", "Z  ", 16975)))).anyMatch(id -> id.startsWith("065 "));
    }

    @Test
    void kirkeInternalTransfersRunOnlyForThe0FArgument() {
        for (int year : new int[] {2021, 2022}) {
            ValidationContext g = ctx("0G", Integer.toString(year), " ", "180400", "560858755");
            assertThat(ids(file(g, rec(g, "0", "5900", "465", 1133)))).as("%d", year).doesNotContain("220 ERROR");
            ValidationContext f = ctx("0F", Integer.toString(year), " ", "180400", "560858755");
            assertThat(ids(file(f, rec(f, "3", "100", "465", 1133)))).as("%d", year).contains("220 ERROR");
        }
    }
}

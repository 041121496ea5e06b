package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import no.kommunefakta.posting.rule.Pakkekontroller;
import no.kommunefakta.posting.rule.Utgave;
import org.junit.jupiter.api.Test;

/**
 * The whole-file controls of the 2018 (71ddb528) and 2019 (eea71d70) per-skjema packages, as
 * {@code filkontroller-pakker.csv} and the {@code utgaver.csv} columns {@code tom_fil}, {@code k200_*} and
 * {@code belop_avbryter} give them: one test per step of the conformance README ("2018 and 2019"), with the package
 * class whose behaviour it shows.
 */
class Filkontroller2018Test {

    private static final Set<String> FIL = Set.of("085", "090", "095", "100", "105", "110", "113", "115", "120", "125",
            "130", "135", "143", "145", "150", "155", "160", "165", "190", "200");

    /** "control severity" of the whole-file findings (and 200), sorted. */
    private static List<String> fil(ValidationResult r) {
        return ids(r).stream().filter(id -> FIL.contains(id.substring(0, 3))).toList();
    }

    @Test
    void the0APackageSumsOnlyWhenARecordWasSummedAndSkipsTheOsloBydeler() {
        // regn0A/ControlSummering: kontoklasse 0/1, funksjon 100-899, art 10-590 / 600-990, ±30, and foundError only
        // when a record was added to one of its sums (lineControlled); a record of 0301xx (xx not 00) adds nothing
        ValidationContext c = annual("0A", 2019, "110300");
        assertThat(fil(file(c, rec(c, "1", "120", "010", 100), rec(c, "1", "800", "870", -100))))
                .containsExactly("085 ERROR", "090 ERROR");
        assertThat(fil(file(c, rec(c, "1", "120", "010", 100)))).contains("085 ERROR", "090 ERROR", "105 ERROR",
                "110 ERROR").doesNotContain("100 ERROR", "095 ERROR");
        // a balance record alone (kontoklasse 2) is in none of the sums: no summation finding at all
        assertThat(fil(file(c, rec(c, "2", "10", "000", 100))))
                .noneMatch(id -> id.compareTo("085") >= 0 && id.compareTo("111") < 0);
        ValidationContext bydel = annual("0A", 2019, "030101");
        assertThat(fil(file(bydel, rec(bydel, "1", "120", "010", 100))))
                .noneMatch(id -> id.compareTo("085") >= 0 && id.compareTo("111") < 0);
        // a zero amount is summed too (the packages drop no record): it opens the gate
        assertThat(fil(file(c, rec(c, "1", "120", "010", 0)))).contains("085 ERROR", "100 ERROR");
    }

    @Test
    void eachPackageHasItsOwnSumsAndGates() {
        // regn0C: funksjon 400-899, investering utgifter only when such a record exists (field_12_3_isFound), the
        // others always; a funksjon below 400 is in no sum
        ValidationContext c = annual("0C", 2019, "500000");
        assertThat(fil(file(c, rec(c, "1", "400", "010", 100))))
                .contains("090 ERROR", "105 ERROR", "110 ERROR").doesNotContain("085 ERROR", "100 ERROR");
        assertThat(fil(file(c, rec(c, "0", "400", "010", -5), rec(c, "1", "120", "010", 100))))
                .contains("085 ERROR", "100 ERROR");
        // regn0I: no investering presence checks (12.3/12.4 switched off), drift always
        ValidationContext i = annual("0I", 2019, "110300");
        assertThat(fil(file(i, rec(i, "4", "120", "010", 100)))).contains("095 ERROR", "100 ERROR", "105 ERROR")
                .doesNotContain("085 ERROR", "090 ERROR");
        // regn0B: kapittel 10-27 aktiva, 31-5990 passiva (a memoria kapittel is neither), ±10
        ValidationContext b = annual("0B", 2019, "110300");
        assertThat(fil(file(b, rec(b, "2", "10", "000", 100), rec(b, "2", "9200", "000", 500))))
                .contains("120 ERROR", "125 ERROR").doesNotContain("115 ERROR");
        assertThat(fil(file(b, rec(b, "2", "10", "000", 10), rec(b, "2", "31", "000", -20))))
                .doesNotContain("115 ERROR", "120 ERROR", "125 ERROR");
        // regn0J: only the difference, kapittel 10-28 / 31-5990: a memoria record alone is no difference
        ValidationContext j = annual("0J", 2018, "110300");
        assertThat(fil(file(j, rec(j, "5", "9200", "499", 3054)))).doesNotContain("125 ERROR");
        assertThat(fil(file(j, rec(j, "5", "28", "000", 3054)))).contains("125 ERROR")
                .doesNotContain("115 ERROR", "120 ERROR");
        // regn0F: funksjon 041-045 and 089; 113 from art 830 on funksjon 041-089
        ValidationContext f = annual("0F", 2019, "110300");
        assertThat(fil(file(f, rec(f, "3", "041", "010", 100), rec(f, "3", "041", "830", -100))))
                .doesNotContain("100 ERROR", "105 ERROR", "110 ERROR", "113 ERROR");
        // the table decides these controls only for the Java packages
        assertThat(Pakkekontroller.styrer(Utgave.forAar(2019), "125")).isTrue();
        assertThat(Pakkekontroller.styrer(Utgave.forAar(2020), "125")).isFalse();
    }

    @Test
    void avskrivningerAndSkatteinntekterPerPackage() {
        // regn0C/ControlAvskrivinger: 590 on 400-899 against 990 on 860 within ±30; motpost missing when its sum is 0
        ValidationContext c = annual("0C", 2019, "500000");
        String drift = rec(c, "1", "400", "010", 1000);
        String skatt = rec(c, "1", "800", "870", -1000);
        assertThat(fil(file(c, drift, skatt, rec(c, "1", "400", "590", 100), rec(c, "1", "860", "990", -100))))
                .doesNotContain("145 ERROR", "155 ERROR", "130 ERROR");
        assertThat(fil(file(c, drift, skatt, rec(c, "1", "400", "590", 100))))
                .contains("145 ERROR", "155 ERROR");
        // regn0C/ControlSkatteinntekter: 130 when no record 1/800/870 (not by its sum); no 135 in any package
        assertThat(fil(file(c, drift))).contains("130 ERROR").doesNotContain("135 ERROR");
        // regn0I: motpost missing only when a motpost record was found (field_16_1_b_isFound)
        ValidationContext i = annual("0I", 2019, "110300");
        assertThat(fil(file(i, rec(i, "3", "120", "010", 100)))).doesNotContain("145 ERROR");
        assertThat(fil(file(i, rec(i, "3", "120", "010", 100), rec(i, "3", "860", "990", 0))))
                .contains("145 ERROR");
        // regn0A: 130 by the sum of 1/800/870 (>= 0), switched off by any record of an Oslo bydel or Longyearbyen
        ValidationContext a = annual("0A", 2019, "110300");
        assertThat(fil(file(a, rec(a, "1", "120", "010", 100)))).contains("130 ERROR");
        ValidationContext oslo = annual("0A", 2019, "030100");
        assertThat(fil(file(oslo, rec(oslo, "1", "120", "010", 100),
                rec(oslo, "1", "120", "010", 5).replace("030100", "030105")))).doesNotContain("130 ERROR");
    }

    @Test
    void anEmptyFileRunsTheControlsAndIsAnErrorWithoutFindingsWhenNoneReports() {
        // Main.start: the controls judge no record; "Finner ingen data!" (CRITICAL) when none found an error
        ValidationContext p = annual("0P", 2019, "500000");
        ValidationResult tom = file(p);
        assertThat(tom.verdict()).isEqualTo(Severity.ERROR);
        assertThat(fil(tom)).containsExactly("090 ERROR", "100 ERROR", "105 ERROR", "130 ERROR", "145 ERROR");
        ValidationResult j = file(annual("0J", 2019, "110300"));
        assertThat(j.verdict()).isEqualTo(Severity.ERROR);
        assertThat(j.findings()).isEmpty();
    }

    @Test
    void control200IsTheKirkePackagesFunksjon089Check() {
        // regn0F/ControlFunksjon089: kontoklasse 3 or 4, art outside 500-580, 830, 900-980; ERROR in 2018, WARNING
        // (NORMAL_ERROR) in 2019; another kontoklasse or an art that is no number is not checked
        ValidationContext f19 = annual("0F", 2019, "110300");
        assertThat(fil(posting(f19, rec(f19, "3", "089", "185", 10)))).contains("200 WARNING");
        assertThat(fil(posting(f19, rec(f19, "3", "089", "912", 10)))).doesNotContain("200 WARNING");
        assertThat(fil(posting(f19, rec(f19, "0", "089", "185", 10)))).doesNotContain("200 WARNING", "200 ERROR");
        assertThat(fil(posting(f19, rec(f19, "3", "089", "x10", 10)))).doesNotContain("200 WARNING");
        ValidationContext f18 = annual("0F", 2018, "110300");
        assertThat(fil(posting(f18, rec(f18, "4", "089", "185", 10)))).contains("200 ERROR");
    }

    @Test
    void control190SumsThePackagesMemoriaKapitler() {
        // regn0J/ControlMemoriakonti, regn0B/ControlMemoria: 9100, 9110, 9200, 9999 (2018 0L: not 9110), ±10, WARNING
        ValidationContext j = annual("0J", 2018, "110300");
        assertThat(fil(file(j, rec(j, "5", "9200", "000", 100)))).contains("190 WARNING");
        ValidationContext l = annual("0L", 2018, "500000");
        assertThat(fil(file(l, rec(l, "5", "9110", "000", 100)))).doesNotContain("190 WARNING");
        ValidationContext b = annual("0B", 2019, "110300");
        assertThat(fil(file(b, rec(b, "2", "9110", "000", 100)))).contains("190 WARNING");
        assertThat(fil(file(b, rec(b, "2", "9110", "000", 9)))).doesNotContain("190 WARNING");
    }

    @Test
    void aBelopThatIsNoIntegerStopsTheBevilgningPackagesRun() {
        // regn0A/Control23a, regn0C/Control22a, regn0I/Control24a: Integer.parseInt of every record's belop (the text
        // after the field's last blank) outside a try; the CLI turns the exception into exit 254, no report
        ValidationContext a = annual("0A", 2019, "110300");
        String blankTilSlutt = rec(a, "1", "120", "010", "12       ");
        assertThat(file(a, rec(a, "1", "120", "010", 100), blankTilSlutt).verdict()).isEqualTo(Severity.FATAL);
        assertThat(file(a, rec(a, "1", "120", "010", 100), blankTilSlutt).findings()).isEmpty();
        assertThat(posting(a, blankTilSlutt).verdict()).isEqualTo(Severity.FATAL);
        assertThat(posting(a, blankTilSlutt).findings()).isEmpty();
        // "1 0" reads as 0 there: no stop; the balance packages catch the exception
        assertThat(file(a, rec(a, "1", "120", "010", "      1 0")).verdict()).isNotEqualTo(Severity.FATAL);
        ValidationContext b = annual("0B", 2019, "110300");
        assertThat(file(b, rec(b, "2", "10", "000", "12       ")).verdict()).isNotEqualTo(Severity.FATAL);
        assertThat(Utgave.forAar(2020).belopAvbryter(no.kommunefakta.kostra.Skjema.of("0A").orElseThrow()))
                .isFalse();
    }

    @Test
    void theArt490ChecksKeepTheirPackagesTitles() {
        // regn0A/Control490, regn0C/ControlArt490 (any kontoklasse and funksjon), regn0I/Control490 (kontoklasse 3/4,
        // funksjon 100-899): the sum of art 490 must be 0; no number in our numbering, so the package's own title
        ValidationContext a = annual("0A", 2019, "110300");
        assertThat(ids(file(a, rec(a, "1", "120", "490", 10)))).contains("0A Kontroll 19, art 490 ERROR");
        assertThat(ids(file(a, rec(a, "1", "120", "490", 10), rec(a, "0", "xyz", "490", -10))))
                .doesNotContain("0A Kontroll 19, art 490 ERROR");
        ValidationContext i = annual("0I", 2018, "110300");
        assertThat(ids(file(i, rec(i, "3", "120", "490", 10)))).contains("0I Kontroll 21, art 490 ERROR");
        assertThat(ids(file(i, rec(i, "1", "120", "490", 10)))).doesNotContain("0I Kontroll 21, art 490 ERROR");
        // a whole-file finding: not among a single posting's findings, and no other release has it
        assertThat(ids(posting(a, rec(a, "1", "120", "490", 10)))).noneMatch(id -> id.contains("art 490"));
        ValidationContext a20 = annual("0A", 2020, "110300");
        assertThat(ids(file(a20, rec(a20, "1", "120", "490", 10)))).noneMatch(id -> id.contains("art 490"));
    }
}

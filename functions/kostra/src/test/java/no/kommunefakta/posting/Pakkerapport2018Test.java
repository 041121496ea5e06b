package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.of;
import static no.kommunefakta.posting.Poster.posting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How the 2018 and 2019 packages (per-skjema programs) report (data: {@code pakkerapporter.csv}, and the 007 orgnr
 * rule of {@code pakker.csv}), each with a case of the conformance corpus.
 */
class Pakkerapport2018Test {

    @Test
    void aBlankOrgnrIsNineSpacesExactly() {
        // ControlOrgNummer: orgNum.equalsIgnoreCase("         "): a TAB in the field is not blank (P2018-19435 regn0C,
        // CRITICAL_ERROR; P2019-1725 regn0Bkvartal, NORMAL_ERROR)
        ValidationContext c = Poster.ctx("0C", "2018", " ", "150000", Poster.BLANK);
        assertThat(ids(posting(c, "0C2018 150000       \t          1170 775     1183"))).contains("007 ERROR");
        assertThat(ids(posting(c, "0C2018 150000                  1170 775     1183"))).doesNotContain("007 ERROR");
        ValidationContext bk = Poster.ctx("0BK1", "2019", "1", "211100", Poster.BLANK);
        assertThat(ids(posting(bk, "0B20191211100       \t          25990000      395"))).contains("007 WARNING");
    }

    @Test
    void theQuarterlyAndKirkePackagesWantOneOrgnrForTheWholeFile() {
        // regnskap/ControlOrgNr (0AK-0DK, 0F, 0G; CRITICAL_ERROR): every record must carry the first record's orgnr
        // field; the others are named (F2018-490: line 6 also gets regn0Bkvartal's own 007 WARNING)
        ValidationContext bk = Poster.ctx("0BK3", "2018", "3", "030100", Poster.BLANK);
        ValidationResult r = file(bk,
                "0B20183030100                  210  395      1,5",
                "0B20183030100                  29100430     -743",
                "0B20183030100                  2532 ZZZ      970",
                "0B20183030100                  2532 ZZZ      970",
                "0B20183030100                  2520 350    -1242",
                "0B20183030100964338531         216  890        0",
                "0B20183030100                  6480 499    -4741");
        assertThat(r.verdict()).isEqualTo(Severity.ERROR);
        assertThat(of(r, "007")).extracting(Finding::severity, Finding::lines).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, List.of(6)),
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, List.of(6)));
        // the annual kommune packages do not run it (commented out in their initControls)
        ValidationContext b = Poster.annual("0B", 2018, "030100");
        assertThat(of(file(b, "0B2018 030100                  210  395     1000",
                "0B2018 030100964338531         216  890     1000"), "007"))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void theQuarterlyPackagesReportDuplicatesInOneFinding() {
        // regn0Akvartal ControlDubletter (NORMAL_ERROR) runs although the quarterly packages have no sum controls;
        // kontoklasse + funksjon + art, each up to its first blank (F2018-120; line 2 has a "~" and is skipped)
        ValidationContext ak = Poster.ctx("0AK4", "2018", "4", "030115", Poster.BLANK);
        ValidationResult r = file(ak,
                "0A20184030115                  1692 120     1558",
                "0A20184030115                  1261 ~       3655",
                "0A20184030115                  1480 400     2027",
                "0A20184030115                  2570 250      238",
                "0A20184030115                  2570 250      238",
                "0A20184030115                  1392 250        0");
        assertThat(of(r, "015")).extracting(Finding::severity, Finding::lines)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, List.of(4, 5)));
    }

    @Test
    void everyDuplicateIsOneFindingWithoutLinesBeyondTenKeys() {
        // DuplicateChecker: one report naming every record of every repeated key (F2018-216, regn0F) ...
        ValidationContext f = Poster.ctx("0F", "2018", " ", "030115", "844532802");
        ValidationResult r = file(f,
                "0F2018 030115844532802         45960298      394",
                "0F2018 030115844532802         1696 450        0",
                "0F2018 030115844532802         1696 450        0",
                "0F2018 030115844532802         3089 530     -597",
                "0F2018 030115844532802         3089 710     -387",
                "0F2018 030115844532802         3089 710     -387");
        assertThat(of(r, "015")).extracting(Finding::lines).containsExactly(List.of(2, 3, 5, 6));
        // ... and none when more than ten keys repeat (as F2018-298, regn0G)
        ValidationContext g = Poster.ctx("0G", "2018", " ", "030115", "921234554");
        String[] records = new String[22];
        for (int i = 0; i < 11; i++) {
            records[2 * i] = Poster.rec(g, "5", Integer.toString(510 + i), "   ", 100 + i);
            records[2 * i + 1] = records[2 * i];
        }
        assertThat(of(file(g, records), "015")).extracting(Finding::lines).containsExactly(List.of());
    }

    @Test
    void anEntryOfMoreThanTenRecordsNamesNone() {
        // regn0Akvartal ControlKommunenummer: 030101 is no region of RegionerKvartal; 11 of 12 records (one has a "z"
        // and is skipped) make the "ukjent kommunenummer" entry, which then names no record (F2018-188)
        ValidationContext ak = Poster.ctx("0AK1", "2018", "1", "030101", Poster.BLANK);
        String[] records = new String[12];
        for (int i = 0; i < 12; i++) {
            records[i] = Poster.rec(ak, "1", "120", i == 4 ? "z  " : "010", 10 + i);
        }
        assertThat(of(file(ak, records), "006")).extracting(Finding::lines).containsExactly(List.of());
        // ten records: each named
        assertThat(of(file(ak, java.util.Arrays.copyOf(records, 11)), "006")).hasSize(10);
        // regn0Bkvartal ControlKvartal: 0BK3 with records of kvartal 2 (F2019-17)
        ValidationContext bk = Poster.ctx("0BK3", "2019", "2", "110300", Poster.BLANK);
        String[] kvartal2 = new String[11];
        for (int i = 0; i < 11; i++) {
            kvartal2[i] = "0B20192110300                  235  " + (100 + i) + "     1405";
        }
        assertThat(of(file(bk, kvartal2), "005")).extracting(Finding::lines).containsExactly(List.of());
    }

    @Test
    void noPackageHasTheOsloInternalControls() {
        // regn0A/0M Main.initControls: no check of the Oslo-internal arts 298/798 (utgaver.csv k126 nei; P2018-20706,
        // P2019-18153)
        ValidationContext a = Poster.ctx("0A", "2018", " ", "030100", "817920632");
        assertThat(ids(posting(a, "0A2018 030100                  1665 298    -1526"))).doesNotContain("126 ERROR");
        ValidationContext a19 = Poster.annual("0A", 2019, "030100");
        assertThat(ids(posting(a19, "0A2019 030100                  0329 298      -14"))).doesNotContain("127 ERROR");
        assertThat(no.kommunefakta.posting.rule.Utgave.forAar(2019).k126()).isFalse();
    }

    @Test
    void theIksListIsNotChecked() {
        // regn0I/0J ControlGyldigOrgNr (utils/OrgNrForIKS) and regn0J/0L ControlOrgNrKontoklasse are commented out in
        // their Main.initControls at both commits: any orgnr equal to the argument passes control 007
        ValidationContext i = Poster.ctx("0I", "2019", " ", "030100", "999999999");
        assertThat(ids(posting(i, "0I2019 030100999999999         1120 010      100"))).doesNotContain("007 ERROR");
        ValidationContext l = Poster.ctx("0L", "2018", " ", "500000", "999999999");
        assertThat(ids(posting(l, "0L2018 500000999999999         210  100      100"))).doesNotContain("007 ERROR");
    }

    @Test
    void theDuplicateKeyTakesTheKontoklasseAsItStands() {
        // regn0G/ControlDubletter: getKontoklasse + getFunksjon + getArt, the kontoklasse not cut at a blank, so a blank
        // kontoklasse with kapittel 55 and sektor 900 is not kontoklasse 5 with kapittel 5900 (B2019-501, D2019-0G-a/b)
        ValidationContext g = Poster.ctx("0G", "2019", " ", "460100", "976993403");
        String k5 = "0G2019 460100976993403         55900       -1121";
        String blank = "0G2019 460100976993403          55  900     1784";
        assertThat(of(file(g, k5, blank), "015")).isEmpty();
        assertThat(of(file(g, k5, blank, k5), "015")).singleElement()
                .satisfies(f -> assertThat(f.lines()).containsExactly(1, 3));
    }

    @Test
    void the2018KommunePackagesUnknownRegionStandsOnlyWithoutARecordOfAnotherRegion() {
        // 71ddb528 regn0A/ControlKommunenummer: the unknown regions are counted (foundError) but not printed, so they
        // are a finding without lines only when no record differs from the argument (G2018-0A-a/b, R2018-433)
        ValidationContext a = Poster.annual("0A", 2018, "110300");
        String egen = "0A2018 110300                  1120 010      100";
        String ukjent = "0A2018 999999                  1120 020      100";
        String annen = "0A2018 010100                  1120 030      100";
        assertThat(of(file(a, egen, ukjent, annen), "006")).extracting(Finding::lines)
                .containsOnly(List.of(3));
        assertThat(of(file(a, egen, ukjent), "006")).extracting(Finding::lines).containsOnly(List.of());
    }
}

package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import no.kommunefakta.posting.rule.Utgave;
import org.junit.jupiter.api.Test;

/**
 * The per-skjema Java programs that judge 2018 data (71ddb528, 2019-03-19) and 2019 data (eea71d70, 2020-03-23):
 * their rows of {@code utgaver.csv} name them and keep the 2024 release's settings; what they do differently and our
 * rules express is data ({@code regler.csv}, and per skjema program {@code pakker.csv}, {@code pakkelister.csv},
 * {@code pakkekombinasjoner.csv}), one test per step of the conformance README ("2018 and 2019"), measured
 * by {@link YearCorpusTest}.
 */
class Utgave2018Test {

    @Test
    void theRowsNameTheirReleases() {
        assertThat(Utgave.forAar(2018).commit()).isEqualTo("71ddb5289b91dd1b41fe91e2cdfc27cd684ce8fa");
        assertThat(Utgave.forAar(2019).commit()).isEqualTo("eea71d70db363ef6fe1b8bc82bff637bdc9ab5c0");
    }

    @Test
    void theirProgramsHaveNoSignCheckOfKapittel5900AndTheQuarterlyOnesNoFileControls() {
        // k016 nei: no "Kontroll 016" in any package; kvartal_filkontroller nei: regn0Akvartal … regn0Dkvartal have
        // no ControlSummering/ControlSkatteinntekter (only their field and combination checks and duplicates)
        for (int year : new int[] {2018, 2019}) {
            Utgave u = Utgave.forAar(year);
            assertThat(u.k016()).isFalse();
            assertThat(u.kvartalFilkontroller()).isFalse();
            ValidationContext q = Poster.ctx("0AK1", Integer.toString(year), "1", "110300", Poster.BLANK);
            assertThat(ids(file(q, rec(q, "1", "100", "010", 100)))).noneMatch(id -> id.startsWith("1"));
        }
        assertThat(Utgave.forAar(2024).kvartalFilkontroller()).isTrue();
    }

    @Test
    void the2018ReleaseRefusesARegionArgumentOutsideItsListBeforeAnyControl() {
        // ControlProgram.parseArguments: "Ugyldig regionnr." (exit 254); 460000 (Vestland) and 160100 (Trondheim
        // before 2018) are no regions of 2018, 500000 (Trøndelag) and 110300 are
        ValidationContext vestland = annual("0C", 2018, "460000");
        String record = rec(vestland, "1", "400", "010", 100);
        assertThat(file(vestland, record).verdict()).isEqualTo(Severity.FATAL);
        assertThat(ids(file(vestland, record))).containsExactly("006 FATAL");
        assertThat(ids(posting(vestland, record))).containsExactly("006 FATAL");
        assertThat(ids(posting(annual("0A", 2018, "160100"), "x"))).containsExactly("006 FATAL");
        assertThat(ids(file(annual("0C", 2018, "500000"), record.replace("460000", "500000"))))
                .doesNotContain("006 FATAL");
        // 2019: the check is commented out in eea71d70; the record's region is compared as usual
        ValidationContext v19 = annual("0C", 2019, "460000");
        assertThat(ids(file(v19, rec(v19, "1", "400", "010", 100)))).doesNotContain("006 FATAL");
    }

    @Test
    void aFileOfMixedSkjemaIsControl003AloneBeforeAnyControl() {
        // regnskap.ControlProgram.isUniform (both releases): exit 2, no control runs, no line named
        for (int year : new int[] {2018, 2019}) {
            ValidationContext c = annual("0A", year, "110300");
            String good = rec(c, "1", "100", "010", 100);
            String other = "0C" + good.substring(2);
            ValidationResult r = file(c, good, other, "x");
            assertThat(r.verdict()).isEqualTo(Severity.ERROR);
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.control()).isEqualTo("003");
                assertThat(f.lines()).isEmpty();
            });
            assertThat(ids(posting(c, other))).containsExactly("003 ERROR");
            // ignoring case: "0a" records are no mixed file (the record-level 003 of our rules still names them)
            assertThat(file(c, good.replace("0A", "0a")).findings())
                    .noneMatch(f -> f.control().equals("003") && f.lines().isEmpty());
        }
        // a quarterly 0AK argument for a fylke of RegionerKvartal is judged as 0CK: its 0A records are "mixed"
        ValidationContext q = Poster.ctx("0AK1", "2019", "1", "500000", Poster.BLANK);
        assertThat(ids(posting(q, rec(q, "1", "100", "010", 100)))).containsExactly("003 ERROR");
        ValidationContext q20 = Poster.ctx("0AK1", "2020", "1", "500000", Poster.BLANK);
        // 2020 (af804339): the record-level 003 and the other controls run on
        assertThat(ids(posting(q20, rec(q20, "1", "100", "010", 100)))).contains("003 ERROR", "010 ERROR");
    }

    @Test
    void the2018ReleaseHasNoProgramFor0MTo0Q() {
        ValidationContext c = annual("0M", 2018, "110300");
        ValidationResult r = posting(c, rec(c, "1", "100", "010", 100));
        assertThat(r.verdict()).isEqualTo(Severity.ERROR);
        assertThat(ids(r)).containsExactly("Ukjent skjema ERROR");
        ValidationContext c19 = annual("0M", 2019, "110300");
        assertThat(ids(posting(c19, rec(c19, "1", "100", "010", 100)))).doesNotContain("Ukjent skjema ERROR");
    }

    @Test
    void theRecordsRegionMustBeInTheReleasesList() {
        // 2018: every program (utils.Regioner for the annual ones, RegionerKvartal for the quarterly ones); 2019: only
        // the quarterly ones. 501400 is a kommune, no fylke: a quarterly fylke file for it is 006 even when the record
        // carries the argument's region
        ValidationContext q19 = Poster.ctx("0DK1", "2019", "1", "501400", Poster.BLANK);
        String r19 = "0D20191501400                  2431 570       10";
        assertThat(ids(posting(q19, r19))).contains("006 ERROR");
        ValidationContext d19 = annual("0D", 2019, "501400");
        assertThat(ids(posting(d19, "0D2019 501400                  2431 570       10"))).doesNotContain("006 ERROR");
        ValidationContext f18 = annual("0F", 2018, "150000");
        assertThat(ids(posting(f18, rec(f18, "3", "041", "010", 100)))).contains("006 ERROR");
        ValidationContext f20 = annual("0F", 2020, "150000");
        assertThat(ids(posting(f20, rec(f20, "3", "041", "010", 100)))).doesNotContain("006 ERROR");
    }

    @Test
    void eachPackageRunsItsOwnRecordControlsWithItsSeverityAndCodeLists() {
        // pakker.csv: regn0Dkvartal's ControlKontoklasse/ControlKapitler are NORMAL_ERROR (WARNING); its kapittel
        // list (pakkelister.csv) holds kontoklasse and kapittel together ("2" + "10" = "210"), so kontoklasse 0 with
        // kapittel 911 is no kapittel there (P2019-14)
        ValidationContext dk = Poster.ctx("0DK4", "2019", "4", "460000", Poster.BLANK);
        assertThat(ids(posting(dk, "0D20194460000                  09110499        8")))
                .containsExactly("006 ERROR", "009 WARNING", "011 WARNING");
        // regn0Ckvartal: art 805 is not in its own art list, funksjon 515 is (P2019-192)
        ValidationContext ck = Poster.ctx("0CK3", "2019", "3", "300000", Poster.BLANK);
        assertThat(ids(posting(ck, "0C20193300000                  0515 805    -8410")))
                .containsExactly("006 ERROR", "012 WARNING");
        // regn0Akvartal has no ControlNumericalFields (014) and no foretaksnr check (008): only the aargang (P2018-66)
        ValidationContext ak = Poster.ctx("0AK2", "2018", "2", "180400", Poster.BLANK);
        assertThat(ids(posting(ak, "0A20 62180400                  0899 500      1,5"))).containsExactly("004 ERROR");
        // 2020 on: the rule set's own controls and severities (no package rows)
        ValidationContext dk20 = Poster.ctx("0DK4", "2020", "4", "460000", Poster.BLANK);
        assertThat(ids(posting(dk20, "0D20204460000                  09110499        8"))).doesNotContain("011 WARNING");
    }

    @Test
    void theKirkeBalancePackageWantsAnAmountOnKapittel10_13_56And5990() {
        // regn0G/Control10 "Kontroll 10, beløp mangler for": one WARNING for the file, no line, under its own title
        ValidationContext g = Poster.ctx("0G", "2019", " ", "030116", "693647511");
        String kapittel5960 = "0G2019 030116693647511          5960         406";
        assertThat(ids(file(g, kapittel5960))).contains("0G Kontroll 10, beløp mangler for WARNING");
        String[] alle = {"0G2019 030116693647511         510           100",
                "0G2019 030116693647511         513           100",
                "0G2019 030116693647511         556          -100",
                "0G2019 030116693647511         55990        -100"};
        assertThat(ids(file(g, alle))).doesNotContain("0G Kontroll 10, beløp mangler for WARNING")
                .doesNotContain("001 FATAL", "001 ERROR");
        // 2020 on: no such check
        ValidationContext g20 = Poster.ctx("0G", "2020", " ", "030116", "693647511");
        assertThat(ids(file(g20, kapittel5960.replace("2019", "2020"))))
                .noneMatch(id -> id.startsWith("0G Kontroll 10"));
    }

    @Test
    void theirPackagesCheckZeroAmountRecordsToo() {
        // nullposter kontrolleres: every package runs its controls on every non-empty line (regn*/Main.start), a
        // zero belop only spares the code list checks 010-013 (P2018-4: kvartal "x" on 0J, kontoklasse 3)
        ValidationContext j = Poster.ctx("0J", "2018", " ", "030115", "134252306");
        assertThat(ids(posting(j, "0J2018x030115                  355  570        0")))
                .contains("005 ERROR", "007 ERROR", "009 ERROR");
        assertThat(Utgave.forAar(2018).nullposterDroppes()).isFalse();
        assertThat(Utgave.forAar(2020).nullposterDroppes()).isTrue();
    }

    @Test
    void control014OfThePackagesChecksTheNumericalFieldsNotTheBelop() {
        // ControlNumericalFields "K21: Ulovlig tegn i tallfeltene": position 3-39 digits or blanks (0A/0M: 33-39),
        // funksjon/art not 000 in 0A, 0C, 0F, 0K, 0M, 0P; the belop is not checked (P2019-631, P2019-452)
        ValidationContext b = Poster.ctx("0B", "2019", " ", "160100", Poster.BLANK);
        assertThat(ids(posting(b, "0B2019 160100                  2+10 570      -18"))).contains("014 ERROR");
        ValidationContext k = Poster.ctx("0K", "2019", " ", "550000", "130179357");
        assertThat(ids(posting(k, "0K2019 550000                  ~581 970       26"))).contains("014 ERROR");
        ValidationContext a = annual("0A", 2019, "030100");
        assertThat(ids(posting(a, rec(a, "1", "100", "010", 100).replace("      100", "      1,5"))))
                .doesNotContain("014 ERROR");
        assertThat(ids(posting(a, rec(a, "1", "000", "010", 100)))).contains("014 ERROR");
    }

    @Test
    void control007OfThePackagesWantsABlankOrgnrOrTheArgument() {
        // regn0A-0D, 0M-0Q and the quarterly balance packages: the record's orgnr must be blank, whatever the
        // argument (P2019-564, P2019-438: WARNING in regn0Bkvartal); 0F, 0G, 0I-0L: the argument (trimmed)
        ValidationContext a = Poster.ctx("0A", "2019", " ", "030107", "964338531");
        assertThat(ids(posting(a, "0A2019 030107                  1360 395      398"))).doesNotContain("007 ERROR");
        ValidationContext bk = Poster.ctx("0BK2", "2019", "2", "030100", "964338531");
        assertThat(ids(posting(bk, "0B20192030100964338531         210  600      333"))).contains("007 WARNING");
        ValidationContext j = Poster.ctx("0J", "2019", " ", "030100", "964338531");
        assertThat(ids(posting(j, "0J2019 030100                  210  600      333"))).contains("007 ERROR");
    }

    @Test
    void control005OfThePackagesComparesWithTheSkjemasKvartal() {
        // the annual packages want a blank kvartal whatever the kvartal argument (P2019-732); the quarterly ones the
        // kvartal of the skjema argument, 0BK3: 3 (P2019-1047, kvartal argument 2, record 2)
        ValidationContext a = Poster.ctx("0A", "2019", "1", "030101", "921234554");
        assertThat(ids(posting(a, "0A20191030101                  1523 775    -1137"))).containsExactly("005 ERROR");
        ValidationContext bk = Poster.ctx("0BK3", "2019", "2", "420400", Poster.BLANK);
        assertThat(ids(posting(bk, "0B20192420400                  ~47  152     4383"))).contains("005 ERROR");
        assertThat(ids(posting(bk, "0B20193420400                  ~47  152     4383"))).doesNotContain("005 ERROR");
    }

    @Test
    void theQuarterlyKommunePackageLeavesRecordsWithZOrTildeUncontrolled() {
        // regn0Akvartal/Main.start: a line containing "z" or "~" gets only the record length check (P2019-298)
        ValidationContext ak = Poster.ctx("0AK2", "2019", "2", "160100", Poster.BLANK);
        String z = "0A20192160100                  z580 æøå        0";
        assertThat(posting(ak, z).verdict()).isEqualTo(Severity.OK);
        assertThat(file(ak, z).verdict()).isEqualTo(Severity.OK);
        assertThat(ids(posting(ak, z.replace('z', 'Z')))).contains("009 WARNING");
        // regn0Ckvartal has no such exception
        ValidationContext ck = Poster.ctx("0CK2", "2019", "2", "030000", Poster.BLANK);
        assertThat(ids(posting(ck, "0C20192030000                  z580 590        5"))).contains("009 WARNING");
    }

    @Test
    void theCombinationChecksAreThePackagesOwnLists() {
        // pakkekombinasjoner.csv: regn0Akvartal ControlKontoklasseOgArtDrift (reported as 025) looks at kontoklasse 0
        // with the drift arts, ControlKontoklasseOgArtInvestering (050) at kontoklasse 1 with the investering arts,
        // ControlKontoklasseOgFunksjon (040) at kontoklasse 0 with funksjon 800, 840, 860; all WARNING there
        ValidationContext ak = Poster.ctx("0AK3", "2019", "3", "030101", Poster.BLANK);
        assertThat(ids(posting(ak, rec(ak, "0", "373", "590", -3327)))).contains("025 WARNING");
        assertThat(ids(posting(ak, rec(ak, "1", "100", "910", 10)))).contains("050 WARNING");
        assertThat(ids(posting(ak, rec(ak, "0", "840", "010", 10)))).contains("040 WARNING");
        // regn0C has no check of funksjon 841 in drift (its Control8b is not in initControls): no 020
        ValidationContext c = annual("0C", 2019, "300000");
        assertThat(ids(posting(c, rec(c, "1", "841", "010", 10)))).doesNotContain("020 ERROR");
    }

    @Test
    void aLineOfTheWrongLengthIsLeftOutAndATabLineControlled() {
        // ControlRecordlengde (CRITICAL_ERROR): the line is left out of the other controls, the other lines are
        // controlled; ControlRecord: a TAB in a 48-character line is 001 too, and the line is controlled (P2019-9)
        ValidationContext b = annual("0B", 2019, "030100");
        String kort = "0B2019 030100                  210  000";
        String feil = "0B2019x030100                  210  000      100";
        assertThat(ids(file(b, kort, feil))).contains("001 ERROR", "005 ERROR").doesNotContain("001 FATAL");
        assertThat(Poster.of(file(b, kort, feil), "001").get(0).lines()).containsExactly(1);
        ValidationContext j = Poster.ctx("0J", "2019", " ", "501400", "921234554");
        String tab = "0J2019 5014009212345\t4         523  110     -639";
        assertThat(ids(posting(j, tab))).contains("001 ERROR", "007 ERROR", "014 ERROR");
        assertThat(ids(posting(annual("0J", 2024, "501400"), tab.replace("2019", "2024")))).containsExactly("001 FATAL");
    }

    @Test
    void theKirkePackagesOwnChecksWithoutANumber() {
        // regn0F ControlAntallSifferBelop "Kontroll 15": art 10-590/600-990 with more than 6 digits, WARNING;
        // regn0G (2018) "Kontroll 9": a belop outside -999999..999999; both under their own title
        ValidationContext f = Poster.ctx("0F", "2019", " ", "030116", "938411409");
        String stort = "0F2019 030116938411409         3041 010  1234567";
        assertThat(ids(posting(f, stort)))
                .contains("0F Kontroll 15, sjekk at beløpene ikke har mer enn 6 siffer WARNING");
        ValidationContext g = Poster.ctx("0G", "2018", " ", "030100", "938411409");
        assertThat(ids(posting(g, "0G2018 030100938411409         510      -1234567")))
                .contains("0G Kontroll 9, sjekk at beløpene ikke har mer enn 6 siffer WARNING");
        // ControlFunksjon089: art 500-580, 830, 900-980 by number, not the art list (k200_arter intervall; P2019-3923)
        assertThat(ids(posting(f, "0F2019 160100938411409         3089 901     2801"))).doesNotContain("200 WARNING");
        assertThat(ids(posting(f, "0F2019 160100938411409         3089 010     2801"))).contains("200 WARNING");
        // the quarterly packages have no "utgått funksjon" warning: their own list decides (P2019-504)
        ValidationContext ak = Poster.ctx("0AK2", "2019", "2", "211100", Poster.BLANK);
        assertThat(ids(posting(ak, "0A20192211100                  1190 550     5352"))).doesNotContain("010 WARNING");
    }

    @Test
    void thePackagesHaveNoSkjemaCheckPerRecord() {
        // only isUniform compares the skjema (ignoring case), before any control; no package checks it per record
        // (P2019-4469: "0a" in a 0AK2 file)
        ValidationContext ak = Poster.ctx("0AK2", "2019", "2", "030100", Poster.BLANK);
        assertThat(ids(posting(ak, "0a20192030100                  1172 400  -187009"))).doesNotContain("003 ERROR");
    }
}

package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.rule.Utgave;
import org.junit.jupiter.api.Test;

/**
 * The release that judges 2020 data (af804339, 2021-04-16, the Java program before the 2021 rewrite of
 * {@code kostra/Main.java}; {@code utgaver.csv}, {@code kvartal.csv}, {@code regler.csv}): its settings are 2021's
 * except where shown here, one test per difference. Its differences in kind are listed in the conformance README and
 * measured by {@link YearCorpusTest}.
 */
class Utgave2020Test {

    private static final Set<String> UNNTAK = Set.of("958935420", "921234554", "964338531", "817920632");

    @Test
    void the2020ReleaseHas2021sSettingsButTheseColumns() {
        Utgave u20 = Utgave.forAar(2020);
        Utgave u21 = Utgave.forAar(2021);
        assertThat(u20.commit()).isEqualTo("af804339040da9e0c8a9aa9a21f7ac8e867d1ea5");
        assertThat(u20).usingRecursiveComparison()
                .ignoringFields("fraAar", "commit", "k113", "k190Alvorlighet", "k200", "k014Trimmet", "k135",
                        "k145Myk", "k150Alvorlighet", "avskrivningerUnntatteOrgnr", "kirkeSummerEtterArgument",
                        "k200Alvorlighet", "kombinasjonMotKontoliste", "k016", "k075KunKommune", "k075Arter",
                        "tomFil", "k200Linje", "feltkontrollLinjerMaks", "kommuneKontroller", "aktivaKapitler",
                        "k003UtenStorrelse", "skattSomSum", "k180OsloBydel")
                .isEqualTo(u21);
        // the 2020 field controls report record by record: no "Gjelder for flere enn 50 linjer"
        assertThat(u20.feltkontrollLinjerMaks()).isZero();
        assertThat(u21.feltkontrollLinjerMaks()).isEqualTo(50);
        assertThat(u20.k113()).isTrue();
        assertThat(u20.k190Alvorlighet()).isEqualTo(Severity.ERROR);
        assertThat(u20.k200()).isTrue();
        assertThat(u20.k200Alvorlighet()).isEqualTo(Severity.WARNING);
        assertThat(u20.k014Trimmet()).isFalse();
        assertThat(u20.k135()).isFalse();
        assertThat(u20.k145Myk()).isEqualTo(Severity.WARNING);
        assertThat(u20.k150Alvorlighet()).contains(Severity.WARNING);
        assertThat(u20.avskrivningerUnntatteOrgnr()).isEqualTo(UNNTAK);
        assertThat(u20.kirkeSummerEtterArgument()).isTrue();
        assertThat(u20.kombinasjonMotKontoliste()).isEqualTo(
                java.util.Map.of("KOMMUNE", Severity.ERROR, "KVARTAL", Severity.WARNING));
        assertThat(u20.tomFil()).isEqualTo(Utgave.TomFil.K001);
        assertThat(u20.k200Linje()).isTrue();
        assertThat(u20.kirkeKontoklasseArt()).isEqualTo(Utgave.KirkeKontoklasseArt.INGEN);
        assertThat(u20.kombinasjonAllePoster()).isTrue();
        assertThat(u20.kommuneKontroller()).containsExactlyInAnyOrder("002", "003", "004", "005", "006", "007", "008",
                "009", "010", "011", "012", "013", "014", "020", "025", "040", "050", "060", "065", "075", "080");
        assertThat(u20.aktivaKapitler(Skjema.Familie.KOMMUNE)).isEqualTo(new Utgave.Intervall(10, 28));
        assertThat(u20.aktivaKapitler(Skjema.Familie.KIRKE)).isEqualTo(new Utgave.Intervall(10, 27));
        assertThat(u20.k003UtenStorrelse()).isTrue();
        assertThat(u20.skattSomSum()).isTrue();
        assertThat(u20.osloArterSkjema()).containsExactlyInAnyOrder("0A", "0C", "0I", "0K", "0M", "0P");
        assertThat(u20.k016()).isFalse();
        assertThat(u20.k075KunKommune()).isTrue();
        assertThat(u20.k075Arter()).containsExactlyInAnyOrder(874, 875);
        for (Utgave u : Utgave.alle()) {
            if (u.fraAar() != 2020) {
                assertThat(u.k135()).as(u.commit()).isTrue();
                assertThat(u.k145Myk()).as(u.commit()).isEqualTo(Severity.INFO);
                assertThat(u.k150Alvorlighet()).as(u.commit()).isEqualTo(Optional.empty());
                assertThat(u.avskrivningerUnntatteOrgnr()).as(u.commit()).isEmpty();
                assertThat(u.kirkeSummerEtterArgument()).as(u.commit()).isFalse();
                // 2019: the regn0F ControlFunksjon089 of eea71d70 is NORMAL_ERROR (Filkontroller2018Test)
                assertThat(u.k200Alvorlighet()).as(u.commit())
                        .isEqualTo(u.fraAar() == 2019 ? Severity.WARNING : Severity.ERROR);
                assertThat(u.kombinasjonMotKontoliste()).as(u.commit()).doesNotContainKey("KOMMUNE");
                assertThat(u.kommuneKontroller()).as(u.commit()).isEmpty();
                assertThat(u.aktivaKapitler()).as(u.commit()).isEmpty();
                assertThat(u.aktivaKapitler(Skjema.Familie.KIRKE)).as(u.commit()).isEqualTo(new Utgave.Intervall(10, 29));
                assertThat(u.k003UtenStorrelse()).as(u.commit()).isFalse();
                assertThat(u.skattSomSum()).as(u.commit()).isFalse();
                // the Java releases 2020-2022 have no 016, nor the per-skjema programs of 2018-2019 (Utgave2018Test)
                assertThat(u.k016()).as(u.commit()).isEqualTo(u.kvartalKontroller().isEmpty() && u.fraAar() > 2019);
            }
        }
    }

    @Test
    void noRammetilskuddControlAndWarningsForAvskrivningerIn2020() {
        // kostra/Main.java: only "art 800 on funksjon 840" exists; "avskrivninger" is NORMAL_ERROR, "motpost" NORMAL
        // for 0I/0K
        ValidationContext a20 = ctx("0A", "2020", " ", "110300", Poster.BLANK);
        assertThat(ids(file(a20, rec(a20, "1", "120", "010", 100)))).doesNotContain("135 ERROR")
                .contains("145 ERROR", "150 WARNING");
        ValidationContext i20 = ctx("0I", "2020", " ", "110300", "987654321");
        assertThat(ids(file(i20, rec(i20, "3", "120", "010", 100)))).contains("145 WARNING", "150 WARNING");
        ValidationContext a21 = ctx("0A", "2021", " ", "110300", Poster.BLANK);
        assertThat(ids(file(a21, rec(a21, "1", "120", "010", 100)))).contains("135 ERROR", "145 ERROR", "150 ERROR");
    }

    @Test
    void avskrivningControlsDoNotRunForTheFourExceptionOrgnrIn2020() {
        for (String orgnr : UNNTAK) {
            ValidationContext a20 = ctx("0A", "2020", " ", "030100", orgnr);
            assertThat(ids(file(a20, rec(a20, "1", "120", "590", 100)))).as(orgnr)
                    .doesNotContain("145 ERROR", "150 WARNING", "155 ERROR");
        }
        ValidationContext a21 = ctx("0A", "2021", " ", "030100", "958935420");
        assertThat(ids(file(a21, rec(a21, "1", "120", "590", 100)))).contains("145 ERROR", "155 ERROR");
    }

    @Test
    void kirkeDriftSumsAreDecidedByThe0FArgumentIn2020() {
        // kirkekostra/Main.java sums every record without a condition on the file having drift records; 113 adds
        // art 830 of every record, whatever its kontoklasse
        ValidationContext f20 = ctx("0F", "2020", " ", "030101", "976993403");
        assertThat(ids(file(f20, rec(f20, "4", "041", "010", 100)))).contains("100 ERROR", "105 ERROR", "113 ERROR");
        assertThat(ids(file(f20, rec(f20, "9", "041", "830", -100)))).doesNotContain("113 ERROR");
        ValidationContext f21 = ctx("0F", "2021", " ", "030101", "976993403");
        assertThat(ids(file(f21, rec(f21, "4", "041", "010", 100))))
                .doesNotContain("100 ERROR", "105 ERROR", "113 ERROR");
    }

    @Test
    void annualCombinationChecksUseTheWholeListIn2020() {
        // kostra/Definitions.getSpesifikkeFunksjoner/Arter: the skjema's list minus the codes of the other part, so
        // an invalid funksjon in drift is 010 and 020; the investering funksjon check (040) never reports
        ValidationContext a20 = ctx("0A", "2020", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(a20, rec(a20, "1", "999", "010", 100)))).containsExactly("010 ERROR", "020 ERROR");
        assertThat(ids(posting(a20, rec(a20, "1", "120", "999", 100)))).containsExactly("012 ERROR", "025 ERROR");
        assertThat(ids(posting(a20, rec(a20, "0", "120", "999", 100)))).containsExactly("012 ERROR", "050 ERROR");
        assertThat(ids(posting(a20, rec(a20, "0", "800", "010", 100)))).doesNotContain("040 ERROR");
        ValidationContext a21 = ctx("0A", "2021", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(a21, rec(a21, "1", "999", "010", 100)))).containsExactly("010 ERROR");
        assertThat(ids(posting(a21, rec(a21, "0", "800", "010", 100)))).contains("040 ERROR");
    }

    @Test
    void no016AndOnly874And875OnFunksjon800InKommuneSkjemaIn2020() {
        // kostra/Main.java: "artene 874 og 875 kun tillat brukt i kombinasjon med funksjon 800" for 0A/0M only (870
        // on other funksjoner is a sum check there); no sign check of kapittel 5900/5970
        ValidationContext c20 = ctx("0C", "2020", " ", "460000", Poster.BLANK);
        assertThat(ids(posting(c20, rec(c20, "1", "570", "874", 100)))).doesNotContain("075 ERROR");
        ValidationContext a20 = ctx("0A", "2020", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(a20, rec(a20, "1", "120", "874", 100)))).contains("075 ERROR");
        ValidationContext c21 = ctx("0C", "2021", " ", "460000", Poster.BLANK);
        assertThat(ids(posting(c21, rec(c21, "1", "570", "874", 100)))).contains("075 ERROR");
        ValidationContext l20 = ctx("0L", "2020", " ", "460000", Poster.BLANK);
        assertThat(ids(posting(l20, rec(l20, "5", "5970", "450", -199)))).doesNotContain("016 ERROR");
        // no Java release has 016 (2021 and 2022 neither); the 2023 release has it
        ValidationContext l21 = ctx("0L", "2021", " ", "460000", Poster.BLANK);
        assertThat(ids(posting(l21, rec(l21, "5", "5970", "450", -199)))).doesNotContain("016 ERROR");
        ValidationContext l23 = ctx("0L", "2023", " ", "460000", Poster.BLANK);
        assertThat(ids(posting(l23, rec(l23, "5", "5970", "450", -199)))).contains("016 ERROR");
    }

    @Test
    void theAnnualProgramOf2020HasNo030035045055070Or081() {
        // kostra/Main.doControls: the field controls and 020, 025, 040, 050, 060, 065, 075, 080 only
        ValidationContext a20 = ctx("0A", "2020", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(a20, rec(a20, "1", "120", "520", 100)))).doesNotContain("035 INFO");
        assertThat(ids(posting(a20, rec(a20, "1", "120", "530", 100)))).doesNotContain("070 ERROR");
        ValidationContext a21 = ctx("0A", "2021", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(a21, rec(a21, "1", "120", "530", 100)))).contains("070 ERROR");
    }

    @Test
    void balanceKapitler17And46InEverySbdrAndKfSkjemaAndAktivaUpTo28In2020() {
        // kostra/Definitions.regionaleKapitler for 0J, 0L, 0N, 0Q; kostra/Main: aktiva 10-28, passiva 31-5990
        ValidationContext n20 = ctx("0N", "2020", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(n20, rec(n20, "5", "17", "450", 100)))).doesNotContain("011 ERROR");
        ValidationContext n21 = ctx("0N", "2021", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(n21, rec(n21, "5", "17", "450", 100)))).contains("011 ERROR");
        ValidationContext b20 = ctx("0B", "2020", " ", "110300", Poster.BLANK);
        assertThat(ids(file(b20, rec(b20, "2", "29", "450", 100), rec(b20, "2", "31", "450", -100))))
                .contains("115 ERROR", "125 ERROR"); // kapittel 29 is neither aktiva nor passiva
        ValidationContext b21 = ctx("0B", "2021", " ", "110300", Poster.BLANK);
        assertThat(ids(file(b21, rec(b21, "2", "29", "450", 100), rec(b21, "2", "31", "450", -100))))
                .doesNotContain("115 ERROR", "125 ERROR");
    }

    @Test
    void skjemaIgnoresCaseFunksjon841IsValidInDriftAndTheOsloArtsAreForEveryBevilgningSkjemaIn2020() {
        ValidationContext a20 = ctx("0A", "2020", " ", "110300", Poster.BLANK);
        String lower = "0a" + rec(a20, "1", "120", "010", 100).substring(2);
        assertThat(ids(posting(a20, lower))).doesNotContain("003 ERROR");
        assertThat(ids(posting(a20, rec(a20, "1", "841", "010", 100)))).doesNotContain("020 ERROR");
        ValidationContext a21 = ctx("0A", "2021", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(a21, "0a" + rec(a21, "1", "120", "010", 100).substring(2)))).contains("003 ERROR");
        ValidationContext i20 = ctx("0I", "2020", " ", "030101", "987654321");
        assertThat(ids(posting(i20, rec(i20, "4", "120", "798", 100)))).doesNotContain("012 ERROR");
        ValidationContext i22 = ctx("0I", "2022", " ", "030101", "987654321");
        assertThat(ids(posting(i22, rec(i22, "4", "120", "798", 100)))).contains("012 ERROR");
    }

    @Test
    void art800OffFunksjon840AndArt870OffFunksjon800AreFileSumsIn2020() {
        // kostra/Main.java "Skatteinntekter og rammetilskudd": one entry for the file when the sum is not 0
        ValidationContext a20 = ctx("0A", "2020", " ", "110300", Poster.BLANK);
        assertThat(Poster.of(file(a20, rec(a20, "1", "120", "800", 100), rec(a20, "1", "130", "800", -100)), "080"))
                .isEmpty();
        assertThat(Poster.of(file(a20, rec(a20, "1", "120", "800", 100), rec(a20, "1", "130", "800", -99)), "080"))
                .singleElement()
                .satisfies(f -> assertThat(f.lines()).isEmpty());
        assertThat(Poster.of(file(a20, rec(a20, "1", "120", "870", 100)), "075")).singleElement()
                .satisfies(f -> assertThat(f.lines()).isEmpty());
        // an Oslo bydel argument and investering records are not summed
        ValidationContext bydel = ctx("0A", "2020", " ", "030101", Poster.BLANK);
        assertThat(ids(file(bydel, rec(bydel, "1", "120", "800", 100)))).doesNotContain("080 ERROR");
        assertThat(ids(file(a20, rec(a20, "0", "120", "800", 100)))).doesNotContain("080 ERROR");
        // one record: the posting validator reports it too
        assertThat(ids(posting(a20, rec(a20, "1", "120", "800", 100)))).contains("080 ERROR");
        ValidationContext a21 = ctx("0A", "2021", " ", "110300", Poster.BLANK);
        assertThat(Poster.of(file(a21, rec(a21, "1", "120", "800", 100), rec(a21, "1", "130", "800", -100)), "080"))
                .hasSize(2);
    }

    @Test
    void motpostOnOtherFunksjonerIsSwitchedOffOnlyByAnOsloBydelArgumentInTheJavaReleases() {
        // kostra/Main.java: !osloBydeler.contains(args.getRegion()); the record's region does not matter
        for (String aar : new String[] {"2020", "2021", "2022"}) {
            ValidationContext a = ctx("0A", aar, " ", "030116", Poster.BLANK);
            assertThat(ids(file(a, rec(a, "1", "254", "990", 100)))).as(aar).contains("165 ERROR");
            ValidationContext bydel = ctx("0A", aar, " ", "030101", Poster.BLANK);
            assertThat(ids(file(bydel, rec(bydel, "1", "254", "990", 100)))).as(aar).doesNotContain("165 ERROR");
        }
        ValidationContext a23 = ctx("0A", "2023", " ", "030116", Poster.BLANK);
        assertThat(ids(file(a23, rec(a23, "1", "254", "990", 100)))).doesNotContain("165 ERROR");
    }

    @Test
    void kirkeBalanceSektorListHoldsTheBasisSektorerIn2020() {
        // kirkekostra/Definitions.getArtSektorAsList for 0G: the blank sektor and 000-900 (regler.csv kirke_sektorer)
        ValidationContext g20 = ctx("0G", "2020", " ", "300000", "976993403");
        assertThat(ids(posting(g20, rec(g20, "5", "10", "650", 100)))).doesNotContain("013 ERROR");
        assertThat(ids(posting(g20, rec(g20, "5", "10", "651", 100)))).contains("013 ERROR");
        ValidationContext g21 = ctx("0G", "2021", " ", "300000", "976993403");
        assertThat(ids(posting(g21, rec(g21, "5", "10", "650", 100)))).contains("013 ERROR");
    }

    @Test
    void theAmountIsCheckedUntrimmedIn2020() {
        // ControlUlovligTegnITallfelt: "^\\s*?-?\\d+$" on the field as it is, so a left-aligned amount is invalid
        ValidationContext a20 = ctx("0A", "2020", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(a20, rec(a20, "1", "120", "010", "-21      ")))).containsExactly("014 ERROR");
        ValidationContext a21 = ctx("0A", "2021", " ", "110300", Poster.BLANK);
        assertThat(ids(posting(a21, rec(a21, "1", "120", "010", "-21      ")))).isEmpty();
    }

    @Test
    void control200IsAWarningIn2020() {
        ValidationContext f20 = ctx("0F", "2020", " ", "110300", "976993403");
        assertThat(ids(posting(f20, rec(f20, "3", "089", "340", 100)))).contains("200 WARNING");
        ValidationContext f22 = ctx("0F", "2022", " ", "110300", "976993403");
        assertThat(ids(posting(f22, rec(f22, "3", "089", "340", 100)))).contains("200 ERROR");
    }

    @Test
    void quarterlyListsOf2020Are2021s() {
        // kvartal/Definitions.java is unchanged from af804339 to 7341abfd
        for (String year : new String[] {"2020", "2021"}) {
            ValidationContext b = ctx("0BK1", year, "1", "110300", null);
            assertThat(ids(posting(b, rec(b, "2", "452", "900", 100)))).as(year).containsExactly("011 ERROR");
            assertThat(ids(posting(b, rec(b, "2", "45", "900", 100)))).as(year).isEmpty();
            ValidationContext bydel = ctx("0AK2", year, "2", "030101", null);
            assertThat(ids(posting(bydel, rec(bydel, "1", "692", "010", 100)))).as(year).contains("010 ERROR");
        }
        ValidationContext b19 = ctx("0BK1", "2019", "1", "110300", null);
        // 2019: regn0Bkvartal's own list (pakkelister.csv: "245", kontoklasse 2 and kapittel 45; no "2452"), WARNING
        assertThat(ids(posting(b19, rec(b19, "2", "452", "900", 100)))).containsExactly("011 WARNING");
        assertThat(ids(posting(b19, rec(b19, "2", "45", "900", 100)))).isEmpty();
    }
}

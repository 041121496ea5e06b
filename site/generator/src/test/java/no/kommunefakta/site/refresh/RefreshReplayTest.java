package no.kommunefakta.site.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.nokkeltall.Beregning;
import no.kommunefakta.site.nokkeltall.Grunnlag;
import no.kommunefakta.site.nokkeltall.GrunnlagLoader;
import no.kommunefakta.site.nokkeltall.Katalog;
import no.kommunefakta.site.nokkeltall.SerieDef;
import no.kommunefakta.site.region.Regioner;

/**
 * Replays of {@code refresh} against a PxWebApi v2 stand-in on 127.0.0.1 that answers the recorded-shape metadata of
 * every table in the plan ({@code src/test/resources/pxwebapi-v2/}) and data for exactly the selected cells: every
 * series' content code is chosen by its label, the cells reach the series, SSB's status symbols stay symbols, a renamed
 * code is followed and reported, a content that is gone fails only its series (with the labels seen), and a failing
 * table keeps its last good data.
 */
class RefreshReplayTest {

    private static final Instant FIRST = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-08T06:00:00Z");

    @TempDir
    static Path shared;
    private static PxWebApiStandIn ssb;
    private static int exit;
    private static final List<String> OUT = new ArrayList<>();
    private static final List<String> ERR = new ArrayList<>();
    private static Grunnlag grunnlag;
    private static KodevalgStatus koder;

    @BeforeAll
    static void refreshEveryTable() throws IOException {
        ssb = new PxWebApiStandIn();
        ssb.symbol = k -> symbol(k);
        exit = refresh(ssb, shared, FIRST, OUT, ERR);
        DataSource kilde = new DataSource(Optional.of(shared));
        grunnlag = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
        koder = KodevalgStatus.read(kilde);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        ssb.close();
    }

    /** SSB's symbols in the stand-in's answers: ".." Lørenskog 2025, ":" KOSTRA group 13, "." Bergen 2024. */
    private static Optional<String> symbol(Map<String, String> k) {
        String region = k.getOrDefault("KOKkommuneregion0000", "");
        String tid = k.get("Tid");
        if (region.equals("3222") && "2025".equals(tid)) {
            return Optional.of("..");
        }
        if (region.equals("EKG13")) {
            return Optional.of(":");
        }
        if (region.equals("4601") && "2024".equals(tid)) {
            return Optional.of(".");
        }
        return Optional.empty();
    }

    static int refresh(PxWebApiStandIn ssb, Path dir, Instant now, List<String> out, List<String> err) {
        PxWebApiClient client = new PxWebApiClient(ssb.baseUrl(), 6000, 700, 2000, 1, Duration.ofSeconds(10), d -> { });
        return RefreshCommand.run(client, dir, out::add, err::add, Clock.fixed(now, ZoneOffset.UTC));
    }

    static Stream<String> tabeller() {
        return RefreshPlan.tabeller(DataSource.embedded()).stream().map(RefreshPlan.Tabellplan::tabell);
    }

    @Test
    void theWholePlanRunsCleanAgainstTheRecordedMetadata() {
        assertThat(ERR).isEmpty();
        assertThat(exit).isZero();
        assertThat(OUT).last().asString().startsWith("Kall mot PxWebApi: ").contains("tabeller: 19");
        // every request asks only for codes the table has (the stand-in answers 400 otherwise), metadata first
        assertThat(ssb.requests()).filteredOn(r -> r.contains("/metadata")).hasSize(19);
        assertThat(ssb.requests()).noneMatch(r -> r.contains("0219"));
    }

    @ParameterizedTest
    @MethodSource("tabeller")
    void everySeriesOfTheTableIsChosenByItsLabelAndFilledFromItsCells(String tabell) {
        RefreshPlan.Tabellplan plan = RefreshPlan.tabeller(DataSource.embedded()).stream()
                .filter(p -> p.tabell().equals(tabell)).findFirst().orElseThrow();
        Tabellmetadata meta = Tabellmetadata.les(tabell, ssb.metadata(tabell));
        boolean fylke = plan.regiondimensjon().equals(RefreshPlan.FYLKESKOMMUNE);
        String aar = plan.aar().contains("2024") ? "2024" : plan.aar().get(plan.aar().size() - 1);
        for (SerieDef d : plan.serier()) {
            KodevalgStatus.Row rad = koder.row(d.id()).orElseThrow(() -> new AssertionError(d.id() + " not in kodevalg.csv"));
            assertThat(rad.utfall()).as(d.id()).isEqualTo(Kodevalg.Utfall.OK);
            assertThat(rad.hentet()).as(d.id()).hasValue(FIRST);
            assertThat(meta.innhold().orElseThrow().etikett(rad.valgt())).as(d.id()).isEqualTo(rad.etikett());
            assertThat(new Etikettregel(d.etikett(), d.etikettEnhet()).passer(rad.etikett(),
                    meta.innhold().orElseThrow().enhet(rad.valgt()))).as(d.id() + " label " + rad.etikett()).isTrue();
            if (!d.utvalg().containsKey("ContentsCode")) {
                assertThat(rad.konfigurert()).isEmpty();
            } else {
                assertThat(rad.valgt()).as(d.id()).isEqualTo(d.utvalg().get("ContentsCode"));
            }
            // counts of persons are suppressed around SSB's ":" (group 13): the first kommune with a number is compared
            List<String> kandidater = fylke ? List.of("0300") : d.prikkes() ? List.of("5001", "1508", "3222") : List.of("5001");
            String kode = kandidater.stream().filter(r -> grunnlag.celle(d.id(), fylke ? "EKA03" : r, Integer.parseInt(aar)).harTall())
                    .findFirst().orElseThrow(() -> new AssertionError(d.id() + ": no number for " + kandidater));
            Map<String, String> koord = new LinkedHashMap<>(d.utvalg());
            koord.put("ContentsCode", rad.valgt());
            koord.put(plan.regiondimensjon(), kode);
            koord.put("Tid", aar);
            assertThat(grunnlag.celle(d.id(), fylke ? "EKA03" : kode, Integer.parseInt(aar)).verdi()).as(d.id())
                    .isEqualByComparingTo(sum(tabell, koord, meta));
        }
    }

    /** The stand-in's value of a cell selection: a range (Alder=006:015 in 07459) is the sum over its codes. */
    private static java.math.BigDecimal sum(String tabell, Map<String, String> koord, Tabellmetadata meta) {
        return SerieDef.celleutvalg(koord, dim -> meta.variabel(dim).map(Tabellmetadata.Variabel::koder).orElse(List.of(koord.get(dim))))
                .stream().map(c -> PxWebApiStandIn.verdi(tabell, c)).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    @Test
    void populationAgesAreSummedFromSingleYearsAndTheEmbeddedBaseStaysWhereSsbHasNoNumber() {
        Tabellmetadata meta = Tabellmetadata.les("07459", ssb.metadata("07459"));
        // 6-15 years: ten single-year cells of 07459
        assertThat(grunnlag.celle("bef.6_15", "5001", 2024).verdi()).isEqualByComparingTo(
                sum("07459", Map.of("Region", "5001", "Tid", "2024", "ContentsCode", "Personer1", "Alder", "006:015"), meta));
        assertThat(RefreshPlan.tabeller(DataSource.embedded()).stream().filter(p -> p.tabell().equals("07459")).findFirst().orElseThrow()
                .regiondimensjon()).isEqualTo(RefreshPlan.REGION);
        // the request asks for the single ages 000-105+ once, not per series, and leaves Kjonn out (SSB sums it)
        assertThat(ssb.requests()).filteredOn(r -> r.contains("/07459/data")).singleElement().asString()
                .contains("valuecodes%5BAlder%5D=000,001,002", "104,105%2B").doesNotContain("Kjonn")
                // today's kommune numbers from 2024 on only (a historic kommune has its own number in 07459): older years
                // stay with the embedded extract, harmonised to today's kommuner
                .contains("valuecodes%5BTid%5D=2024,2025,2026&").doesNotContain("2019", "2020");
        // kommuner the recorded metadata does not list (Utsira) keep the embedded csdata numbers
        assertThat(grunnlag.celle("bef.folkemengde", "1151", 2024).harTall()).isTrue();
        // a fylke is the sum of its kommuner; the country is SSB's published number from the embedded extract
        assertThat(grunnlag.celle("bef.folkemengde", Regioner.LANDET, 2024).verdi()).isEqualByComparingTo("5550203");
        // roads: 11814 (kommune) and 11815 (fylkeskommune) by label, the NVDB extract where they have no number
        assertThat(koder.row("nvdb.K").orElseThrow().valgt()).isEqualTo("KOSkommveier0000");
        assertThat(koder.row("nvdb.F").orElseThrow().valgt()).isEqualTo("KOSfylkesvei0000");
        assertThat(grunnlag.celle("nvdb.F", "EKA03", 2024).verdi()).isEqualByComparingTo(PxWebApiStandIn.verdi("11815",
                Map.of("KOKfylkesregion0000", "0300", "Tid", "2024", "ContentsCode", "KOSfylkesvei0000")));
        assertThat(grunnlag.celle("nvdb.K", "1151", 2024).harTall()).isTrue();
    }

    @Test
    void seriesWithoutAConfiguredCodeAreChosenByLabel() {
        assertThat(koder.row("r13502.barnehagelaerere")).hasValueSatisfying(r -> {
            assertThat(r.konfigurert()).isEmpty();
            assertThat(r.valgt()).isEqualTo("KOSbhglaerer0000");
            assertThat(r.etikett()).isEqualTo("Andel barnehagelærere av grunnbemanning (prosent)");
        });
        // two contents fit "per oppholdstime" (kr): the configured one is kept
        assertThat(koder.row("r13502.oppholdstime").orElseThrow().valgt()).isEqualTo("KOSkorrtidkomm0000");
        // "tilrettelagt opplæring" also appears in the hours content; the unit (prosent) decides
        assertThat(koder.row("r12255.tilrettelagt").orElseThrow().valgt()).isEqualTo("KOStilrettel0000");
        assertThat(koder.row("r12255.spesialundervisning").orElseThrow().valgt()).isEqualTo("KOSaarstimer0000");
    }

    @Test
    void statusSymbolsStaySymbolsUpToTheFigure() {
        assertThat(grunnlag.celle("r13502.andel_1_5", "3222", 2025).status()).isEqualTo(Status.MANGLER);
        assertThat(grunnlag.celle("r13502.andel_1_5", "EKG13", 2024).status()).isEqualTo(Status.PRIKKET);
        assertThat(grunnlag.celle("r13502.andel_1_5", "4601", 2024).status()).isEqualTo(Status.IKKE_MULIG);
        DataSource kilde = new DataSource(Optional.of(shared));
        Katalog k = Katalog.load(kilde, grunnlag.serier().keySet());
        Beregning b = new Beregning(grunnlag, k);
        // SSB's ":" is never replaced by the embedded profile or by a computed value
        assertThat(b.beregn(k.perId().get("bhg_barn_1_5"), "EKG13", 2024).verdi().status()).isEqualTo(Status.PRIKKET);
        assertThat(b.beregn(k.perId().get("ho_legeaarsverk"), "EKG13", 2024).verdi().status()).isEqualTo(Status.PRIKKET);
        // a refreshed number fills a figure that before had only the profile
        assertThat(b.beregn(k.perId().get("bef_innflytting"), "5001", 2024).verdi().harTall()).isTrue();
        assertThat(b.beregn(k.perId().get("bef_innflytting"), "0301", 2024).verdi().harTall()).isTrue();
        // counts of persons: SSB's ":" for KOSTRA group 13 (Oslo alone) protects Oslo's own count too
        assertThat(grunnlag.celle("r13995.tilfeller", "0301", 2024).status()).isEqualTo(Status.PRIKKET);
        assertThat(grunnlag.celle("r13995.tilfeller", "5001", 2024).harTall()).isTrue();
    }

    @Test
    void thePropertyFiguresAreFilledFromSsbsCurrentTablesOverThe2015Survey() {
        // 2015 stays with the KOSTRA 4.1 survey (0101 Halden, today 3101: netto 2 275, 9 020 m² idrettsbygg, brutto 74 499 of 2 068 655)
        assertThat(grunnlag.celle("eif.netto_idrett", "3101", 2015).verdi()).isEqualByComparingTo("2275");
        assertThat(grunnlag.celle("eif.areal_idrett", "3101", 2015).verdi()).isEqualByComparingTo("9020");
        // later years: 11906's total area of funksjon 381, 12905's maintenance art, 12367's corrected gross expenditure
        Map<String, String> celle = Map.of("KOKkommuneregion0000", "5001", "Tid", "2024", "KOKfunksjon0000", "381");
        java.math.BigDecimal areal = PxWebApiStandIn.verdi("11906", med(celle, "KOKeieform0000", "samlet", "ContentsCode", "KOSareal0000"));
        java.math.BigDecimal vedlikehold = PxWebApiStandIn.verdi("12905", med(celle, "KOKart0000", "AGD36", "ContentsCode", "KOSbelop0000"));
        assertThat(grunnlag.celle("eif.areal_idrett", "5001", 2024).verdi()).isEqualByComparingTo(areal);
        assertThat(grunnlag.celle("eif.vedlikehold_idrett", "5001", 2024).verdi()).isEqualByComparingTo(vedlikehold);
        assertThat(grunnlag.celle("eif.areal_adm", "5001", 2024).verdi()).isEqualByComparingTo(PxWebApiStandIn.verdi("11906",
                Map.of("KOKkommuneregion0000", "5001", "Tid", "2024", "KOKfunksjon0000", "130", "KOKeieform0000", "eid", "ContentsCode", "KOSareal0000")));
        Katalog k = Katalog.load(new DataSource(Optional.of(shared)), grunnlag.serier().keySet());
        Beregning b = new Beregning(grunnlag, k);
        // kr per m²: (1000 kr × 1000) / m², as KS's ASSS indicator computes it from the same tables
        assertThat(b.beregn(k.perId().get("eif_vedlikehold_per_m2"), "5001", 2024).verdi().verdi()).isEqualByComparingTo(
                vedlikehold.multiply(java.math.BigDecimal.valueOf(1000)).divide(areal, 0, java.math.RoundingMode.HALF_UP));
        assertThat(b.beregn(k.perId().get("eif_korr_per_m2"), "3101", 2015).verdi().verdi()).isEqualByComparingTo(
                grunnlag.celle("eif.korr_idrett", "3101", 2015).verdi().multiply(java.math.BigDecimal.valueOf(1000))
                        .divide(java.math.BigDecimal.valueOf(9020), 0, java.math.RoundingMode.HALF_UP));
        // the share of gross expenditure: SSB's published 12362 value (FGK6a, AGD10) where it has one, the survey's ratio for 2015
        no.kommunefakta.site.nokkeltall.Resultat andel = b.beregn(k.perId().get("eif_eiendom_andel"), "5001", 2024);
        assertThat(andel.grunnlag()).isEqualTo("publisert");
        assertThat(andel.verdi().verdi()).isEqualByComparingTo(PxWebApiStandIn.verdi("12362", Map.of("KOKkommuneregion0000", "5001",
                "Tid", "2024", "KOKfunksjon0000", "FGK6a", "KOKart0000", "AGD10", "ContentsCode", "KOSandel3501")));
        no.kommunefakta.site.nokkeltall.Resultat halden = b.beregn(k.perId().get("eif_eiendom_andel"), "3101", 2015);
        assertThat(halden.grunnlag()).isEqualTo("beregnet");
        assertThat(halden.verdi().verdi()).isEqualByComparingTo("3.6");
    }

    private static Map<String, String> med(Map<String, String> m, String... kv) {
        Map<String, String> ut = new LinkedHashMap<>(m);
        for (int i = 0; i < kv.length; i += 2) {
            ut.put(kv[i], kv[i + 1]);
        }
        return ut;
    }

    @Test
    void aRenamedCodeIsFollowedAndReported(@TempDir Path dir) throws Exception {
        try (PxWebApiStandIn renamed = new PxWebApiStandIn()) {
            renamed.metadata("13502", renamed.metadata("13502").replace("KOSandel150000", "KOSandel150001"));
            List<String> out = new ArrayList<>();
            List<String> err = new ArrayList<>();
            RefreshSummary foer = RefreshSummary.before(dir);
            assertThat(refresh(renamed, dir, FIRST, out, err)).isZero();
            // the data-refresh pull request's summary: the table, the figures it fills, the renamed code
            assertThat(foer.markdown(dir)).contains("| 13502 | OK | 2026-12-01T06:00:00Z | ja |", "- bhg_barn_1_5 (Andel barn 1–5 år i barnehage)",
                    "- `r13502.andel_1_5` (13502): – → KOSandel150001 «Andel barn 1-5 år i barnehage, i forhold til innbyggere 1-5 år (prosent)» (SSB har ny kode)",
                    "### Feil (0)");
            assertThat(err).isEmpty();
            assertThat(out).anySatisfy(l -> assertThat(l).startsWith("Serie r13502.andel_1_5 (tabell 13502): SSB renamed the content:")
                    .contains("KOSandel150000 is no longer in the table", "KOSandel150001"));
            DataSource kilde = new DataSource(Optional.of(dir));
            assertThat(KodevalgStatus.read(kilde).row("r13502.andel_1_5")).hasValueSatisfying(r -> {
                assertThat(r.utfall()).isEqualTo(Kodevalg.Utfall.NY_KODE);
                assertThat(r.konfigurert()).isEqualTo("KOSandel150000");
                assertThat(r.valgt()).isEqualTo("KOSandel150001");
            });
            Grunnlag g = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
            assertThat(g.celle("r13502.andel_1_5", "0301", 2024).verdi()).isEqualByComparingTo(PxWebApiStandIn.verdi("13502",
                    Map.of("KOKkommuneregion0000", "0301", "ContentsCode", "KOSandel150001", "Tid", "2024")));
        }
    }

    @Test
    void aContentThatIsGoneFailsOnlyItsSeriesAndNamesTheLabelsSeen(@TempDir Path dir) throws Exception {
        try (PxWebApiStandIn gone = new PxWebApiStandIn()) {
            gone.metadata("12255", gone.metadata("12255").replace("Gjennomsnittlig grunnskolepoeng (poeng)", "Elevtimer i alt (timer)")
                    .replace("\"KOSgrunnskolepoe0000\"", "\"KOSelevtimer0000\""));
            List<String> out = new ArrayList<>();
            List<String> err = new ArrayList<>();
            assertThat(refresh(gone, dir, FIRST, out, err)).isEqualTo(1);
            assertThat(err).singleElement().asString().startsWith("series r12255.grunnskolepoeng (table 12255) gets no new data:")
                    .contains("no content of table 12255 fits «grunnskolepoeng»", "labels seen:", "Elevtimer i alt (timer) [KOSelevtimer0000]",
                            "Gruppestørrelse 2, 1.-10. trinn (elever) [KOSgrstr20000]");
            assertThat(out).last().asString().contains("serier uten passende innholdskode: r12255.grunnskolepoeng");
            DataSource kilde = new DataSource(Optional.of(dir));
            KodevalgStatus k = KodevalgStatus.read(kilde);
            assertThat(k.row("r12255.grunnskolepoeng").orElseThrow().utfall()).isEqualTo(Kodevalg.Utfall.FEIL);
            assertThat(k.row("r12255.gruppestorrelse").orElseThrow().utfall()).isEqualTo(Kodevalg.Utfall.OK);
            assertThat(RefreshStatus.read(kilde).row("12255").orElseThrow().state()).isEqualTo(RefreshStatus.State.OK);
            Grunnlag g = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
            assertThat(g.celle("r12255.gruppestorrelse", "0301", 2024).harTall()).isTrue();
            assertThat(g.celle("r12255.grunnskolepoeng", "0301", 2024).harTall()).isFalse();
        }
    }

    @Test
    void aFailingTableKeepsItsLastGoodDataAndCodes(@TempDir Path dir) throws Exception {
        try (PxWebApiStandIn s = new PxWebApiStandIn()) {
            assertThat(refresh(s, dir, FIRST, new ArrayList<>(), new ArrayList<>())).isZero();
            Path fil = dir.resolve(RefreshCommand.FOLDER).resolve("11820_1.json");
            String sist = Files.readString(fil);
            s.fault = htmlError503("11820");
            List<String> err = new ArrayList<>();
            assertThat(refresh(s, dir, SECOND, new ArrayList<>(), err)).isEqualTo(1);
            assertThat(err).singleElement().asString().startsWith("table 11820 failed, its last good data is kept:");
            assertThat(Files.readString(fil)).isEqualTo(sist);
            DataSource kilde = new DataSource(Optional.of(dir));
            assertThat(RefreshStatus.read(kilde).row("11820").orElseThrow().fetched()).hasValue(FIRST);
            assertThat(RefreshStatus.read(kilde).row("12134").orElseThrow().fetched()).hasValue(SECOND);
            KodevalgStatus.Row rad = KodevalgStatus.read(kilde).row("r11820.netto_innflytting").orElseThrow();
            assertThat(rad.utfall()).isEqualTo(Kodevalg.Utfall.FEIL);
            assertThat(rad.valgt()).isEqualTo("KOSnettoinn0000");
            assertThat(rad.hentet()).hasValue(FIRST);
            Grunnlag g = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
            assertThat(g.celle("r11820.netto_innflytting", "0301", 2024).harTall()).isTrue();
        }
    }

    @Test
    void aFailingSeriesAndAFailingTableKeepTheirLastGoodValuesWhileTheRestIsUpdated(@TempDir Path dir) throws Exception {
        Map<String, String> oslo2024 = Map.of("KOKkommuneregion0000", "0301", "Tid", "2024");
        java.math.BigDecimal poeng = PxWebApiStandIn.verdi("12255", med(oslo2024, "ContentsCode", "KOSgrunnskolepoe0000"));
        java.math.BigDecimal innflytting = PxWebApiStandIn.verdi("11820", med(oslo2024, "ContentsCode", "KOSnettoinn0000"));
        java.math.BigDecimal gruppe = PxWebApiStandIn.verdi("12255", med(oslo2024, "ContentsCode", "KOSgrstr20000"));
        java.math.BigDecimal nyere = java.math.BigDecimal.valueOf(1000);
        try (PxWebApiStandIn s = new PxWebApiStandIn()) {
            assertThat(refresh(s, dir, FIRST, new ArrayList<>(), new ArrayList<>())).isZero();
            // the next publication: other numbers; 12255 renamed grunnskolepoeng so that no label fits, 11820 answers 503
            String meta12255 = s.metadata("12255");
            s.tillegg = nyere;
            s.metadata("12255", meta12255.replace("Gjennomsnittlig grunnskolepoeng (poeng)", "Elevtimer i alt (timer)")
                    .replace("\"KOSgrunnskolepoe0000\"", "\"KOSelevtimer0000\""));
            s.fault = htmlError503("11820");
            List<String> err = new ArrayList<>();
            assertThat(refresh(s, dir, SECOND, new ArrayList<>(), err)).isEqualTo(1);
            assertThat(err).anySatisfy(l -> assertThat(l).startsWith("series r12255.grunnskolepoeng (table 12255) gets no new data, "
                    + "its values fetched 2026-12-01T06:00:00Z are kept: no content of table 12255 fits «grunnskolepoeng»"));
            assertThat(err).anySatisfy(l -> assertThat(l).startsWith("table 11820 failed, its last good data is kept:"));
            assertThat(dir.resolve(RefreshCommand.FOLDER).resolve("bevart/r12255.grunnskolepoeng/12255_1.json")).isRegularFile();
            assertLastGoodKept(dir, poeng, innflytting, gruppe.add(nyere), SECOND);

            // a third run with the same faults: the kept values are still those of the first run, not lost with the second set
            java.math.BigDecimal enda = java.math.BigDecimal.valueOf(2000);
            s.tillegg = enda;
            assertThat(refresh(s, dir, Instant.parse("2026-12-15T06:00:00Z"), new ArrayList<>(), new ArrayList<>())).isEqualTo(1);
            assertLastGoodKept(dir, poeng, innflytting, gruppe.add(enda), Instant.parse("2026-12-15T06:00:00Z"));

            // SSB fixes both: the series and the table are filled anew and nothing is kept any longer
            s.metadata("12255", meta12255);
            s.fault = ex -> false;
            assertThat(refresh(s, dir, Instant.parse("2026-12-22T06:00:00Z"), new ArrayList<>(), new ArrayList<>())).isZero();
            DataSource kilde = new DataSource(Optional.of(dir));
            Grunnlag g = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
            assertThat(g.celle("r12255.grunnskolepoeng", "0301", 2024).verdi()).isEqualByComparingTo(poeng.add(enda));
            assertThat(g.celle("r11820.netto_innflytting", "0301", 2024).verdi()).isEqualByComparingTo(innflytting.add(enda));
            assertThat(dir.resolve(RefreshCommand.FOLDER).resolve("bevart/r12255.grunnskolepoeng")).doesNotExist();
        }
    }

    /** A fault answering SSB's front end's HTML error page (503) for every request of one table. */
    private static java.util.function.Function<com.sun.net.httpserver.HttpExchange, Boolean> htmlError503(String tabell) {
        return ex -> {
            if (!ex.getRequestURI().getPath().contains("/" + tabell + "/")) {
                return false;
            }
            try {
                PxWebApiClientTest.send(ex, 503, "text/html", "<html><body>Service Unavailable</body></html>");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        };
    }

    /** What the site renders from the folder: the failing series' old values, their fetch time and reason, the rest new. */
    private static void assertLastGoodKept(Path dir, java.math.BigDecimal poeng, java.math.BigDecimal innflytting,
            java.math.BigDecimal gruppe, Instant naa) {
        DataSource kilde = new DataSource(Optional.of(dir));
        Regioner regioner = Regioner.load(kilde);
        Grunnlag g = new GrunnlagLoader(kilde, regioner).load();
        assertThat(g.celle("r12255.grunnskolepoeng", "0301", 2024).verdi()).isEqualByComparingTo(poeng);
        assertThat(g.celle("r11820.netto_innflytting", "0301", 2024).verdi()).isEqualByComparingTo(innflytting);
        assertThat(g.celle("r12255.gruppestorrelse", "0301", 2024).verdi()).isEqualByComparingTo(gruppe);
        Katalog k = Katalog.load(kilde, g.serier().keySet());
        Beregning b = new Beregning(g, k);
        assertThat(b.beregn(k.perId().get("gs_grunnskolepoeng"), "0301", 2024).verdi().verdi()).isEqualByComparingTo(poeng);
        assertThat(b.beregn(k.perId().get("gs_gruppestorrelse"), "0301", 2024).verdi().verdi()).isEqualByComparingTo(gruppe);
        // /om/ is built from these rows: the old values' fetch time and why the new fetch failed
        no.kommunefakta.site.model.SiteModel m = no.kommunefakta.site.model.SiteModel.load(kilde, RefreshStatus.read(kilde));
        assertThat(m.innholdskilder(k.perId().get("gs_grunnskolepoeng"))).singleElement().satisfies(i -> {
            assertThat(i.utfall()).isEqualTo("FEIL");
            assertThat(i.hentet()).hasValue(FIRST);
            assertThat(i.kode()).isEqualTo("KOSgrunnskolepoe0000");
            assertThat(i.melding()).contains("no content of table 12255 fits «grunnskolepoeng»");
        });
        assertThat(m.innholdskilder(k.perId().get("bef_innflytting"))).filteredOn(i -> i.tabell().equals("11820")).isNotEmpty()
                .allSatisfy(i -> {
                    assertThat(i.utfall()).isEqualTo("FEIL");
                    assertThat(i.hentet()).hasValue(FIRST);
                    assertThat(i.melding()).contains("table 11820 failed", "HTTP 503");
                });
        assertThat(m.innholdskilder(k.perId().get("gs_gruppestorrelse"))).filteredOn(i -> i.tabell().equals("12255")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.hentet()).hasValue(naa));
    }

    private static Map<String, String> med(Map<String, String> m, String k, String v) {
        Map<String, String> ut = new LinkedHashMap<>(m);
        ut.put(k, v);
        return ut;
    }

    @Test
    void aDimensionSsbCannotEliminateAndMissingYearsAreHandledFromMetadata(@TempDir Path dir) throws Exception {
        try (PxWebApiStandIn s = new PxWebApiStandIn()) {
            // 12362 gains a mandatory dimension no series selects; 14019 has not published 2025 yet
            s.metadata("12362", s.metadata("12362").replace("\"id\": [\n  \"KOKkommuneregion0000\",",
                    "\"id\": [\n  \"KOKkommuneregion0000\",\n  \"KOKregnskapsomfa0000\",").replace("\"dimension\": {",
                    "\"dimension\": {\"KOKregnskapsomfa0000\": {\"label\": \"regnskapsomfang\", \"category\": {\"index\": {\"A\": 0, \"B\": 1}, "
                            + "\"label\": {\"A\": \"Kommuner/fylkeskommuner\", \"B\": \"Kommuner eksl. foretak\"}}, \"extension\": {\"elimination\": false}},"));
            s.metadata("14019", utenKode(s.metadata("14019"), "Tid", "2025"));
            List<String> err = new ArrayList<>();
            assertThat(refresh(s, dir, FIRST, new ArrayList<>(), err)).isEqualTo(1);
            assertThat(err).singleElement().asString().startsWith("table 12362 failed")
                    .contains("dimension KOKregnskapsomfa0000 (regnskapsomfang) must be selected", "A Kommuner/fylkeskommuner");
            assertThat(s.requests()).filteredOn(r -> r.contains("/14019/data")).singleElement().asString()
                    .contains("valuecodes%5BTid%5D=2024&").doesNotContain("2025");
        }
    }

    /** Metadata without one code of a dimension (what SSB shows before a year is published). */
    static String utenKode(String metadata, String dim, String kode) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode m = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(metadata);
        com.fasterxml.jackson.databind.node.ObjectNode cat = (com.fasterxml.jackson.databind.node.ObjectNode) m.get("dimension").get(dim).get("category");
        ((com.fasterxml.jackson.databind.node.ObjectNode) cat.get("label")).remove(kode);
        com.fasterxml.jackson.databind.node.ObjectNode index = (com.fasterxml.jackson.databind.node.ObjectNode) cat.get("index");
        index.remove(kode);
        List<String> rest = new ArrayList<>();
        index.fieldNames().forEachRemaining(rest::add);
        for (int i = 0; i < rest.size(); i++) {
            index.put(rest.get(i), i);
        }
        return m.toString();
    }
}

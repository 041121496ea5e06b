package no.kommunefakta.site.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.nokkeltall.Beregning;
import no.kommunefakta.site.nokkeltall.Grunnlag;
import no.kommunefakta.site.nokkeltall.GrunnlagLoader;
import no.kommunefakta.site.nokkeltall.Katalog;
import no.kommunefakta.site.nokkeltall.Kildetabell;
import no.kommunefakta.site.nokkeltall.Resultat;
import no.kommunefakta.site.region.Regioner;

/** The refresh plan is derived from the catalogue: every table a key figure needs is fetched, nothing else. */
class RefreshPlanTest {

    private static final DataSource KILDE = DataSource.embedded();
    private static final Regioner REGIONER = Regioner.load(KILDE);

    @Test
    void everyTableTheCatalogueNeedsIsFetched() {
        List<TableRequest> plan = RefreshPlan.requests(KILDE, REGIONER);
        Grunnlag g = new GrunnlagLoader(KILDE, REGIONER).load();
        Katalog k = Katalog.load(KILDE, g.serier().keySet());
        assertThat(plan).extracting(TableRequest::table).containsExactlyInAnyOrderElementsOf(k.kildetabeller().keySet());
        assertThat(plan).extracting(TableRequest::table)
                .containsExactly("12134", "12367", "12191", "12163", "13502", "12255", "12293", "12209", "13135", "11820", "12362",
                        "11996", "13995", "14019", "11814", "11815", "07459", "11906", "12905");
        // every cell selection of every figure is inside its table's request
        for (Map.Entry<String, List<Kildetabell>> e : k.kildetabeller().entrySet()) {
            TableRequest r = plan.stream().filter(p -> p.table().equals(e.getKey())).findFirst().orElseThrow();
            for (Kildetabell t : e.getValue()) {
                t.filter().forEach((dim, code) -> assertThat(r.filter().get(dim)).as(t.serie() + " " + dim).contains(code));
                assertThat(r.regionDimension()).isEqualTo(t.regiondimensjon());
            }
        }
    }

    @Test
    void aFigureNamesItsTablesAndCellsForTheAboutPage() {
        Grunnlag g = new GrunnlagLoader(KILDE, REGIONER).load();
        Katalog k = Katalog.load(KILDE, g.serier().keySet());
        assertThat(k.perId().get("bv_per_innb").kildetabeller()).extracting(Kildetabell::tabell, Kildetabell::rolle,
                Kildetabell::filterTekst).containsExactly(
                        org.assertj.core.api.Assertions.tuple("12367", "teller",
                                "KOKregnskapsomfa0000=A, KOKfunksjon0000=244, KOKart0000=AGD2, ContentsCode=KOSbelop0000"),
                        org.assertj.core.api.Assertions.tuple("12367", "teller",
                                "KOKregnskapsomfa0000=A, KOKfunksjon0000=251, KOKart0000=AGD2, ContentsCode=KOSbelop0000"),
                        org.assertj.core.api.Assertions.tuple("12367", "teller",
                                "KOKregnskapsomfa0000=A, KOKfunksjon0000=252, KOKart0000=AGD2, ContentsCode=KOSbelop0000"),
                        // the population 31.12 (1.1. the year after) from 07459, all ages
                        org.assertj.core.api.Assertions.tuple("07459", "nevner", "ContentsCode=Personer1, Alder=000:"));
        assertThat(k.perId().get("tannhelse_per_innb").kildetabeller()).singleElement().satisfies(t -> {
            assertThat(t.rolle()).isEqualTo("publisert");
            assertThat(t.regiondimensjon()).isEqualTo("KOKfylkesregion0000");
            assertThat(t.tittel()).contains("fylkeskommuner");
        });
        // population is planned from 07459 (the embedded csdata extract is its base), kommunale veier from 11814
        assertThat(k.perId().get("bef_folkemengde").kildetabeller()).extracting(Kildetabell::tabell, Kildetabell::filterTekst)
                .containsExactly(org.assertj.core.api.Assertions.tuple("07459", "ContentsCode=Personer1, Alder=000:"));
        assertThat(k.perId().get("sam_veier_km").kildetabeller()).extracting(Kildetabell::tabell).containsExactly("11814");
        // fylkeskommune areas are not on kommune pages; every kommune area is, and on every fylke page
        assertThat(k.omraader("kommune")).extracting(o -> o.slug()).doesNotContain("tannhelse", "videregaende")
                .contains("befolkning", "grunnskole", "barnevern", "kirke", "plan-byggesak-miljo", "vann", "avlop", "avfall",
                        "brann", "bolig");
        assertThat(k.omraader("fylke")).extracting(o -> o.slug())
                .contains("barnevern", "vann", "videregaende", "fylkesveier", "kollektivtransport", "tannhelse");
    }

    @Test
    void catalogueFilesHaveNoStraySeparators() throws IOException {
        // a ';' inside a definition text would shift every later column silently
        for (String f : List.of("nokkeltall.csv", "grunnlag.csv", "refresh.csv", "tjenesteomraader.csv")) {
            List<String> lines = KILDE.reader("kommunefakta/" + f).lines().toList();
            int n = lines.get(0).split(";", -1).length;
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i).split(";", -1)).as(f + " line " + (i + 1)).hasSize(n);
            }
        }
    }

    @Test
    void kommuneTablesAskForEveryKommuneAndAggregateFylkeTablesForEveryFylkeskommune() {
        Map<String, TableRequest> plan = RefreshPlan.requests(KILDE, REGIONER).stream()
                .collect(Collectors.toMap(TableRequest::table, r -> r));
        TableRequest r12367 = plan.get("12367");
        assertThat(r12367.regionDimension()).isEqualTo("KOKkommuneregion0000");
        assertThat(r12367.regions()).hasSize(357 + 15 + REGIONER.grupper().size() + 2)
                .contains("0301", "5001", "EKA46", "EKG01", "EAK", "EAKUO");
        assertThat(r12367.filter().get("KOKfunksjon0000")).contains("244", "251", "252", "257", "258", "FGK8b")
                .doesNotContain("254");
        assertThat(r12367.filter().get("KOKart0000")).containsExactlyInAnyOrder("AGD2", "AGD4", "AGD10");
        assertThat(r12367.filter().get("ContentsCode")).containsExactly("KOSbelop0000");
        assertThat(r12367.years()).containsExactly("2024", "2025");
        TableRequest r12163 = plan.get("12163");
        assertThat(r12163.regionDimension()).isEqualTo("KOKfylkesregion0000");
        assertThat(r12163.regions()).hasSize(15 + 2).contains("0300", "4600", "5600", "EAFK", "EAFKUO");
        assertThat(r12163.filter().get("KOKfunksjon0000")).containsExactly("FGF7", "FGF4", "722", "FGF8");
        assertThat(r12163.filter()).doesNotContainKey("KOKregnskapsomfa0000");
        // 12134: SSB's nine economy nøkkeltall; 12191: the years its figures show
        assertThat(plan.get("12134").filter().get("ContentsCode")).containsExactlyInAnyOrder("KOSAG110000", "KOSAGD230000",
                "KOSAGD290000", "KOSKG280000", "KOSKG400000", "KOSKG320000", "KOSKG210000", "KOSAGI10000", "KOSAGI210000");
        assertThat(plan.get("12191").years()).containsExactly("2019", "2020");
        assertThat(plan.get("13502").filter()).containsOnlyKeys("ContentsCode");
        assertThat(plan.get("13502").filter().get("ContentsCode"))
                .containsExactly("KOSandel150000", "KOSbarnaav0000", "KOSutg020000", "KOSandel120000", "KOSkorrtidkomm0000");
        // the figures refresh could not fill before: their published values, with the years the figures show
        assertThat(plan.get("12209").regionDimension()).isEqualTo("KOKkommuneregion0000");
        assertThat(plan.get("12209").filter()).containsOnlyKeys("ContentsCode");
        assertThat(plan.get("12209").filter().get("ContentsCode")).containsExactly("KOShjtj80aarover0001", "KOSsykhjand80aar0000", "KOSbduFKG9innbyg0000");
        assertThat(plan.get("12209").years()).containsExactly("2024", "2025");
        assertThat(plan.get("12209").regions()).hasSize(357 + 15 + REGIONER.grupper().size() + 2).contains("3222", "EKG08", "EAK");
        assertThat(plan.get("13135").filter().get("ContentsCode"))
                .containsExactly("KOSdriftinnb0000", "KOSdriftkultur0000", "KOSmusikkandelba0000");
        assertThat(plan.get("13135").years()).containsExactly("2024", "2025");
    }

    @Test
    void theEmbeddedStatusNamesEveryFetchedTable() {
        RefreshStatus s = RefreshStatus.read(KILDE);
        Set<String> tables = RefreshPlan.requests(KILDE, REGIONER).stream().map(TableRequest::table)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(s.rows()).extracting(RefreshStatus.Row::table).containsAll(tables);
        assertThat(s.row("12134")).hasValueSatisfying(r -> {
            assertThat(r.state()).isEqualTo(RefreshStatus.State.OK);
            assertThat(r.fetched()).hasValue(Instant.parse("2026-04-25T10:35:12Z"));
        });
        assertThat(s.row("12163")).hasValueSatisfying(r -> {
            assertThat(r.state()).isEqualTo(RefreshStatus.State.FEIL);
            assertThat(r.fetched()).isEmpty();
        });
    }

    @Test
    void statusRoundTripsAndQuotesSeparators(@TempDir Path dir) throws IOException {
        RefreshStatus s = new RefreshStatus(List.of())
                .with("12367", Optional.of(Instant.parse("2026-11-01T06:00:00Z")), RefreshStatus.State.OK, "1 fil, 10 celler")
                .with("12163", Optional.empty(), RefreshStatus.State.FEIL, "HTTP 400: \"Non-existent value\";\nline two");
        s.write(dir);
        assertThat(Files.readString(dir.resolve(RefreshStatus.FILE), StandardCharsets.UTF_8)).isEqualTo("""
                tabell;hentet;status;melding
                12163;;FEIL;"HTTP 400: ""Non-existent value""; line two"
                12367;2026-11-01T06:00:00Z;OK;1 fil, 10 celler
                """);
        assertThat(RefreshStatus.read(dir.resolve(RefreshStatus.FILE))).isEqualTo(s);
        // a later failure keeps the last good time
        assertThat(s.with("12367", Optional.empty(), RefreshStatus.State.FEIL, "HTTP 500").row("12367").orElseThrow().fetched())
                .hasValue(Instant.parse("2026-11-01T06:00:00Z"));
    }

    @Test
    void fylkeskommuneFiguresLandOnTheFylkePages(@TempDir Path dir) throws IOException {
        // SSB's recorded 12134 answer relabelled as a fylkeskommune table: 0301/4601/5001 -> 0300/4600/5000
        ObjectMapper json = new ObjectMapper();
        ObjectNode d;
        try (InputStream in = KILDE.open("ssb/jsonstat2/12134_frie-inntekter_2024_0301-4601-5001.pxwebapi-v2.json")) {
            d = (ObjectNode) json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("KOKkommuneregion0000", "KOKfylkesregion0000").replace("\"0301\"", "\"0300\"")
                    .replace("\"4601\"", "\"4600\"").replace("\"5001\"", "\"5000\"").replace("KOSAG110000", "KOSbelopinnbygge0000"));
        }
        for (String[] dim : new String[][] {{"KOKfunksjon0000", "FGF7"}, {"KOKart0000", "AGD2"}}) {
            ObjectNode dn = ((ObjectNode) d.get("dimension")).putObject(dim[0]);
            dn.putObject("category").putObject("index").put(dim[1], 0);
            ((ArrayNode) d.get("id")).insert(0, dim[0]);
            ((ArrayNode) d.get("size")).insert(0, 1);
        }
        Path folder = Files.createDirectories(dir.resolve(RefreshCommand.FOLDER));
        Files.writeString(folder.resolve("12163_1.json"), json.writeValueAsString(d), StandardCharsets.UTF_8);
        DataSource kilde = new DataSource(Optional.of(dir));
        Grunnlag g = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
        assertThat(g.celle("r12163.vgo", "EKA03", 2024).verdi()).isEqualByComparingTo("81240");
        assertThat(g.celle("r12163.vgo", "EKA46", 2024).verdi()).isEqualByComparingTo("66605");
        assertThat(g.celle("r12163.vgo", "EKA50", 2024).verdi()).isEqualByComparingTo("62853");
        assertThat(g.celle("r12163.vgo", "0301", 2024).harTall()).isFalse();
    }
    /**
     * A refreshed answer of 12209, 13135 and 13502 (PxWebApi v2 JSON-stat 2.0 in the shape of the recorded 12134
     * answer: dimensions KOKkommuneregion0000, ContentsCode, Tid with roles, units and a status object) fills the
     * figures that had only the embedded Lørenskog profile. The numbers are test values, not SSB's.
     */
    @Test
    void refreshedAnswersFillTheFiguresThatHadOnlyTheEmbeddedProfile(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(RefreshCommand.FOLDER));
        List<String> regioner = List.of("0301", "3222", "EKG08", "EAK");
        Files.writeString(folder.resolve("12209_1.json"), svar("12209", regioner,
                new String[][] {{"KOShjtj80aarover0001", "prosent", "1"}, {"KOSsykhjand80aar0000", "prosent", "1"},
                        {"KOSbduFKG9innbyg0000", "kr", "0"}},
                // region x content x year (2024, 2025); null with a status is SSB's symbol
                new Object[] {17.9, 18.1, 9.8, 9.6, 31000, 32000, "..", "..", 11.2, 11.0, 24000, 25000, 20.2, 20.4, 12.1, 12.0, 29000, 30000,
                        21.0, ":", 10.9, 10.7, 33000, 34000}),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("13135_1.json"), svar("13135", regioner,
                new String[][] {{"KOSdriftinnb0000", "kr", "0"}, {"KOSdriftkultur0000", "prosent", "1"},
                        {"KOSmusikkandelba0000", "prosent", "1"}},
                new Object[] {4100, 4200, 4.1, 4.2, 12.5, 12.6, 3700, 3800, 5.9, 6.0, 11.4, 11.5,
                        3000, 3100, 4.4, 4.5, 14.2, 14.3, 2900, 3000, 4.0, 4.1, 13.0, 13.1}),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("13502_1.json"), svar("13502", regioner,
                new String[][] {{"KOSandel120000", "prosent", "1"}},
                new Object[] {88.0, 88.4, 87.5, 88.6, 90.1, 90.5, 89.3, 89.7}), StandardCharsets.UTF_8);
        DataSource kilde = new DataSource(Optional.of(dir));
        Regioner reg = Regioner.load(kilde);
        Grunnlag g = new GrunnlagLoader(kilde, reg).load();
        Katalog k = Katalog.load(kilde, g.serier().keySet());
        Beregning b = new Beregning(g, k);

        Resultat kulturskole = b.beregn(k.perId().get("kul_kulturskole"), "3222", 2024);
        assertThat(kulturskole.grunnlag()).isEqualTo("publisert");
        // the refreshed value is tried before the embedded profile's 10.6
        assertThat(kulturskole.verdi().verdi()).isEqualByComparingTo("11.4");
        assertThat(b.beregn(k.perId().get("kul_per_innb"), "0301", 2025).verdi().verdi()).isEqualByComparingTo("4200");
        assertThat(b.beregn(k.perId().get("kul_andel"), "EAK", 2024).verdi().verdi()).isEqualByComparingTo("4.0");
        assertThat(b.beregn(k.perId().get("kul_andel"), "EKG08", 2025).verdi().verdi()).isEqualByComparingTo("4.5");
        assertThat(b.beregn(k.perId().get("ho_utgifter_per_innb"), "3222", 2025).verdi().verdi()).isEqualByComparingTo("25000");
        assertThat(b.beregn(k.perId().get("ho_hjemmetjenester_80"), "0301", 2024).verdi().verdi()).isEqualByComparingTo("17.9");
        // ".." in the answer: the embedded profile's value for Lørenskog stays (Andel innb. 80+ som bruker hjemmetjenester 19 %)
        assertThat(b.beregn(k.perId().get("ho_hjemmetjenester_80"), "3222", 2024).verdi().verdi()).isEqualByComparingTo("19.0");
        // ":" is SSB's suppression and is shown as such, never replaced
        assertThat(b.beregn(k.perId().get("ho_hjemmetjenester_80"), "EAK", 2025).verdi().status()).isEqualTo(Status.PRIKKET);
        assertThat(b.beregn(k.perId().get("bhg_barn_1_2"), "EKG08", 2025).verdi().verdi()).isEqualByComparingTo("90.5");
        // institusjonsopphold (12209, the profile's definition) and langtidsopphold (12293) are two figures, never mixed
        assertThat(b.beregn(k.perId().get("ho_institusjon_80"), "3222", 2024).verdi().verdi()).isEqualByComparingTo("11.2");
        assertThat(k.perId().get("ho_institusjon_80").kildetabeller()).extracting(Kildetabell::filterTekst)
                .containsExactly("ContentsCode=Personer1, Alder=080:", "ContentsCode=KOSsykhjand80aar0000");
        assertThat(k.perId().get("ho_langtid_80").kildetabeller()).extracting(Kildetabell::filterTekst)
                .containsExactly("ContentsCode=Personer1, Alder=080:", "ContentsCode=KOSlangtid80aaro0001");
        assertThat(b.beregn(k.perId().get("ho_langtid_80"), "3222", 2024).verdi().harTall()).as("12293 not refreshed here").isFalse();

        // /om/ names the table and cell that fill each figure
        assertThat(k.perId().get("kul_kulturskole").kildetabeller()).filteredOn(t -> t.rolle().equals("publisert")).singleElement().satisfies(t -> {
            assertThat(t.tabell()).isEqualTo("13135");
            assertThat(t.rolle()).isEqualTo("publisert");
            assertThat(t.filterTekst()).isEqualTo("ContentsCode=KOSmusikkandelba0000");
        });
        assertThat(k.perId().get("ho_hjemmetjenester_80").kildetabeller()).extracting(Kildetabell::tabell).containsExactly("07459", "12209");
        assertThat(k.perId().get("bhg_barn_1_2").kildetabeller()).extracting(Kildetabell::filterTekst)
                .containsExactly("ContentsCode=KOSandel120000");
    }

    /** A PxWebApi v2 JSON-stat 2.0 answer: regions x contents ({code, unit, decimals}) x years 2024, 2025. */
    private static String svar(String tabell, List<String> regioner, String[][] innhold, Object[] verdier) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode d = json.createObjectNode();
        d.put("version", "2.0").put("class", "dataset").put("label", tabell + ": test answer").put("source", "Statistisk sentralbyrå")
                .put("updated", "2026-06-15T06:00:00Z");
        ObjectNode rolle = d.putObject("role");
        rolle.putArray("time").add("Tid");
        rolle.putArray("geo").add("KOKkommuneregion0000");
        rolle.putArray("metric").add("ContentsCode");
        d.putArray("id").add("KOKkommuneregion0000").add("ContentsCode").add("Tid");
        d.putArray("size").add(regioner.size()).add(innhold.length).add(2);
        ObjectNode dim = d.putObject("dimension");
        ObjectNode r = dim.putObject("KOKkommuneregion0000").put("label", "region").putObject("category");
        ObjectNode rIndex = r.putObject("index");
        ObjectNode rLabel = r.putObject("label");
        for (int i = 0; i < regioner.size(); i++) {
            rIndex.put(regioner.get(i), i);
            rLabel.put(regioner.get(i), regioner.get(i));
        }
        ObjectNode c = dim.putObject("ContentsCode").put("label", "statistikkvariabel").putObject("category");
        ObjectNode cIndex = c.putObject("index");
        ObjectNode cLabel = c.putObject("label");
        ObjectNode cUnit = c.putObject("unit");
        for (int i = 0; i < innhold.length; i++) {
            cIndex.put(innhold[i][0], i);
            cLabel.put(innhold[i][0], innhold[i][0]);
            cUnit.putObject(innhold[i][0]).put("base", innhold[i][1]).put("decimals", Integer.parseInt(innhold[i][2]));
        }
        ObjectNode t = dim.putObject("Tid").put("label", "år").putObject("category");
        t.putObject("index").put("2024", 0).put("2025", 1);
        t.putObject("label").put("2024", "2024").put("2025", "2025");
        ArrayNode v = d.putArray("value");
        ObjectNode status = json.createObjectNode();
        for (int i = 0; i < verdier.length; i++) {
            if (verdier[i] instanceof String sym) {
                v.addNull();
                status.put(String.valueOf(i), sym);
            } else {
                v.add(new java.math.BigDecimal(verdier[i].toString()));
            }
        }
        d.set("status", status);
        return d.toString();
    }
}

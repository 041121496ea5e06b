package no.kommunefakta.site.nokkeltall;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.region.Regioner;

/** Loader and aggregation over the embedded real data. */
class GrunnlagTest {

    static Beregning b;
    static Katalog k;

    @BeforeAll
    static void last() {
        DataSource kilde = DataSource.embedded();
        Regioner r = Regioner.load(kilde);
        Grunnlag g = new GrunnlagLoader(kilde, r).load();
        k = Katalog.load(kilde, g.serier().keySet());
        b = new Beregning(g, k);
    }

    private static Beregning eiendom;

    /**
     * The embedded data with a catalogue of one figure over the 2015 property survey (aggregering «tilgjengelige»): the
     * only series that sum over the kommuner with data and state the coverage.
     */
    static synchronized Beregning eiendom2015() {
        if (eiendom == null) {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("eiendom2015");
                java.nio.file.Files.createDirectories(dir.resolve("kommunefakta"));
                java.nio.file.Files.writeString(dir.resolve("kommunefakta/nokkeltall.csv"),
                        "id;omraade;familie;navn;enhet;desimaler;faktor;teller;teller_tekst;nevner;nevner_tekst;tidspunkt;publisert;aar;kilde\n"
                                + "eif_netto_idrett_per_innb;eiendomsforvaltning;prioritering;Netto driftsutgifter kommunale idrettsbygg per innbygger;"
                                + "kr;0;1000;eif.netto_idrett;Netto driftsutgifter kommunale idrettsbygg (KOSTRA 4.1);bef.folkemengde;"
                                + "Folkemengde 31.12.;31.12;;2015;SSB KOSTRA 4.1\n", java.nio.charset.StandardCharsets.UTF_8);
                DataSource kilde = new DataSource(java.util.Optional.of(dir));
                eiendom = new Beregning(b.grunnlag(), Katalog.load(kilde, b.grunnlag().serier().keySet()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return eiendom;
    }

    private static Nokkeltall n(String id) {
        return k.perId().get(id);
    }

    @Test
    void folkemengdeSomSsbPubliserer() {
        Grunnlag g = b.grunnlag();
        assertThat(g.celle("bef.folkemengde", "0301", 2024).verdi()).isEqualByComparingTo("717710");
        assertThat(g.celle("bef.folkemengde", Regioner.LANDET, 2024).verdi()).isEqualByComparingTo("5550203");
        assertThat(g.celle("bef.folkemengde", Regioner.LANDET, 2026).verdi()).isEqualByComparingTo("5627400");
        assertThat(g.celle("bef.folkemengde", Regioner.LANDET_UTEN_OSLO, 2024).verdi()).isEqualByComparingTo(BigDecimal.valueOf(5550203 - 717710));
        // a fylke is the sum of its kommuner exactly
        BigDecimal sum = g.medlemmer("EKA46").stream().map(kk -> g.celle("bef.folkemengde", kk, 2024).verdi()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(g.celle("bef.folkemengde", "EKA46", 2024).verdi()).isEqualByComparingTo(sum);
    }

    @Test
    void kostra3112BrukerBefolkningenAaretEtter() {
        // Lørenskog 2024 "Innbyggere" in KOSTRA = 50 013 = 1.1.2025
        Resultat r = b.beregn(n("sam_veier_per_1000"), "3222", 2024);
        assertThat(r.nevner().verdi()).isEqualByComparingTo("50013");
        // 2015 eiendomsforvaltning for Halden: netto 2 275 (1000 kr) / 30 544 innbyggere 1.1.2016 = 74 kr (the figure left
        // the catalogue, see uttatte-nokkeltall.csv; its series and the aggregation over available kommuner stay)
        Resultat h = eiendom2015().beregn(eiendom2015().katalog().perId().get("eif_netto_idrett_per_innb"), "3101", 2015);
        assertThat(h.teller().verdi()).isEqualByComparingTo("2275");
        assertThat(h.nevner().verdi()).isEqualByComparingTo("30544");
        assertThat(h.verdi().verdi()).isEqualByComparingTo("74");
    }

    @Test
    void aggregatErSumAvTellereDeltPaaSumAvNevnere() {
        Nokkeltall veier = n("sam_veier_per_1000");
        Grunnlag g = b.grunnlag();
        for (String agg : List.of("EKA46", "EKG05", Regioner.LANDET, Regioner.LANDET_UTEN_OSLO)) {
            BigDecimal t = BigDecimal.ZERO;
            BigDecimal v = BigDecimal.ZERO;
            for (String kk : g.medlemmer(agg)) {
                t = t.add(g.celle("nvdb.K", kk, 2024).verdi());
                v = v.add(g.celle("bef.folkemengde", kk, 2025).verdi());
            }
            Resultat r = b.beregn(veier, agg, 2024);
            assertThat(r.teller().verdi()).isEqualByComparingTo(t);
            BigDecimal forventet = t.multiply(BigDecimal.valueOf(1000)).divide(v, 2, RoundingMode.HALF_UP);
            if (!agg.equals(Regioner.LANDET)) {
                assertThat(r.verdi().verdi()).isEqualByComparingTo(forventet);
            }
        }
        // the unweighted mean of kommune ratios differs: we do not publish it
        double snitt = g.medlemmer("EKA46").stream().mapToDouble(kk -> b.beregn(veier, kk, 2024).verdi().verdi().doubleValue()).average().orElseThrow();
        assertThat(b.beregn(veier, "EKA46", 2024).verdi().verdi().doubleValue()).isNotCloseTo(snitt, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void publisertVerdiBrukesOgManglendeErSymbol() {
        assertThat(b.beregn(n("oko_frie_inntekter"), "0301", 2024).verdi().verdi()).isEqualByComparingTo("81240");
        assertThat(b.beregn(n("oko_frie_inntekter"), "0301", 2024).grunnlag()).isEqualTo("publisert");
        // Fedje did not report 2025 by the deadline: ".." never an invented number
        Celle fedje = b.beregn(n("oko_driftsresultat"), "4633", 2025).verdi();
        assertThat(fedje.status()).isEqualTo(Status.MANGLER);
        assertThat(b.beregn(n("oko_driftsresultat"), "4601", 2025).verdi().verdi()).isEqualByComparingTo("1.0");
        // no embedded data for Utsira's frie inntekter
        assertThat(b.beregn(n("oko_frie_inntekter"), "1151", 2024).verdi().status()).isEqualTo(Status.MANGLER);
    }

    @Test
    void ssbPrikketCelleVisesAldri() {
        Nokkeltall jordmor = n("ho_jordmor");
        Map<String, Status> statuser = new TreeMap<>();
        for (String kk : b.grunnlag().regioner().kommuner().keySet()) {
            for (Resultat r : b.resultater(jordmor, kk).values()) {
                if (!r.verdi().harTall()) {
                    statuser.merge(r.verdi().status().name(), Status.MANGLER, (x, y) -> x);
                }
                if (r.verdi().harTall()) {
                    assertThat(r.verdi().verdi()).isGreaterThan(BigDecimal.valueOf(Grunnlag.MAX_N));
                }
            }
        }
        assertThat(statuser).containsKey("PRIKKET");
    }

    @Test
    void delvisDekningOppgisForTilgjengeligeAggregater() {
        Resultat r = eiendom2015().beregn(eiendom2015().katalog().perId().get("eif_netto_idrett_per_innb"), Regioner.LANDET, 2015);
        assertThat(r.dekning()).matches("\\d+ av 357 kommuner");
        assertThat(r.verdi().harTall()).isTrue();
    }

    @Test
    void katalogetHarAlleFamilierOgGyldigeOmraader() {
        assertThat(k.nokkeltall()).hasSizeGreaterThan(60);
        assertThat(k.omraader()).extracting(Tjenesteomraade::slug).contains("befolkning", "barnehage", "grunnskole", "samferdsel");
        assertThat(k.nokkeltall()).extracting(Nokkeltall::familie).contains(Familie.values());
    }
}

package no.kommunefakta.site.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.nokkeltall.Grunnlag;
import no.kommunefakta.site.nokkeltall.GrunnlagLoader;
import no.kommunefakta.site.nokkeltall.Katalog;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.SerieDef;
import no.kommunefakta.site.region.Regioner;

/**
 * Every figure of the catalogue is in the refresh plan: filled from PxWebApi tables through series with a label rule
 * and public evidence (population from 07459, roads from 11814/11815 and the property figures from 11906, 12905, 12367 and
 * 12362, each with its embedded extract as base). A figure SSB's tables do not fill any longer would leave the catalogue
 * and be named on /om/ with the reason; none does now. None is filled by the embedded KOSTRA profile or a fixed extract
 * alone.
 */
class KatalogplanTest {

    @Test
    void everyFigureIsMappedToATableAndALabelRule() {
        DataSource kilde = DataSource.embedded();
        Grunnlag g = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
        Katalog k = Katalog.load(kilde, g.serier().keySet());
        Map<String, SerieDef> defs = GrunnlagLoader.definisjoner(kilde).stream().collect(Collectors.toMap(SerieDef::id, d -> d));
        Set<String> planlagt = RefreshPlan.tabeller(kilde).stream().map(RefreshPlan.Tabellplan::tabell).collect(Collectors.toSet());
        List<String> utenTabell = new ArrayList<>();
        Map<String, Set<String>> tabellerPerFigur = new TreeMap<>();
        for (Nokkeltall n : k.nokkeltall()) {
            Set<String> serier = new LinkedHashSet<>(n.publisert());
            n.teller().ifPresent(u -> serier.addAll(u.serier()));
            n.nevner().ifPresent(u -> serier.addAll(u.serier()));
            List<SerieDef> pxweb = serier.stream().map(defs::get).filter(SerieDef::fraPxWebApi).toList();
            for (SerieDef d : pxweb) {
                assertThat(planlagt).as(n.id() + " " + d.id()).contains(d.tabell());
                assertThat(d.etikett()).as(d.id() + " label rule").isNotBlank();
                assertThat(d.belegg()).as(d.id() + " public evidence").isNotBlank();
            }
            if (pxweb.isEmpty()) {
                utenTabell.add(n.id());
            }
            tabellerPerFigur.put(n.id(), pxweb.stream().map(SerieDef::tabell).collect(Collectors.toCollection(java.util.TreeSet::new)));
        }
        assertThat(utenTabell).as("figures no PxWebApi table fills").isEmpty();
        assertThat(k.nokkeltall()).hasSize(89);
        assertThat(tabellerPerFigur).containsEntry("bef_folkemengde", Set.of("07459")).containsEntry("sam_veier_km", Set.of("11814"))
                .containsEntry("fv_km_per_1000", Set.of("07459", "11815"))
                // the property figures: SSB's current tables, with the 2015 survey as the base year
                .containsEntry("eif_areal_idrett_per_innb", Set.of("07459", "11906")).containsEntry("eif_korr_per_m2", Set.of("11906", "12367"))
                .containsEntry("eif_vedlikehold_per_m2", Set.of("11906", "12905")).containsEntry("eif_eiendom_andel", Set.of("12362"));
        // no figure is taken out: every one SSB publishes for kommuner is planned
        assertThat(kilde.csv("kommunefakta/uttatte-nokkeltall.csv", ';')).isEmpty();
    }
}

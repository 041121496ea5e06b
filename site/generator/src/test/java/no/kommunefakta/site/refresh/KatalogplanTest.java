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
 * Every figure of the catalogue is in the refresh plan: filled from a PxWebApi table through series with a label rule,
 * or (documented on /om/) from a fixed extract that PxWebApi does not serve. None is filled by the embedded KOSTRA
 * profile alone.
 */
class KatalogplanTest {

    /** Fixed extracts: SSB 07459 via csdata (population), the kommune list (area), NVDB (roads), KOSTRA 4.1 2015. */
    private static final Set<String> FASTE = Set.of("befolkning", "kommuner", "nvdb", "eiendom2015");

    @Test
    void all89FiguresAreMappedToATableAndALabelRuleOrAFixedExtract() {
        DataSource kilde = DataSource.embedded();
        Grunnlag g = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
        Katalog k = Katalog.load(kilde, g.serier().keySet());
        Map<String, SerieDef> defs = GrunnlagLoader.definisjoner(kilde).stream().collect(Collectors.toMap(SerieDef::id, d -> d));
        Set<String> planlagt = RefreshPlan.tabeller(kilde).stream().map(RefreshPlan.Tabellplan::tabell).collect(Collectors.toSet());
        Map<String, List<String>> perKilde = new TreeMap<>();
        List<String> baareProfil = new ArrayList<>();
        for (Nokkeltall n : k.nokkeltall()) {
            Set<String> serier = new LinkedHashSet<>(n.publisert());
            n.teller().ifPresent(u -> serier.addAll(u.serier()));
            n.nevner().ifPresent(u -> serier.addAll(u.serier()));
            List<SerieDef> pxweb = serier.stream().map(defs::get).filter(d -> d.kilde().equals("jsonstat")).toList();
            for (SerieDef d : pxweb) {
                assertThat(planlagt).as(n.id() + " " + d.id()).contains(d.tabell());
                assertThat(d.etikett()).as(d.id() + " label rule").isNotBlank();
                assertThat(d.belegg()).as(d.id() + " public evidence").isNotBlank();
            }
            if (!pxweb.isEmpty()) {
                perKilde.computeIfAbsent("PxWebApi", x -> new ArrayList<>()).add(n.id());
            } else if (serier.stream().map(defs::get).allMatch(d -> FASTE.contains(d.kilde()))) {
                perKilde.computeIfAbsent("fast uttrekk", x -> new ArrayList<>()).add(n.id());
            } else {
                baareProfil.add(n.id());
            }
        }
        assertThat(baareProfil).as("figures filled by the embedded profile alone").isEmpty();
        assertThat(k.nokkeltall()).hasSize(89);
        assertThat(perKilde.get("PxWebApi")).hasSize(68);
        // population (07459 via csdata), area, NVDB roads and the 2015 property survey: fixed, documented on /om/
        assertThat(perKilde.get("fast uttrekk")).hasSize(21).contains("bef_folkemengde", "sam_veier_km", "eif_korr_per_m2");
    }
}

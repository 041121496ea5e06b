package no.kommunefakta.site.kart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.kommunefakta.site.data.DataSource;

class KartgrunnlagTest {

    private final Kartgrunnlag g = KartTestdata.GRUNNLAG;

    @Test
    void kartetHarHverKommuneOgHvertFylkeI2024Inndelingen() {
        List<String> kommuner = DataSource.embedded().csv("ssb/regioner/kommuner.csv", ',').stream()
                .map(r -> r.get("kommunenummer")).sorted().toList();
        List<String> fylker = DataSource.embedded().csv("ssb/regioner/fylker.csv", ',').stream()
                .map(r -> r.get("fylkesnummer")).sorted().toList();

        assertThat(kommuner).hasSize(357);
        assertThat(g.kommuner()).extracting(Flate::kode).containsExactlyElementsOf(kommuner);
        assertThat(fylker).hasSize(15);
        assertThat(g.fylker()).extracting(Flate::kode).containsExactlyElementsOf(fylker);
        assertThat(g.kommuner()).extracting(Flate::fylkeKode).allMatch(fylker::contains);
    }

    @Test
    void navnFraGrenseDataene() {
        assertThat(g.kommune("0301")).hasValueSatisfying(k -> assertThat(k.navn()).isEqualTo("Oslo"));
        assertThat(g.kommune("3222")).hasValueSatisfying(k -> assertThat(k.navn()).isEqualTo("Lørenskog"));
        assertThat(g.fylke("46")).hasValueSatisfying(f -> assertThat(f.navn()).isEqualTo("Vestland"));
        assertThat(g.kommune("9999")).isEmpty();
    }

    @Test
    void kommunerDelerGrenser() {
        Lag lag = g.lag(Nivaa.KOMMUNE);
        int oslo = lag.indeks("0301");
        int baerum = lag.indeks("3201");
        boolean felles = false;
        for (int a = 0; a < lag.x.length; a++) {
            felles |= (lag.bruker1[a] == oslo && lag.bruker2[a] == baerum) || (lag.bruker1[a] == baerum && lag.bruker2[a] == oslo);
        }
        assertThat(felles).as("Oslo and Bærum share an arc").isTrue();
    }
}

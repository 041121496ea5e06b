package no.kommunefakta.site.nokkeltall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class AarsresultaterTest {

    private static final Resultat A = Resultat.MANGLER;

    @Test
    void answersAsASortedMapOfTheSameYearsWould() {
        Resultat b = new Resultat(A.verdi(), A.teller(), A.nevner(), "b", A.dekning());
        Aarsresultater m = new Aarsresultater(new int[] {2022, 2023, 2025}, new Resultat[] {A, b, A});
        Map<Integer, Resultat> tre = new TreeMap<>(Map.of(2025, A, 2022, A, 2023, b));

        assertThat(m).isEqualTo(tre).hasSize(3);
        assertThat(m.keySet()).containsExactly(2022, 2023, 2025);
        assertThat(m.get(2023)).isSameAs(b);
        assertThat(m.get(2024)).isNull();
        assertThat(m.get("2023")).isNull();
        assertThat(m.getOrDefault(2024, b)).isSameAs(b);
        assertThat(List.copyOf(m.values())).containsExactly(A, b, A);
    }

    @Test
    void refusesYearsOutOfOrderOrAMissingResult() {
        assertThatThrownBy(() -> new Aarsresultater(new int[] {2023, 2022}, new Resultat[] {A, A}))
                .hasMessage("years not ascending: 2023, 2022");
        assertThatThrownBy(() -> new Aarsresultater(new int[] {2023}, new Resultat[] {null})).hasMessage("no result for 2023");
    }
}

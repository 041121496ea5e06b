package no.kommunefakta.site.kart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KlassedelingTest {

    private static List<BigDecimal> tall(int... v) {
        return IntStream.of(v).mapToObj(BigDecimal::valueOf).toList();
    }

    private static Klassedeling.Klasse k(int fra, int til, int antall) {
        return new Klassedeling.Klasse(BigDecimal.valueOf(fra), BigDecimal.valueOf(til), antall);
    }

    @Test
    void jevneKvantiler() {
        Klassedeling d = Klassedeling.kvantiler(tall(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 5);
        assertThat(d.klasser()).containsExactly(k(1, 2, 2), k(3, 4, 2), k(5, 6, 2), k(7, 8, 2), k(9, 10, 2));
        assertThat(d.klasse(BigDecimal.valueOf(1))).isZero();
        assertThat(d.klasse(BigDecimal.valueOf(6))).isEqualTo(2);
        assertThat(d.klasse(BigDecimal.valueOf(10))).isEqualTo(4);
    }

    @Test
    void ujevntAntallFordelesForfra() {
        // 7 values in 3 classes: 3, 2, 2
        assertThat(Klassedeling.kvantiler(tall(1, 2, 3, 4, 5, 6, 7), 3).klasser()).containsExactly(k(1, 3, 3), k(4, 5, 2), k(6, 7, 2));
    }

    @Test
    void likeVerdierHavnerIsammeKlasseOgResten_deles_pa_nytt() {
        // six zeros: the first class takes them all; the remaining four values are split over the four classes left
        Klassedeling d = Klassedeling.kvantiler(tall(0, 0, 0, 0, 0, 0, 1, 2, 3, 4), 5);
        assertThat(d.klasser()).containsExactly(k(0, 0, 6), k(1, 1, 1), k(2, 2, 1), k(3, 3, 1), k(4, 4, 1));
        Klassedeling midt = Klassedeling.kvantiler(tall(1, 2, 5, 5, 5, 5, 5, 5, 8, 9), 5);
        assertThat(midt.klasser()).containsExactly(k(1, 2, 2), k(5, 5, 6), k(8, 8, 1), k(9, 9, 1));
        assertThat(midt.klasser()).extracting(Klassedeling.Klasse::antall).containsExactly(2, 6, 1, 1);
    }

    @Test
    void faerreUlikeVerdierEnnKlasser() {
        assertThat(Klassedeling.kvantiler(tall(3, 7, 3, 7, 7), 5).klasser()).containsExactly(k(3, 3, 2), k(7, 7, 3));
        assertThat(Klassedeling.kvantiler(tall(4), 5).klasser()).containsExactly(k(4, 4, 1));
    }

    @Test
    void ingenVerdierGirIngenKlasser() {
        assertThat(Klassedeling.kvantiler(List.of(), 5).klasser()).isEmpty();
    }

    @Test
    void desimalerOgSkalaSammenlignesSomTall() {
        Klassedeling d = Klassedeling.kvantiler(List.of(new BigDecimal("1.50"), new BigDecimal("1.5"), new BigDecimal("2")), 2);
        assertThat(d.klasser()).hasSize(2);
        assertThat(d.klasser().get(0).antall()).isEqualTo(2);
        assertThat(d.klasse(new BigDecimal("1.500"))).isZero();
    }

    @Test
    void ugyldigAntallKlasser() {
        assertThatThrownBy(() -> Klassedeling.kvantiler(tall(1), 0)).hasMessageContaining("at least 1, was 0");
        assertThatThrownBy(() -> Klassedeling.kvantiler(tall(1, 2), 1).klasse(BigDecimal.TEN)).hasMessageContaining("value 10");
    }
}

package no.kommunefakta.site.kart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VisvalingamTest {

    @Test
    void endepunkterBeholdesAlltidOgRettLinjeVeierNull() {
        double[] w = Visvalingam.vekter(new double[] {0, 1, 2, 3}, new double[] {0, 0, 0, 0});
        assertThat(w[0]).isInfinite();
        assertThat(w[3]).isInfinite();
        assertThat(w[1]).isZero();
        assertThat(w[2]).isZero();
    }

    @Test
    void effektivtArealErTrekantenMedNaboene() {
        // (0,0) (1,1) (2,0) (4,0): the middle point of the first three spans a triangle of area 1
        double[] w = Visvalingam.vekter(new double[] {0, 1, 2, 4}, new double[] {0, 1, 0, 0});
        // point 2 (2,0) goes first: triangle (1,1)(2,0)(4,0) has area 1, the same as point 1's; ties go to the lower
        // index, so point 1 goes first with area 1, then point 2 with triangle (0,0)(2,0)(4,0) = 0 -> raised to 1
        assertThat(w[1]).isCloseTo(1.0, within(1e-12));
        assertThat(w[2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void vekteneErMonotone() {
        // a spike: once the small wiggles are gone, the spike's weight must not fall below theirs
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        double[] y = {0, 0.1, 0, 5, 0, 0.1, 0};
        double[] w = Visvalingam.vekter(x, y);
        assertThat(w[3]).isGreaterThan(w[1]).isGreaterThan(0);
        assertThat(w[1]).isCloseTo(0.1, within(1e-12));
        assertThat(w[2]).isGreaterThanOrEqualTo(w[1]);
    }

    @Test
    void toPunkterHarIngenIndrePunkter() {
        assertThat(Visvalingam.vekter(new double[] {0, 1}, new double[] {0, 1})).containsOnly(Double.POSITIVE_INFINITY);
    }
}

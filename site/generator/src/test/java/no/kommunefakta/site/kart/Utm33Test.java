package no.kommunefakta.site.kart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Utm33Test {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257222101;

    /** Meridian arc length by numerical integration (Simpson), independent of the series in Utm33. */
    private static double meridianbue(double latGrader) {
        double e2 = F * (2 - F);
        int n = 20000;
        double phi = Math.toRadians(latGrader);
        double h = phi / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double p = i * h;
            double v = A * (1 - e2) / Math.pow(1 - e2 * Math.sin(p) * Math.sin(p), 1.5);
            s += v * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return s * h / 3;
    }

    /** Snyder (USGS Professional Paper 1395, eq. 8-9 and 8-10): an independent series for the same projection. */
    private static double[] snyder(double lon, double lat) {
        double e2 = F * (2 - F);
        double ep2 = e2 / (1 - e2);
        double phi = Math.toRadians(lat);
        double n = A / Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi));
        double t = Math.tan(phi) * Math.tan(phi);
        double c = ep2 * Math.cos(phi) * Math.cos(phi);
        double a = Math.toRadians(lon - 15) * Math.cos(phi);
        double m = meridianbue(lat);
        double x = 0.9996 * n * (a + (1 - t + c) * Math.pow(a, 3) / 6 + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * Math.pow(a, 5) / 120)
                + 500000;
        double y = 0.9996 * (m + n * Math.tan(phi) * (a * a / 2 + (5 - t + 9 * c + 4 * c * c) * Math.pow(a, 4) / 24
                + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * Math.pow(a, 6) / 720));
        return new double[] {x, y};
    }

    @Test
    void sentralmeridianenGirMeridianbuenGangerSkalafaktor() {
        assertThat(Utm33.x(15, 60)).isCloseTo(500000, within(1e-6));
        assertThat(Utm33.y(15, 60)).isCloseTo(0.9996 * meridianbue(60), within(0.001));
        assertThat(Utm33.y(15, 70)).isCloseTo(0.9996 * meridianbue(70), within(0.001));
    }

    @Test
    void stemmerMedSnydersRekkeOverHeleNorge() {
        double[][] punkter = {{10.75, 59.91}, {5.32, 60.39}, {4.5, 58}, {25.0, 71.1}, {31.1, 70.4}};
        for (double[] p : punkter) {
            double[] s = snyder(p[0], p[1]);
            assertThat(Utm33.x(p[0], p[1])).as("easting %s", p).isCloseTo(s[0], within(1.0));
            assertThat(Utm33.y(p[0], p[1])).as("northing %s", p).isCloseTo(s[1], within(1.0));
        }
    }

    @Test
    void vestForSentralmeridianenErOstingMindre() {
        assertThat(Utm33.x(10.75, 59.91)).isLessThan(500000).isGreaterThan(200000);
        assertThat(Utm33.x(30, 70)).isGreaterThan(1000000);
    }
}

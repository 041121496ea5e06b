package no.kommunefakta.site.kart;

/**
 * Projects WGS 84 / ETRS89 longitude and latitude to UTM zone 33N (EPSG:25833), the projection Kartverket and SSB use
 * for maps of the whole of Norway. Krüger's series to the third order (as in the UTM definition): accurate to well
 * under a metre across Norway, 16 degrees either side of the central meridian 15°E.
 *
 * <p>Why not equirectangular with cos(latitude): Norway spans 58°–71°N, where cos(latitude) falls from 0.53 to 0.33,
 * so one scale factor stretches Finnmark or squeezes the south by a third; UTM 33 keeps shapes as readers know them
 * from Norwegian maps, at the cost of a few trigonometric calls per point (≈25 000 points).
 */
final class Utm33 {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257222101; // GRS80
    private static final double K0 = 0.9996;
    private static final double LON0 = Math.toRadians(15);
    private static final double E0 = 500000;
    private static final double N;
    private static final double STOR_A;
    private static final double ALFA1;
    private static final double ALFA2;
    private static final double ALFA3;
    private static final double TO_ROT_N;

    static {
        N = F / (2 - F);
        double n2 = N * N;
        STOR_A = A / (1 + N) * (1 + n2 / 4 + n2 * n2 / 64);
        ALFA1 = N / 2 - 2 * n2 / 3 + 5 * n2 * N / 16;
        ALFA2 = 13 * n2 / 48 - 3 * n2 * N / 5;
        ALFA3 = 61 * n2 * N / 240;
        TO_ROT_N = 2 * Math.sqrt(N) / (1 + N);
    }

    private Utm33() {
    }

    /** Easting in metres. */
    static double x(double lonGrader, double latGrader) {
        return projiser(lonGrader, latGrader, true);
    }

    /** Northing in metres. */
    static double y(double lonGrader, double latGrader) {
        return projiser(lonGrader, latGrader, false);
    }

    /** Projects in place: {@code lon} becomes easting, {@code lat} northing. */
    static void projiser(double[] lon, double[] lat) {
        for (int i = 0; i < lon.length; i++) {
            double[] xy = xy(lon[i], lat[i]);
            lon[i] = xy[0];
            lat[i] = xy[1];
        }
    }

    private static double projiser(double lon, double lat, boolean x) {
        double[] xy = xy(lon, lat);
        return x ? xy[0] : xy[1];
    }

    private static double[] xy(double lonGrader, double latGrader) {
        double phi = Math.toRadians(latGrader);
        double dl = Math.toRadians(lonGrader) - LON0;
        double s = Math.sin(phi);
        double t = Math.sinh(atanh(s) - TO_ROT_N * atanh(TO_ROT_N * s));
        double xi = Math.atan2(t, Math.cos(dl));
        double eta = atanh(Math.sin(dl) / Math.sqrt(1 + t * t));
        double e = eta + ALFA1 * Math.cos(2 * xi) * Math.sinh(2 * eta) + ALFA2 * Math.cos(4 * xi) * Math.sinh(4 * eta)
                + ALFA3 * Math.cos(6 * xi) * Math.sinh(6 * eta);
        double n = xi + ALFA1 * Math.sin(2 * xi) * Math.cosh(2 * eta) + ALFA2 * Math.sin(4 * xi) * Math.cosh(4 * eta)
                + ALFA3 * Math.sin(6 * xi) * Math.cosh(6 * eta);
        return new double[] {E0 + K0 * STOR_A * e, K0 * STOR_A * n};
    }

    private static double atanh(double v) {
        return 0.5 * Math.log((1 + v) / (1 - v));
    }
}

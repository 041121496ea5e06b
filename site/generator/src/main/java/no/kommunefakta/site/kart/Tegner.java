package no.kommunefakta.site.kart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

import no.kommunefakta.site.svg.SvgWriter;

/**
 * Lays out a set of regions of one layer in a box of a given pixel width: fits the projected bounding box, keeps the
 * arc points whose Visvalingam weight reaches the threshold for this scale, rounds them to tenths of a pixel (each
 * arc once, so shared borders match exactly) and writes compact relative SVG paths.
 *
 * <p>A region whose rings all collapse at this scale (a small island kommune) is drawn from the unsimplified arcs of
 * its largest ring, so every region keeps a shape; those arcs are then unsimplified for its neighbours too.
 */
final class Tegner {

    private final Lag lag;
    private final int[] valgt;
    private final boolean[] erValgt;
    private final double skala;
    private final double minX;
    private final double maxY;
    private final int marg;
    private final double terskel;
    final int bredde;
    final int hoyde;
    private final int[][] bueX;
    private final int[][] bueY;
    private final boolean[] full;
    private final List<List<int[]>> ringPunkter = new ArrayList<>();
    private final String[] stier;

    /**
     * @param valgt    indices (into the layer) of the regions to draw, ascending
     * @param bredde   width of the map area in px, margins included
     * @param marg     margin in px on every side
     * @param toleranse Visvalingam threshold in square pixels
     */
    Tegner(Lag lag, int[] valgt, int bredde, int marg, double toleranse) {
        this.lag = lag;
        this.valgt = valgt.clone();
        this.erValgt = new boolean[lag.flater.size()];
        for (int f : valgt) {
            erValgt[f] = true;
        }
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int f : valgt) {
            for (int[] ring : lag.ringer.get(f)) {
                for (int ref : ring) {
                    int a = ref < 0 ? ~ref : ref;
                    for (int i = 0; i < lag.x[a].length; i++) {
                        x0 = Math.min(x0, lag.x[a][i]);
                        x1 = Math.max(x1, lag.x[a][i]);
                        y0 = Math.min(y0, lag.y[a][i]);
                        y1 = Math.max(y1, lag.y[a][i]);
                    }
                }
            }
        }
        if (valgt.length == 0) {
            throw new IllegalArgumentException("no regions to draw");
        }
        this.marg = marg;
        this.bredde = bredde;
        this.skala = (bredde - 2.0 * marg) / (x1 - x0);
        this.minX = x0;
        this.maxY = y1;
        this.hoyde = (int) Math.ceil((y1 - y0) * skala) + 2 * marg;
        this.terskel = toleranse / (skala * skala);
        int n = lag.x.length;
        this.bueX = new int[n][];
        this.bueY = new int[n][];
        this.full = new boolean[n];
        this.stier = new String[valgt.length];

        List<Integer> kollapset = new ArrayList<>();
        for (int k = 0; k < valgt.length; k++) {
            ringPunkter.add(ringer(valgt[k]));
            if (ringPunkter.get(k).isEmpty()) {
                kollapset.add(k);
            }
        }
        if (!kollapset.isEmpty()) {
            boolean[] endret = new boolean[n];
            for (int k : kollapset) {
                for (int ref : stoersteRing(valgt[k])) {
                    int a = ref < 0 ? ~ref : ref;
                    full[a] = true;
                    endret[a] = true;
                    bueX[a] = null;
                    bueY[a] = null;
                }
            }
            for (int k = 0; k < valgt.length; k++) {
                if (bruker(valgt[k], endret)) {
                    ringPunkter.set(k, ringer(valgt[k]));
                }
            }
        }
        for (int k = 0; k < valgt.length; k++) {
            stier[k] = sti(ringPunkter.get(k));
        }
    }

    /** Pixels per UTM metre. */
    double skala() {
        return skala;
    }

    /** An easting in UTM 33 metres as x in px on this drawing. */
    double px(double x) {
        return (x - minX) * skala + marg;
    }

    /** A northing in UTM 33 metres as y in px on this drawing. */
    double py(double y) {
        return (maxY - y) * skala + marg;
    }

    /** The SVG path data of the k-th selected region (index into {@code valgt}). */
    String sti(int k) {
        return stier[k];
    }

    int antall() {
        return valgt.length;
    }

    /** Bounding box of the k-th selected region in tenths of a px: min x, min y, max x, max y. */
    int[] boks(int k) {
        int[][] alle = bokser;
        if (alle == null) {
            alle = new int[valgt.length][];
            for (int i = 0; i < alle.length; i++) {
                alle[i] = beregnBoks(i);
            }
            bokser = alle;
        }
        return alle[k].clone();
    }

    private volatile int[][] bokser;

    private int[] beregnBoks(int k) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int[] r : ringPunkter.get(k)) {
            for (int i = 0; i + 1 < r.length; i += 2) {
                b[0] = Math.min(b[0], r[i]);
                b[1] = Math.min(b[1], r[i + 1]);
                b[2] = Math.max(b[2], r[i]);
                b[3] = Math.max(b[3], r[i + 1]);
            }
        }
        return b;
    }

    Flate flate(int k) {
        return lag.flater.get(valgt[k]);
    }

    /**
     * Open paths along the drawn arcs that satisfy {@code ta} (e.g. "borders between two fylker" or "outline of the
     * highlighted regions"); each such arc once.
     */
    String buer(IntPredicate ta) {
        StringBuilder sb = new StringBuilder();
        boolean[] sett = new boolean[lag.x.length];
        for (int f : valgt) {
            for (int[] ring : lag.ringer.get(f)) {
                for (int ref : ring) {
                    int a = ref < 0 ? ~ref : ref;
                    if (sett[a] || !ta.test(a)) {
                        continue;
                    }
                    sett[a] = true;
                    bue(a);
                    int[] bx = bueX[a];
                    int[] by = bueY[a];
                    sb.append('M');
                    SvgWriter.tideler(sb, bx[0]);
                    SvgWriter.tideler(sb, by[0]);
                    sb.append('l');
                    for (int i = 1; i < bx.length; i++) {
                        SvgWriter.tideler(sb, bx[i] - bx[i - 1]);
                        SvgWriter.tideler(sb, by[i] - by[i - 1]);
                    }
                }
            }
        }
        return sb.toString();
    }

    private volatile String fylkesgrenser;

    /** The borders between kommuner of different fylker (for kommune maps), computed once. */
    String fylkesgrenser() {
        String g = fylkesgrenser;
        if (g == null) {
            g = buer(a -> lag.bruker2[a] >= 0
                    && !lag.flater.get(lag.bruker1[a]).fylkeKode().equals(lag.flater.get(lag.bruker2[a]).fylkeKode()));
            fylkesgrenser = g;
        }
        return g;
    }

    /** Whether the arc is drawn and borders a drawn region on one side only (the coast or an outer border). */
    boolean erYtterkant(int a) {
        int b1 = lag.bruker1[a];
        int b2 = lag.bruker2[a];
        return (b1 >= 0 && erValgt[b1]) != (b2 >= 0 && erValgt[b2]);
    }

    /** Regions on either side of an arc, -1 for none. */
    int bruker1(int a) {
        return lag.bruker1[a];
    }

    int bruker2(int a) {
        return lag.bruker2[a];
    }

    /**
     * Whether the rectangle (px) is free of drawn regions (checked on a 2 px raster of the filled shapes). Asked for
     * every candidate position of every inset on every map, so it answers from a summed-area table in constant time.
     */
    boolean ledig(double x, double y, double b, double h) {
        int[][] sum = dekning();
        int kolonner = sum[0].length - 1;
        int rader = sum.length - 1;
        int c0 = Math.max(0, (int) Math.floor(x / CELLE));
        int c1 = Math.min(kolonner - 1, (int) Math.floor((x + b) / CELLE));
        int r0 = Math.max(0, (int) Math.floor(y / CELLE));
        int r1 = Math.min(rader - 1, (int) Math.floor((y + h) / CELLE));
        if (r0 > r1 || c0 > c1) {
            return true;
        }
        return sum[r1 + 1][c1 + 1] - sum[r0][c1 + 1] - sum[r1 + 1][c0] + sum[r0][c0] == 0;
    }

    private static final int CELLE = 2;
    private volatile int[][] dekning;

    /** sum[i][j] = covered cells in rows < i and columns < j of {@link #raster()}. */
    private int[][] dekning() {
        int[][] sum = dekning;
        if (sum != null) {
            return sum;
        }
        boolean[][] r = raster();
        sum = new int[r.length + 1][r[0].length + 1];
        for (int i = 0; i < r.length; i++) {
            int rad = 0;
            for (int j = 0; j < r[0].length; j++) {
                rad += r[i][j] ? 1 : 0;
                sum[i + 1][j + 1] = sum[i][j + 1] + rad;
            }
        }
        dekning = sum;
        return sum;
    }

    /**
     * Cells covered by a region: even-odd scanline fill per region at the cell centres, plus every cell holding a
     * drawn point (so thin slivers and small islands count too).
     */
    private boolean[][] raster() {
        int rader = hoyde / CELLE + 1;
        int kolonner = bredde / CELLE + 1;
        boolean[][] r = new boolean[rader][kolonner];
        double[][] kryss = new double[rader][];
        int[] antall = new int[rader];
        for (List<int[]> ringer : ringPunkter) {
            java.util.Arrays.fill(antall, 0);
            for (int[] ring : ringer) {
                int n = ring.length / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = ring[2 * i] / 10.0;
                    double yi = ring[2 * i + 1] / 10.0;
                    double xj = ring[2 * j] / 10.0;
                    double yj = ring[2 * j + 1] / 10.0;
                    merk(r, xi, yi);
                    int fra = (int) Math.ceil(Math.min(yi, yj) / CELLE - 0.5);
                    int til = (int) Math.floor(Math.max(yi, yj) / CELLE - 0.5);
                    for (int rad = Math.max(0, fra); rad <= Math.min(rader - 1, til); rad++) {
                        double yc = (rad + 0.5) * CELLE;
                        if ((yi > yc) == (yj > yc)) {
                            continue;
                        }
                        double xc = xi + (xj - xi) * (yc - yi) / (yj - yi);
                        if (kryss[rad] == null) {
                            kryss[rad] = new double[8];
                        } else if (antall[rad] == kryss[rad].length) {
                            kryss[rad] = java.util.Arrays.copyOf(kryss[rad], antall[rad] * 2);
                        }
                        kryss[rad][antall[rad]++] = xc;
                    }
                }
            }
            for (int rad = 0; rad < rader; rad++) {
                if (antall[rad] < 2) {
                    continue;
                }
                java.util.Arrays.sort(kryss[rad], 0, antall[rad]);
                for (int k = 0; k + 1 < antall[rad]; k += 2) {
                    int c0 = Math.max(0, (int) Math.floor(kryss[rad][k] / CELLE));
                    int c1 = Math.min(kolonner - 1, (int) Math.floor(kryss[rad][k + 1] / CELLE));
                    for (int c = c0; c <= c1; c++) {
                        r[rad][c] = true;
                    }
                }
            }
        }
        return r;
    }

    private static void merk(boolean[][] r, double x, double y) {
        int rad = (int) Math.floor(y / CELLE);
        int kol = (int) Math.floor(x / CELLE);
        if (rad >= 0 && rad < r.length && kol >= 0 && kol < r[0].length) {
            r[rad][kol] = true;
        }
    }

    private boolean bruker(int f, boolean[] buer) {
        for (int[] ring : lag.ringer.get(f)) {
            for (int ref : ring) {
                if (buer[ref < 0 ? ~ref : ref]) {
                    return true;
                }
            }
        }
        return false;
    }

    private int[] stoersteRing(int f) {
        int[] beste = lag.ringer.get(f).get(0);
        double maks = -1;
        for (int[] ring : lag.ringer.get(f)) {
            double s = 0;
            for (int ref : ring) {
                int a = ref < 0 ? ~ref : ref;
                double[] x = lag.x[a];
                double[] y = lag.y[a];
                double d = 0;
                for (int i = 1; i < x.length; i++) {
                    d += x[i - 1] * y[i] - x[i] * y[i - 1];
                }
                s += ref < 0 ? -d : d;
            }
            if (Math.abs(s) > maks) {
                maks = Math.abs(s);
                beste = ring;
            }
        }
        return beste;
    }

    /** The rings of a region in tenths of a pixel (x, y interleaved, closing point dropped); collapsed rings left out. */
    private List<int[]> ringer(int f) {
        List<int[]> ut = new ArrayList<>();
        for (int[] ring : lag.ringer.get(f)) {
            int[] buf = new int[64];
            int n = 0;
            for (int ref : ring) {
                int a = ref < 0 ? ~ref : ref;
                bue(a);
                int[] bx = bueX[a];
                int[] by = bueY[a];
                int m = bx.length;
                for (int j = 0; j < m; j++) {
                    int i = ref < 0 ? m - 1 - j : j;
                    if (n >= 2 && buf[n - 2] == bx[i] && buf[n - 1] == by[i]) {
                        continue;
                    }
                    if (n + 2 > buf.length) {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                    }
                    buf[n++] = bx[i];
                    buf[n++] = by[i];
                }
            }
            if (n >= 4 && buf[0] == buf[n - 2] && buf[1] == buf[n - 1]) {
                n -= 2;
            }
            if (n >= 6) {
                ut.add(Arrays.copyOf(buf, n));
            }
        }
        return ut;
    }

    private void bue(int a) {
        if (bueX[a] != null) {
            return;
        }
        double[] x = lag.x[a];
        double[] y = lag.y[a];
        double[] w = lag.vekt[a];
        int[] bx = new int[x.length];
        int[] by = new int[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!full[a] && w[i] < terskel) {
                continue;
            }
            int px = (int) Math.round(((x[i] - minX) * skala + marg) * 10);
            int py = (int) Math.round(((maxY - y[i]) * skala + marg) * 10);
            if (n > 0 && bx[n - 1] == px && by[n - 1] == py) {
                continue;
            }
            bx[n] = px;
            by[n] = py;
            n++;
        }
        bueX[a] = Arrays.copyOf(bx, n);
        bueY[a] = Arrays.copyOf(by, n);
    }

    private static String sti(List<int[]> ringer) {
        StringBuilder sb = new StringBuilder();
        for (int[] r : ringer) {
            sb.append('M');
            SvgWriter.tideler(sb, r[0]);
            SvgWriter.tideler(sb, r[1]);
            sb.append('l');
            for (int i = 2; i < r.length; i += 2) {
                SvgWriter.tideler(sb, r[i] - r[i - 2]);
                SvgWriter.tideler(sb, r[i + 1] - r[i - 1]);
            }
            sb.append('z');
        }
        return sb.toString();
    }
}

package no.kommunefakta.site.kart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One projected, simplification-ready topology: arcs in UTM 33 metres with Visvalingam weights, and the regions as
 * rings of arc references. Also which regions use each arc (one for the coast, two for a border).
 */
final class Lag {

    final double[][] x;
    final double[][] y;
    final double[][] vekt;
    final List<Flate> flater;
    final List<List<int[]>> ringer;
    /** Per arc, the index of the first and second region using it, -1 when none. */
    final int[] bruker1;
    final int[] bruker2;
    private final Map<String, Integer> indeks;

    private Lag(double[][] x, double[][] y, double[][] vekt, List<Flate> flater, List<List<int[]>> ringer) {
        this.x = x;
        this.y = y;
        this.vekt = vekt;
        this.flater = flater;
        this.ringer = ringer;
        this.bruker1 = new int[x.length];
        this.bruker2 = new int[x.length];
        Arrays.fill(bruker1, -1);
        Arrays.fill(bruker2, -1);
        this.indeks = new HashMap<>();
        for (int f = 0; f < flater.size(); f++) {
            if (indeks.put(flater.get(f).kode(), f) != null) {
                throw new IllegalArgumentException("region code " + flater.get(f).kode() + " occurs twice in the boundary data");
            }
            for (int[] ring : ringer.get(f)) {
                for (int ref : ring) {
                    int a = ref < 0 ? ~ref : ref;
                    if (bruker1[a] < 0) {
                        bruker1[a] = f;
                    } else if (bruker1[a] != f && bruker2[a] < 0) {
                        bruker2[a] = f;
                    }
                }
            }
        }
    }

    static Lag av(TopoJson.Topologi t) {
        int n = t.lon().length;
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = t.lon()[i].clone();
            y[i] = t.lat()[i].clone();
            Utm33.projiser(x[i], y[i]);
            w[i] = Visvalingam.vekter(x[i], y[i]);
        }
        List<TopoJson.Geometri> sortert = new ArrayList<>(t.flater());
        sortert.sort((a, b) -> a.kode().compareTo(b.kode()));
        List<Flate> flater = new ArrayList<>();
        List<List<int[]>> ringer = new ArrayList<>();
        for (TopoJson.Geometri g : sortert) {
            flater.add(new Flate(g.kode(), g.navn()));
            ringer.add(g.ringer());
        }
        return new Lag(x, y, w, List.copyOf(flater), List.copyOf(ringer));
    }

    /** Bounding box of a region in UTM 33 metres: min x, min y, max x, max y. */
    double[] boks(int f) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int[] ring : ringer.get(f)) {
            for (int ref : ring) {
                int a = ref < 0 ? ~ref : ref;
                for (int i = 0; i < x[a].length; i++) {
                    b[0] = Math.min(b[0], x[a][i]);
                    b[1] = Math.min(b[1], y[a][i]);
                    b[2] = Math.max(b[2], x[a][i]);
                    b[3] = Math.max(b[3], y[a][i]);
                }
            }
        }
        return b;
    }

    /** Index of a region, -1 if unknown. */
    int indeks(String kode) {
        return indeks.getOrDefault(kode, -1);
    }
}

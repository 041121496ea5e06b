package no.kommunefakta.site.kart;

import java.util.PriorityQueue;

/**
 * Visvalingam–Whyatt weights for the points of one arc: the effective area (in squared projected units) at which a
 * point is removed. Computed once per arc; any map then keeps the points whose weight is at least its threshold, so
 * every arc is simplified the same way for both regions it borders and neighbours stay seamless. End points (the
 * junctions of the topology) weigh infinity and are always kept. Weights are made monotone (a point never weighs less
 * than one removed before it), so filtering by threshold gives exactly the iterative elimination.
 */
final class Visvalingam {

    private Visvalingam() {
    }

    private record Kandidat(double areal, int i, int versjon) {
    }

    static double[] vekter(double[] x, double[] y) {
        int n = x.length;
        double[] w = new double[n];
        w[0] = Double.POSITIVE_INFINITY;
        w[n - 1] = Double.POSITIVE_INFINITY;
        if (n < 3) {
            return w;
        }
        int[] forrige = new int[n];
        int[] neste = new int[n];
        int[] versjon = new int[n];
        PriorityQueue<Kandidat> ko = new PriorityQueue<>(n, (a, b) -> a.areal != b.areal ? Double.compare(a.areal, b.areal)
                : Integer.compare(a.i, b.i));
        for (int i = 1; i < n - 1; i++) {
            forrige[i] = i - 1;
            neste[i] = i + 1;
            ko.add(new Kandidat(areal(x, y, i - 1, i, i + 1), i, 0));
        }
        double maks = 0;
        while (!ko.isEmpty()) {
            Kandidat k = ko.poll();
            if (k.versjon != versjon[k.i]) {
                continue;
            }
            maks = Math.max(maks, k.areal);
            w[k.i] = maks;
            int f = forrige[k.i];
            int nn = neste[k.i];
            neste[f] = nn;
            forrige[nn] = f;
            if (f > 0) {
                ko.add(new Kandidat(areal(x, y, forrige[f], f, nn), f, ++versjon[f]));
            }
            if (nn < n - 1) {
                ko.add(new Kandidat(areal(x, y, f, nn, neste[nn]), nn, ++versjon[nn]));
            }
        }
        return w;
    }

    private static double areal(double[] x, double[] y, int a, int b, int c) {
        return Math.abs((x[b] - x[a]) * (y[c] - y[a]) - (x[c] - x[a]) * (y[b] - y[a])) / 2;
    }
}

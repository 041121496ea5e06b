package no.kommunefakta.rent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kommunefakta.money.Allocator;
import no.kommunefakta.rent.RentRequestReader.ParsedLine;
import no.kommunefakta.rent.RentRequestReader.ParsedPool;

/**
 * One pool's lines split over its users, exactly to the øre. Lines of the same key and art are summed first (the
 * calculated lines of a key too), and each sum is split once over the users by that key ({@link Allocator}: largest
 * remainder, splitting -x the mirror of splitting x). Equal remainders go to the user who has so far gained least
 * from rounding in this pool (its øre received minus its exact quotas), for a negative amount to the user who has
 * gained most, then to the user listed first: so ties take turns, and +x and -x on the same users cancel.
 *
 * @param pool            the pool as read
 * @param arts            the reportable arts in the order of their first line
 * @param rent            per user: its internal rent (all lines), øre
 * @param calculated      per user: its part of the CALCULATED lines, øre
 * @param byArt           per art, per user: its part of the art's reportable lines, øre
 * @param artTotals       per art: the sum of its reportable lines, øre
 * @param reportable      sum of the reportable lines, øre
 * @param calculatedTotal sum of the CALCULATED lines, øre
 */
record PoolSplit(ParsedPool pool, List<String> arts, long[] rent, long[] calculated, long[][] byArt,
                 long[] artTotals, long reportable, long calculatedTotal) {

    /** Splits the pool. */
    static PoolSplit of(ParsedPool pool) {
        int n = pool.users().size();
        Map<String, Integer> artIndex = new LinkedHashMap<>();
        for (ParsedLine l : pool.lines()) {
            if (l.kind() != CostKind.CALCULATED) {
                artIndex.putIfAbsent(l.art(), artIndex.size());
            }
        }
        int arts = artIndex.size();
        int keys = pool.keys().size();
        long[][] sums = new long[keys][arts];
        boolean[][] used = new boolean[keys][arts];
        long[] calcSums = new long[keys];
        boolean[] calcUsed = new boolean[keys];
        long[] artTotals = new long[arts];
        long reportable = 0;
        long calcTotal = 0;
        for (ParsedLine l : pool.lines()) {
            int k = pool.keys().indexOf(l.key());
            if (l.kind() == CostKind.CALCULATED) {
                calcSums[k] += l.ore();
                calcUsed[k] = true;
                calcTotal += l.ore();
            } else {
                int a = artIndex.get(l.art());
                sums[k][a] += l.ore();
                used[k][a] = true;
                artTotals[a] += l.ore();
                reportable += l.ore();
            }
        }
        long[] rent = new long[n];
        long[] calculated = new long[n];
        long[][] byArt = new long[arts][n];
        double[] gained = new double[n]; // per user: øre received minus exact quotas so far (ties only)
        double[] rank = new double[n];
        for (int k = 0; k < keys; k++) {
            BigDecimal[] weights = new BigDecimal[n];
            double[] shares = new double[n];
            BigDecimal total = pool.keyTotals().get(k);
            for (int u = 0; u < n; u++) {
                weights[u] = pool.users().get(u).quantities()[k];
                shares[u] = weights[u].doubleValue() / total.doubleValue();
            }
            Allocator.Key key = Allocator.Key.of(weights);
            long[] part = new long[n];
            for (int a = 0; a <= arts; a++) {
                boolean calc = a == arts;
                if (calc ? !calcUsed[k] : !used[k][a]) {
                    continue;
                }
                long amount = calc ? calcSums[k] : sums[k][a];
                for (int u = 0; u < n; u++) {
                    rank[u] = amount >= 0 ? gained[u] : -gained[u];
                }
                key.split(amount, part, rank);
                long[] col = calc ? calculated : byArt[a];
                for (int u = 0; u < n; u++) {
                    col[u] += part[u];
                    rent[u] += part[u];
                    gained[u] += part[u] - amount * shares[u];
                }
            }
        }
        return new PoolSplit(pool, List.copyOf(new ArrayList<>(artIndex.keySet())), rent, calculated, byArt,
                artTotals, reportable, calcTotal);
    }

    /** Indexes of the pool's reportable lines of an art. */
    List<Integer> linesOfArt(String art) {
        List<Integer> out = new ArrayList<>();
        for (ParsedLine l : pool.lines()) {
            if (l.kind() != CostKind.CALCULATED && l.art().equals(art)) {
                out.add(l.index());
            }
        }
        return out;
    }

    /** Indexes of the pool's reportable lines. */
    List<Integer> reportableLines() {
        List<Integer> out = new ArrayList<>();
        for (ParsedLine l : pool.lines()) {
            if (l.kind() != CostKind.CALCULATED) {
                out.add(l.index());
            }
        }
        return out;
    }
}

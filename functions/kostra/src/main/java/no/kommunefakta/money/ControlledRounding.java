package no.kommunefakta.money;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Rounds a table of amounts (rows x columns, e.g. funksjon x art) to whole units so that every cell, every row total
 * and every column total lands on one of the two whole units around its exact value, and the cells sum exactly to a
 * given total (which must itself be one of the two whole units around the exact total). Such a rounding always exists
 * (controlled rounding; Cox and Ernst 1982) and is found here as a minimum-cost flow.
 *
 * <p>Which cells are rounded up: as many as the totals allow, <b>largest exact remainder first</b>; among equal
 * remainders, by a rotating order: cell (i, j) ranks by {@code (i + j) mod rows}, then i, then j, so that along a row
 * of columns the first claim passes from row to row instead of always favouring the first row. Negative amounts are
 * floored toward negative infinity, so a cell is always its floor or its floor plus one. Deterministic: the result
 * depends only on the input.
 */
public final class ControlledRounding {

    private ControlledRounding() {
    }

    /**
     * Rounds {@code amounts} (in the amounts' unit, e.g. øre) to whole {@code unit}s (e.g. 100 000 øre = 1000 NOK).
     *
     * @param amounts     rows x columns (rectangular); cells not {@code present} are ignored and come back 0
     * @param present     which cells exist (a posting); same shape
     * @param unit        the unit to round to, in the amounts' unit
     * @param targetUnits what the rounded cells must sum to: the floor or the ceiling of the exact total in units
     * @return the rounded cells in units
     * @throws IllegalArgumentException when the target is not the floor or the ceiling of the exact total
     */
    public static long[][] round(long[][] amounts, boolean[][] present, long unit, long targetUnits) {
        if (unit <= 0) {
            throw new IllegalArgumentException("unit must be positive, was " + unit);
        }
        int rows = amounts.length;
        int cols = rows == 0 ? 0 : amounts[0].length;
        long[][] out = new long[rows][cols];
        long[][] rem = new long[rows][cols];
        long floorSum = 0;
        long[] rowRem = new long[rows];
        long[] colRem = new long[cols];
        long remSum = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (present[i][j]) {
                    out[i][j] = Math.floorDiv(amounts[i][j], unit);
                    rem[i][j] = Math.floorMod(amounts[i][j], unit);
                    floorSum = Math.addExact(floorSum, out[i][j]);
                    rowRem[i] += rem[i][j];
                    colRem[j] += rem[i][j];
                    remSum += rem[i][j];
                }
            }
        }
        long k = targetUnits - floorSum;
        if (k < remSum / unit || k > ceilDiv(remSum, unit)) {
            throw new IllegalArgumentException("target " + targetUnits + " is not the floor or the ceiling of the "
                    + "exact total (floors sum to " + floorSum + ", remainders to " + remSum + "/" + unit + ")");
        }
        if (k == 0) {
            return out;
        }
        Flow flow = new Flow(rows + cols + 4);
        int s = rows + cols;
        int t = s + 1;
        int[][] cell = new int[rows][cols];
        long ranks = Math.multiplyExact((long) rows, (long) rows * cols);
        long maxKey = Math.multiplyExact(unit, ranks);
        for (int i = 0; i < rows; i++) {
            flow.bounded(s, i, rowRem[i] / unit, ceilDiv(rowRem[i], unit), 0);
            for (int j = 0; j < cols; j++) {
                cell[i][j] = -1;
                if (present[i][j] && rem[i][j] > 0) {
                    long rank = ((long) ((i + j) % rows) * rows + i) * cols + j; // unique per cell
                    long key = rem[i][j] * ranks + (ranks - 1 - rank);
                    cell[i][j] = flow.bounded(i, rows + j, 0, 1, maxKey - key);
                }
            }
        }
        for (int j = 0; j < cols; j++) {
            flow.bounded(rows + j, t, colRem[j] / unit, ceilDiv(colRem[j], unit), 0);
        }
        flow.bounded(t, s, k, k, 0);
        if (!flow.feasible()) {
            throw new IllegalStateException("no controlled rounding found; the theory says one exists");
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (cell[i][j] >= 0 && flow.flowOn(cell[i][j]) == 1) {
                    out[i][j]++;
                }
            }
        }
        return out;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** A small min-cost circulation with lower bounds, by successive shortest paths (Bellman-Ford queue). */
    private static final class Flow {
        private final int n;
        private final int superSource;
        private final int superSink;
        private final long[] balance;
        private int[] to = new int[16];
        private long[] cap = new long[16];
        private long[] cost = new long[16];
        private long[] lower = new long[16];
        private int[] next = new int[16];
        private final int[] head;
        private int edges;

        Flow(int nodes) {
            this.n = nodes;
            this.superSource = nodes - 2;
            this.superSink = nodes - 1;
            this.balance = new long[nodes];
            this.head = new int[nodes];
            Arrays.fill(head, -1);
        }

        /** Adds u -> v with flow in [lo, hi] at the given cost per unit; returns the edge id. */
        int bounded(int u, int v, long lo, long hi, long unitCost) {
            int id = add(u, v, hi - lo, unitCost, lo);
            balance[v] += lo;
            balance[u] -= lo;
            return id;
        }

        private int add(int u, int v, long capacity, long unitCost, long lo) {
            if (edges + 2 > to.length) {
                int size = to.length * 2;
                to = Arrays.copyOf(to, size);
                cap = Arrays.copyOf(cap, size);
                cost = Arrays.copyOf(cost, size);
                lower = Arrays.copyOf(lower, size);
                next = Arrays.copyOf(next, size);
            }
            int id = edges;
            to[edges] = v;
            cap[edges] = capacity;
            cost[edges] = unitCost;
            lower[edges] = lo;
            next[edges] = head[u];
            head[u] = edges++;
            to[edges] = u;
            cap[edges] = 0;
            cost[edges] = -unitCost;
            next[edges] = head[v];
            head[v] = edges++;
            return id;
        }

        long flowOn(int id) {
            return lower[id] + cap[id ^ 1];
        }

        boolean feasible() {
            long need = 0;
            for (int v = 0; v < superSource; v++) {
                if (balance[v] > 0) {
                    add(superSource, v, balance[v], 0, 0);
                    need += balance[v];
                } else if (balance[v] < 0) {
                    add(v, superSink, -balance[v], 0, 0);
                }
            }
            long[] dist = new long[n];
            int[] via = new int[n];
            boolean[] queued = new boolean[n];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            while (need > 0) {
                Arrays.fill(dist, Long.MAX_VALUE);
                Arrays.fill(via, -1);
                dist[superSource] = 0;
                queue.add(superSource);
                queued[superSource] = true;
                while (!queue.isEmpty()) {
                    int u = queue.poll();
                    queued[u] = false;
                    for (int e = head[u]; e >= 0; e = next[e]) {
                        if (cap[e] > 0 && dist[u] + cost[e] < dist[to[e]]) {
                            dist[to[e]] = dist[u] + cost[e];
                            via[to[e]] = e;
                            if (!queued[to[e]]) {
                                queued[to[e]] = true;
                                queue.add(to[e]);
                            }
                        }
                    }
                }
                if (dist[superSink] == Long.MAX_VALUE) {
                    return false;
                }
                long push = need;
                for (int v = superSink; v != superSource; v = to[via[v] ^ 1]) {
                    push = Math.min(push, cap[via[v]]);
                }
                for (int v = superSink; v != superSource; v = to[via[v] ^ 1]) {
                    cap[via[v]] -= push;
                    cap[via[v] ^ 1] += push;
                }
                need -= push;
            }
            return true;
        }
    }
}

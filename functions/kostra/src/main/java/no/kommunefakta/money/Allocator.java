package no.kommunefakta.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits whole amounts into whole parts that always sum exactly to the whole, by the largest-remainder method.
 *
 * <p>Every part first gets the floor of its exact quota of |whole|; the units still missing (fewer than the number of
 * parts) go one each to the parts with the largest remainders. <b>Tie-break</b>: among equal remainders the part
 * with the smaller tie rank given by the caller, then the lower index (without ranks: the lower index). A caller who
 * splits many amounts over the same key ranks by what each part has already gained from rounding, so that the claim
 * passes on instead of always favouring the first part.
 * <b>Sign</b>: splitting -x gives exactly minus the parts of splitting x, so income and expense of the same size cancel
 * part by part; the parts of a negative whole are all {@code <= 0}, of a positive whole all {@code >= 0} (weights are
 * never negative). Each part differs from its exact quota by less than one unit. The result depends only on the
 * inputs and their order, never on hashing, threads or time.
 *
 * <p>Tables rounded to whole 1000 NOK with row and column totals kept: {@link ControlledRounding}.
 */
public final class Allocator {

    /** No tie ranks: equal remainders go to the lower index. */
    public static final double[] NO_RANK = new double[0];

    private Allocator() {
    }

    /**
     * Splits {@code total} over non-negative weights in proportion, largest remainder, ties to the earlier weight.
     *
     * @throws IllegalArgumentException when there are no weights, a weight is negative or all weights are zero
     */
    public static long[] split(long total, long[] weights) {
        return Key.of(weights).split(total);
    }

    /** As {@link #split(long, long[])} with decimal weights (e.g. m² with decimals); exact, no rounding of weights. */
    public static long[] split(long total, BigDecimal[] weights) {
        return Key.of(weights).split(total);
    }

    /** Splits an amount of money over weights; the parts sum exactly to {@code total} to the øre. */
    public static Money[] split(Money total, long[] weights) {
        return toMoney(split(total.ore(), weights));
    }

    /** Splits an amount of money over decimal weights; the parts sum exactly to {@code total} to the øre. */
    public static Money[] split(Money total, BigDecimal[] weights) {
        return toMoney(split(total.ore(), weights));
    }

    private static Money[] toMoney(long[] ore) {
        Money[] out = new Money[ore.length];
        for (int i = 0; i < ore.length; i++) {
            out[i] = Money.ofOre(ore[i]);
        }
        return out;
    }

    /**
     * Adds one unit to the {@code missing} parts with the largest remainders (each remainder in [0, denominator));
     * among equal remainders to the smaller tie rank, then the lower index (no ranks: the lower index).
     */
    private static void distribute(long[] parts, long[] rem, long denominator, int missing, double[] tieRank) {
        int n = parts.length;
        if (missing == 0) {
            return;
        }
        if (missing == n) {
            for (int i = 0; i < n; i++) {
                parts[i]++;
            }
            return;
        }
        if (denominator <= Long.MAX_VALUE / Math.max(1, n) - 1) {
            // One distinct primitive key per part: remainder first, then the lower index (encoded as n-1-i). The
            // `missing` largest keys are found by selection, not sorting; the parts whose remainder ties with the
            // last one taken are then ordered by tie rank.
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = rem[i] * n + (n - 1 - i);
            }
            long threshold = kthLargest(keys.clone(), missing);
            long boundary = threshold / n; // the remainder of the last part taken
            int above = 0;
            List<Integer> tied = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (rem[i] > boundary) {
                    parts[i]++;
                    above++;
                } else if (rem[i] == boundary) {
                    tied.add(i);
                }
            }
            if (tieRank.length > 0) {
                tied.sort(Comparator.<Integer>comparingDouble(i -> tieRank[i]).thenComparingInt(i -> i));
            }
            for (int k = 0; k < missing - above; k++) {
                parts[tied.get(k)]++;
            }
            return;
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> rem[i]).reversed()
                .thenComparingDouble(i -> tieRank.length > 0 ? tieRank[i] : 0).thenComparingInt(i -> i));
        for (int k = 0; k < missing; k++) {
            parts[order[k]]++;
        }
    }

    /** The k-th largest of distinct values (1-based k), by quickselect; reorders {@code a}. */
    private static long kthLargest(long[] a, int k) {
        int target = a.length - k;
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            long x = a[lo];
            long y = a[(lo + hi) >>> 1];
            long z = a[hi];
            long pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        return a[lo];
    }

    /**
     * A distribution key prepared once and reused for many amounts (the weights of the users of one building are the
     * same for every cost line). Immutable and thread-safe.
     */
    public static final class Key {
        private final long[] weights;
        private final long total;
        private final long maxWeight;
        private final BigInteger[] bigWeights;
        private final BigInteger bigTotal;

        private Key(long[] weights, BigInteger[] bigWeights) {
            this.bigWeights = bigWeights;
            if (weights != null) {
                this.weights = weights;
                long t = 0;
                long max = 0;
                for (long w : weights) {
                    t += w;
                    max = Math.max(max, w);
                }
                this.total = t;
                this.maxWeight = max;
                this.bigTotal = BigInteger.valueOf(t);
            } else {
                this.weights = null;
                this.total = 0;
                this.maxWeight = 0;
                this.bigTotal = Arrays.stream(bigWeights).reduce(BigInteger.ZERO, BigInteger::add);
            }
        }

        /** A key over whole-number weights. */
        public static Key of(long[] weights) {
            if (weights.length == 0) {
                throw new IllegalArgumentException("at least one weight is required");
            }
            long t = 0;
            boolean overflow = false;
            for (long w : weights) {
                if (w < 0) {
                    throw new IllegalArgumentException("weights must not be negative, was " + w);
                }
                long next = t + w;
                if (next < t) {
                    overflow = true;
                }
                t = next;
            }
            if (overflow) {
                return new Key(null, Arrays.stream(weights).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new));
            }
            if (t == 0) {
                throw new IllegalArgumentException("the weights sum to zero");
            }
            return new Key(weights.clone(), null);
        }

        /** A key over decimal weights, scaled exactly to whole numbers (no rounding). */
        public static Key of(BigDecimal[] weights) {
            if (weights.length == 0) {
                throw new IllegalArgumentException("at least one weight is required");
            }
            int scale = 0;
            for (BigDecimal w : weights) {
                if (w.signum() < 0) {
                    throw new IllegalArgumentException("weights must not be negative, was " + w.toPlainString());
                }
                scale = Math.max(scale, w.stripTrailingZeros().scale());
            }
            BigInteger[] scaled = new BigInteger[weights.length];
            boolean fitsLong = true;
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i < weights.length; i++) {
                scaled[i] = weights[i].movePointRight(scale).toBigIntegerExact();
                sum = sum.add(scaled[i]);
            }
            if (sum.signum() == 0) {
                throw new IllegalArgumentException("the weights sum to zero");
            }
            fitsLong = sum.bitLength() < 63;
            if (fitsLong) {
                long[] w = new long[scaled.length];
                for (int i = 0; i < w.length; i++) {
                    w[i] = scaled[i].longValueExact();
                }
                return new Key(w, null);
            }
            return new Key(null, scaled);
        }

        /** Number of parts. */
        public int size() {
            return weights != null ? weights.length : bigWeights.length;
        }

        /** Splits {@code amount} over this key, ties to the earlier part; the parts sum exactly to {@code amount}. */
        public long[] split(long amount) {
            return split(amount, NO_RANK);
        }

        /** Splits {@code amount} over this key, ties by {@code tieRank} as {@link #split(long, long[], double[])}. */
        public long[] split(long amount, double[] tieRank) {
            long[] parts = new long[size()];
            split(amount, parts, tieRank);
            return parts;
        }

        /**
         * Splits {@code amount} into {@code out} (length {@link #size()}); the parts sum exactly to {@code amount}.
         * Among equal remainders the part with the smaller {@code tieRank} (then the lower index) takes the unit -
         * for a negative amount the unit of -1; an empty array ranks by index. Splitting -amount with the same ranks
         * gives exactly minus these parts.
         */
        public void split(long amount, long[] out, double[] tieRank) {
            if (tieRank.length != 0 && tieRank.length != size()) {
                throw new IllegalArgumentException("tie ranks " + tieRank.length + " differ from key size " + size());
            }
            if (amount < 0 && amount != Long.MIN_VALUE) {
                split(-amount, out, tieRank);
                for (int i = 0; i < out.length; i++) {
                    out[i] = -out[i];
                }
                return;
            }
            int n = size();
            if (out.length != n) {
                throw new IllegalArgumentException("output length " + out.length + " differs from key size " + n);
            }
            if (weights != null && (maxWeight == 0 || Math.abs(amount) <= Long.MAX_VALUE / maxWeight)
                    && amount != Long.MIN_VALUE) {
                long[] rem = new long[n];
                long floorSum = 0;
                for (int i = 0; i < n; i++) {
                    long numerator = amount * weights[i];
                    long q = numerator / total;
                    long r = numerator - q * total;
                    if (r < 0) { // floor toward negative infinity
                        q--;
                        r += total;
                    }
                    out[i] = q;
                    rem[i] = r;
                    floorSum += q;
                }
                distribute(out, rem, total, Math.toIntExact(amount - floorSum), tieRank);
                return;
            }
            splitBig(amount, out, tieRank);
        }

        private void splitBig(long amount, long[] out, double[] tieRank) {
            int n = size();
            BigInteger a = BigInteger.valueOf(amount);
            BigInteger t = weights != null ? BigInteger.valueOf(total) : bigTotal;
            BigInteger[] rem = new BigInteger[n];
            long floorSum = 0;
            for (int i = 0; i < n; i++) {
                BigInteger w = weights != null ? BigInteger.valueOf(weights[i]) : bigWeights[i];
                BigInteger[] qr = a.multiply(w).divideAndRemainder(t);
                BigInteger q = qr[0];
                BigInteger r = qr[1];
                if (r.signum() < 0) { // floor toward negative infinity
                    q = q.subtract(BigInteger.ONE);
                    r = r.add(t);
                }
                out[i] = q.longValueExact();
                rem[i] = r;
                floorSum = Math.addExact(floorSum, out[i]);
            }
            int missing = Math.toIntExact(amount - floorSum);
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> rem[i]).reversed()
                    .thenComparingDouble(i -> tieRank.length > 0 ? tieRank[i] : 0).thenComparingInt(i -> i));
            for (int k = 0; k < missing; k++) {
                out[order[k]]++;
            }
        }
    }
}

package no.kommunefakta.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits whole amounts into whole parts that always sum exactly to the whole, by the largest-remainder method.
 *
 * <p>Every part first gets the floor of its exact quota; the units still missing (fewer than the number of parts)
 * go one each to the parts with the largest remainders. <b>Tie-break</b>: among equal remainders the part that comes
 * first in the given order gets the unit first. The result therefore depends only on the inputs and their order, never
 * on hashing, threads or time. Floors are taken toward negative infinity, so a negative whole gives parts that are all
 * {@code <= 0}, and a non-negative whole gives parts that are all {@code >= 0} (weights are never negative). Each part
 * differs from its exact quota by less than one unit.
 *
 * <p>The same method rounds a list of øre amounts to whole 1000 NOK ({@link #roundToUnits}): the parts in whole
 * units sum exactly to the rounded total, so a set of KOSTRA postings reconciles with its source in NOK.
 */
public final class Allocator {

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

    /**
     * Rounds each amount to whole {@code unit}s (e.g. 100 000 øre = 1000 NOK) so that the rounded parts sum exactly to
     * the total rounded with {@code totalRounding}; each part is within one unit of its exact value.
     *
     * @return the parts in units (not in the amounts' unit)
     */
    public static long[] roundToUnits(long[] amounts, long unit, RoundingMode totalRounding) {
        long sum = 0;
        for (long a : amounts) {
            sum = Math.addExact(sum, a);
        }
        long target = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(unit), 0, totalRounding).longValueExact();
        return roundToUnits(amounts, unit, target);
    }

    /**
     * Rounds each amount to whole {@code unit}s so that the parts sum exactly to {@code targetUnits}, which must lie
     * between the sum of the floors and that sum plus the number of amounts (the case for the rounded total, and for
     * any value another largest-remainder split gave for the same amounts).
     *
     * @throws IllegalArgumentException when the target cannot be reached by adding at most one unit per amount
     */
    public static long[] roundToUnits(long[] amounts, long unit, long targetUnits) {
        if (unit <= 0) {
            throw new IllegalArgumentException("unit must be positive, was " + unit);
        }
        int n = amounts.length;
        long[] parts = new long[n];
        long[] rem = new long[n];
        long floorSum = 0;
        for (int i = 0; i < n; i++) {
            parts[i] = Math.floorDiv(amounts[i], unit);
            rem[i] = Math.floorMod(amounts[i], unit);
            floorSum = Math.addExact(floorSum, parts[i]);
        }
        long missing = targetUnits - floorSum;
        if (missing < 0 || missing > n) {
            throw new IllegalArgumentException("target " + targetUnits + " is not reachable from floors summing to "
                    + floorSum + " over " + n + " amounts");
        }
        distribute(parts, rem, unit, (int) missing);
        return parts;
    }

    private static Money[] toMoney(long[] ore) {
        Money[] out = new Money[ore.length];
        for (int i = 0; i < ore.length; i++) {
            out[i] = Money.ofOre(ore[i]);
        }
        return out;
    }

    /**
     * Adds one unit to the {@code missing} parts with the largest remainders (each remainder in [0, denominator)),
     * ties to the lower index.
     */
    private static void distribute(long[] parts, long[] rem, long denominator, int missing) {
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
            // One distinct primitive key per part: remainder first, then earlier index (encoded as n-1-i) on ties.
            // The parts whose key is among the `missing` largest get one unit; found by selection, not sorting.
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = rem[i] * n + (n - 1 - i);
            }
            long[] scratch = keys.clone();
            long threshold = kthLargest(scratch, missing);
            for (int i = 0; i < n; i++) {
                if (keys[i] >= threshold) {
                    parts[i]++;
                }
            }
            return;
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> rem[i]).reversed().thenComparingInt(i -> i));
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

        /** Splits {@code amount} over this key; the parts sum exactly to {@code amount}. */
        public long[] split(long amount) {
            long[] parts = new long[size()];
            split(amount, parts);
            return parts;
        }

        /** Splits {@code amount} into {@code out} (length {@link #size()}); the parts sum exactly to {@code amount}. */
        public void split(long amount, long[] out) {
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
                distribute(out, rem, total, Math.toIntExact(amount - floorSum));
                return;
            }
            splitBig(amount, out);
        }

        private void splitBig(long amount, long[] out) {
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
                    .thenComparingInt(i -> i));
            for (int k = 0; k < missing; k++) {
                out[order[k]]++;
            }
        }
    }
}

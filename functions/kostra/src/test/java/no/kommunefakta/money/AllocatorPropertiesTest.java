package no.kommunefakta.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class AllocatorPropertiesTest {

    @Property(tries = 10_000)
    void partsSumExactlyAndHaveTheSignOfTheWhole(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long total,
            @ForAll("weights") List<Long> weights) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        long[] parts = Allocator.split(total, w);
        assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
        assertThat(Arrays.stream(parts).allMatch(p -> Long.signum(p) * Long.signum(total) >= 0)).isTrue();
        long weightSum = Arrays.stream(w).sum();
        for (int i = 0; i < w.length; i++) {
            // within one unit of the exact quota
            BigDecimal quota = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(w[i]))
                    .divide(BigDecimal.valueOf(weightSum), 10, RoundingMode.HALF_EVEN);
            assertThat(BigDecimal.valueOf(parts[i]).subtract(quota).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Property(tries = 10_000)
    void decimalKeysSplitExactly(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long total,
                                 @ForAll("areas") @Size(min = 1, max = 40) List<BigDecimal> areas) {
        long[] parts = Allocator.split(total, areas.toArray(BigDecimal[]::new));
        assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
        assertThat(Arrays.stream(parts).allMatch(p -> Long.signum(p) * Long.signum(total) >= 0)).as("sign of every part").isTrue();
    }

    @Property(tries = 10_000)
    void equalsTheTextbookLargestRemainderWithRotatingTies(
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long total,
            @ForAll("smallWeights") List<Long> weights, @ForAll long seed) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        java.util.Random random = new java.util.Random(seed);
        double[] rank = new double[w.length];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = random.nextInt(4) / 2.0; // few distinct ranks: ties on rank too
        }
        assertThat(Allocator.Key.of(w).split(total, rank)).containsExactly(reference(total, w, rank));
        // splitting -x is the mirror of splitting x
        assertThat(Arrays.stream(Allocator.Key.of(w).split(-total, rank)).map(p -> -p).toArray())
                .containsExactly(Allocator.Key.of(w).split(total, rank));
    }

    /**
     * Exact quotas of |total| with BigInteger, full sort by (remainder desc, tie rank asc, index asc), the sign
     * restored at the end: the documented rule, written plainly.
     */
    private static long[] reference(long signedTotal, long[] w, double[] rank) {
        long total = Math.abs(signedTotal);
        int n = w.length; // parts
        java.math.BigInteger sum = java.math.BigInteger.valueOf(Arrays.stream(w).sum());
        long[] parts = new long[w.length];
        java.math.BigInteger[] rem = new java.math.BigInteger[w.length];
        long floors = 0;
        for (int i = 0; i < w.length; i++) {
            java.math.BigInteger num = java.math.BigInteger.valueOf(total).multiply(java.math.BigInteger.valueOf(w[i]));
            java.math.BigInteger[] qr = num.divideAndRemainder(sum);
            if (qr[1].signum() < 0) {
                qr[0] = qr[0].subtract(java.math.BigInteger.ONE);
                qr[1] = qr[1].add(sum);
            }
            parts[i] = qr[0].longValueExact();
            rem[i] = qr[1];
            floors += parts[i];
        }
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> !rem[a].equals(rem[b]) ? rem[b].compareTo(rem[a])
                : rank[a] != rank[b] ? Double.compare(rank[a], rank[b]) : Integer.compare(a, b));
        for (int k = 0; k < total - floors; k++) {
            parts[order[k]]++;
        }
        if (signedTotal < 0) {
            for (int i = 0; i < n; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }

    @Provide
    Arbitrary<List<Long>> smallWeights() {
        // small weights give many equal remainders, so the tie-break is exercised
        return Arbitraries.longs().between(0, 12).list().ofMinSize(1).ofMaxSize(30)
                .filter(l -> l.stream().mapToLong(Long::longValue).sum() > 0);
    }

    @Provide
    Arbitrary<List<Long>> weights() {
        return Arbitraries.longs().between(0, 1_000_000_000L).list().ofMinSize(1).ofMaxSize(50)
                .filter(l -> l.stream().mapToLong(Long::longValue).sum() > 0);
    }

    @Provide
    Arbitrary<List<BigDecimal>> areas() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000")).ofScale(2).list();
    }
}

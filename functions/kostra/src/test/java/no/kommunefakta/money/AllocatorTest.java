package no.kommunefakta.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class AllocatorTest {

    @Test
    void splitsInProportionWithLargestRemainder() {
        // 100 over 1:1:1 -> quotas 33.33 each; the one missing unit goes to the first (tie-break)
        assertThat(Allocator.split(100, new long[]{1, 1, 1})).containsExactly(34, 33, 33);
        // 10 over 5:3:2 -> exact
        assertThat(Allocator.split(10, new long[]{5, 3, 2})).containsExactly(5, 3, 2);
        // 7 over 2:3:5 -> quotas 1.4, 2.1, 3.5: floors 1,2,3 (6), one unit to the largest remainder (0.5, third)
        assertThat(Allocator.split(7, new long[]{2, 3, 5})).containsExactly(1, 2, 4);
    }

    @Test
    void tieGoesToTheEarlierPartWhateverTheWeight() {
        // 1 over 1:1 -> remainders equal, first wins; 3 over 1:1:1:1 -> first three
        assertThat(Allocator.split(1, new long[]{1, 1})).containsExactly(1, 0);
        assertThat(Allocator.split(3, new long[]{1, 1, 1, 1})).containsExactly(1, 1, 1, 0);
    }

    @Test
    void negativeWholeGivesNonPositivePartsThatSumExactly() {
        long[] parts = Allocator.split(-100, new long[]{1, 1, 1});
        // the mirror of splitting +100 (34, 33, 33): splitting -x is minus splitting x
        assertThat(parts).containsExactly(-34, -33, -33);
        assertThat(Arrays.stream(parts).sum()).isEqualTo(-100);
    }

    @Test
    void splittingMinusXIsTheMirrorOfSplittingX() {
        // issue 13: +0.01 and -0.01 over two equal users must not charge one +0.01 and the other -0.01
        assertThat(Allocator.split(1, new long[]{1, 1})).containsExactly(1, 0);
        assertThat(Allocator.split(-1, new long[]{1, 1})).containsExactly(-1, 0);
        assertThat(Allocator.split(-7, new long[]{2, 3, 5})).containsExactly(-1, -2, -4);
    }

    @Test
    void tiesGoToTheSmallerTieRankThenTheLowerIndex() {
        Allocator.Key key = Allocator.Key.of(new long[]{1, 1, 1});
        assertThat(key.split(1, new double[]{0, 0, 0})).containsExactly(1, 0, 0);
        assertThat(key.split(1, new double[]{0.5, -0.25, 0})).containsExactly(0, 1, 0);
        assertThat(key.split(2, new double[]{0.5, 0.7, -1})).containsExactly(1, 0, 1);
        assertThat(key.split(-1, new double[]{0.5, -0.25, 0})).containsExactly(0, -1, 0);
        // ranks only decide among equal remainders: 7 over 2:3:5 -> the 0.5 remainder wins whatever the ranks
        assertThat(Allocator.Key.of(new long[]{2, 3, 5}).split(7, new double[]{-9, -9, 9})).containsExactly(1, 2, 4);
    }

    @Test
    void zeroWeightGetsNothing() {
        assertThat(Allocator.split(1000, new long[]{0, 3, 1})).containsExactly(0, 750, 250);
    }

    @Test
    void decimalWeightsAreScaledExactly() {
        // the seed's hospital: 100 000.00 NOK over 5 250.5 / 3 100.25 / 1 649.25 m² (sum 10 000)
        Money[] parts = Allocator.split(Money.parse("amount", "100000"),
                new BigDecimal[]{new BigDecimal("5250.5"), new BigDecimal("3100.25"), new BigDecimal("1649.25")});
        assertThat(parts).extracting(Money::toString).containsExactly("52505.00", "31002.50", "16492.50");
    }

    @Test
    void hugeAmountsAndWeightsFallBackToExactBigArithmetic() {
        long total = 1_000_000_000_000_000L;
        long[] parts = Allocator.split(total, new long[]{Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 3});
        assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
        // weight sum overflows a long: quotas 5e14 - tiny each, floors miss 2 units, which go to the two big parts
        assertThat(parts).containsExactly(500_000_000_000_000L, 500_000_000_000_000L, 0L);
    }

    @Test
    void rejectsImpossibleInput() {
        assertThatThrownBy(() -> Allocator.split(10, new long[]{})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocator.split(10, new long[]{0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocator.split(10, new long[]{1, -1})).isInstanceOf(IllegalArgumentException.class);
    }
}

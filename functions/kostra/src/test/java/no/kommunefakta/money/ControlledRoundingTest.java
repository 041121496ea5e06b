package no.kommunefakta.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ControlledRoundingTest {

    private static final long UNIT = Money.ORE_PER_THOUSAND;

    @Test
    void tiesDoNotAllGoToTheFirstRow() {
        // issue 13: two funksjoner x ten arts, each cell exactly 500 NOK = 0.5 kNOK; total 10 kNOK.
        // Each row's exact total is 5, so each row gets 5 (not 10 and 0), and each art 1.
        long[][] amounts = new long[2][10];
        boolean[][] present = new boolean[2][10];
        for (long[] row : amounts) {
            Arrays.fill(row, 50_000L);
        }
        for (boolean[] row : present) {
            Arrays.fill(row, true);
        }
        long[][] out = ControlledRounding.round(amounts, present, UNIT, 10);
        assertThat(Arrays.stream(out[0]).sum()).isEqualTo(5);
        assertThat(Arrays.stream(out[1]).sum()).isEqualTo(5);
        for (int j = 0; j < 10; j++) {
            assertThat(out[0][j] + out[1][j]).isEqualTo(1);
        }
        // the rotating order: art 0 to row 0, art 1 to row 1, ...
        assertThat(out[0]).containsExactly(1, 0, 1, 0, 1, 0, 1, 0, 1, 0);
    }

    @Test
    void largestRemainderFirst() {
        // one column: 0.4, 0.7, 0.9 kNOK -> total 2.0: the two largest remainders go up
        long[][] out = ControlledRounding.round(new long[][]{{40_000}, {70_000}, {90_000}},
                new boolean[][]{{true}, {true}, {true}}, UNIT, 2);
        assertThat(out).isDeepEqualTo(new long[][]{{0}, {1}, {1}});
    }

    @Test
    void negativeCellsAreTheirFloorOrCeiling() {
        // -0.5 and -0.5 kNOK: total -1; one of them -1, the other 0
        long[][] out = ControlledRounding.round(new long[][]{{-50_000, -50_000}}, new boolean[][]{{true, true}},
                UNIT, -1);
        assertThat(out[0][0] + out[0][1]).isEqualTo(-1);
        assertThat(out[0][0]).isBetween(-1L, 0L);
        assertThat(out[0][1]).isBetween(-1L, 0L);
    }

    @Test
    void aTargetThatIsNotTheFloorOrCeilingIsRefused() {
        assertThatThrownBy(() -> ControlledRounding.round(new long[][]{{150_000}}, new boolean[][]{{true}}, UNIT, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 2_000)
    void cellsRowsColumnsWithinOneAndTotalExact(@ForAll long seed) {
        Random random = new Random(seed);
        int rows = 1 + random.nextInt(8);
        int cols = 1 + random.nextInt(12);
        long[][] amounts = new long[rows][cols];
        boolean[][] present = new boolean[rows][cols];
        long total = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                present[i][j] = random.nextInt(5) > 0;
                if (present[i][j]) {
                    long scale = random.nextBoolean() ? 300_000L : 50_000_000_000L;
                    amounts[i][j] = (long) ((random.nextDouble() * 2 - 0.7) * scale);
                    if (random.nextInt(6) == 0) {
                        amounts[i][j] = 50_000L * (random.nextInt(9) - 4); // exact halves: ties
                    }
                    total += amounts[i][j];
                }
            }
        }
        long target = random.nextBoolean() ? Math.floorDiv(total, UNIT) : -Math.floorDiv(-total, UNIT);
        long[][] out = ControlledRounding.round(amounts, present, UNIT, target);
        long sum = 0;
        for (int i = 0; i < rows; i++) {
            long rowExact = 0;
            long rowOut = 0;
            for (int j = 0; j < cols; j++) {
                if (present[i][j]) {
                    assertThat(out[i][j]).isBetween(Math.floorDiv(amounts[i][j], UNIT),
                            -Math.floorDiv(-amounts[i][j], UNIT));
                } else {
                    assertThat(out[i][j]).isZero();
                }
                rowExact += present[i][j] ? amounts[i][j] : 0;
                rowOut += out[i][j];
            }
            assertThat(rowOut).isBetween(Math.floorDiv(rowExact, UNIT), -Math.floorDiv(-rowExact, UNIT));
            sum += rowOut;
        }
        for (int j = 0; j < cols; j++) {
            long colExact = 0;
            long colOut = 0;
            for (int i = 0; i < rows; i++) {
                colExact += present[i][j] ? amounts[i][j] : 0;
                colOut += out[i][j];
            }
            assertThat(colOut).isBetween(Math.floorDiv(colExact, UNIT), -Math.floorDiv(-colExact, UNIT));
        }
        assertThat(sum).isEqualTo(target);
    }
}

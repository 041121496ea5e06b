package no.kommunefakta.site.graf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis from {@code lav} to {@code hoy} in steps of 1, 2, 2.5 or 5 times a power of ten, about four steps,
 * always including zero.
 *
 * @param desimaler decimals the tick labels need
 */
record Akse(BigDecimal lav, BigDecimal hoy, List<BigDecimal> ticks, int desimaler) {

    static Akse av(BigDecimal min, BigDecimal max) {
        BigDecimal spenn = max.subtract(min);
        if (spenn.signum() == 0 && max.signum() == 0) {
            return new Akse(BigDecimal.ZERO, BigDecimal.ONE, List.of(BigDecimal.ZERO, BigDecimal.ONE), 0); // no data or all zero
        }
        if (spenn.signum() == 0) {
            spenn = max.abs();
        }
        double raa = spenn.doubleValue() / 4;
        int eksponent = (int) Math.floor(Math.log10(raa));
        double norm = raa / Math.pow(10, eksponent);
        BigDecimal mantisse = norm <= 1 ? BigDecimal.ONE
                : norm <= 2 ? BigDecimal.valueOf(2) : norm <= 2.5 ? new BigDecimal("2.5") : norm <= 5 ? BigDecimal.valueOf(5) : BigDecimal.TEN;
        BigDecimal steg = mantisse.scaleByPowerOfTen(eksponent).stripTrailingZeros();
        BigDecimal lav = min.divide(steg, 0, RoundingMode.FLOOR).multiply(steg);
        BigDecimal hoy = max.divide(steg, 0, RoundingMode.CEILING).multiply(steg);
        if (hoy.compareTo(lav) == 0) {
            hoy = lav.add(steg);
        }
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = lav; t.compareTo(hoy) <= 0; t = t.add(steg)) {
            ticks.add(t);
        }
        return new Akse(lav, hoy, List.copyOf(ticks), Math.max(0, steg.scale()));
    }
}

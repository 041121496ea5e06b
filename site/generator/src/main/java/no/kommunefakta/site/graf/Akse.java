package no.kommunefakta.site.graf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import no.kommunefakta.site.svg.Verditekst;

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

    /** The tick labels in the site's number format. */
    List<String> tekster() {
        return ticks.stream().map(t -> Verditekst.tall(t, desimaler)).toList();
    }

    /** Width in px of the widest tick label (10 px text). */
    int tekstBredde() {
        return tekster().stream().mapToInt(t -> Verditekst.bredde(t, 10)).max().orElse(0);
    }

    /** Vertical position of a value in a plot area starting at {@code topp}, {@code plotH} px high. */
    double yd(BigDecimal v, int topp, int plotH) {
        return topp + hoy.subtract(v).doubleValue() / hoy.subtract(lav).doubleValue() * plotH;
    }

    int y(BigDecimal v, int topp, int plotH) {
        return (int) Math.round(yd(v, topp, plotH));
    }

    /**
     * Grid lines with their labels left of the plot: class "n" for the zero line, "g" for the others, "a" for the
     * right-aligned labels (the chart's style defines them).
     */
    void tegn(StringBuilder sb, int venstre, int plotB, int topp, int plotH) {
        List<String> tekster = tekster();
        for (int i = 0; i < ticks.size(); i++) {
            BigDecimal t = ticks.get(i);
            int y = y(t, topp, plotH);
            sb.append("<path class=\"").append(t.signum() == 0 ? "n" : "g").append("\" d=\"M").append(venstre).append(' ').append(y)
                    .append('h').append(plotB).append("\"/><text class=\"a\" x=\"").append(venstre - 4).append("\" y=\"").append(y + 3)
                    .append("\">").append(tekster.get(i)).append("</text>");
        }
    }
}

package no.kommunefakta.site.side;

import java.math.BigDecimal;

import no.kommunefakta.site.data.Celle;

/**
 * A number to show, unformatted: formatting (thousands separator, decimal comma) happens in {@link Formatering}.
 *
 * @param verdi     the number, null when a symbol is shown
 * @param symbol    SSB symbol when there is no number
 * @param desimaler decimals to show
 * @param merknad   short note shown with the number (e.g. coverage "257/357"), empty if none
 */
public record Tall(BigDecimal verdi, String symbol, int desimaler, String merknad) {

    public static Tall av(Celle c, int desimaler) {
        return new Tall(c.verdi(), c.status().symbol(), desimaler, "");
    }

    public static Tall av(Celle c, int desimaler, String merknad) {
        return new Tall(c.verdi(), c.status().symbol(), desimaler, merknad);
    }

    public boolean harVerdi() {
        return verdi != null;
    }
}

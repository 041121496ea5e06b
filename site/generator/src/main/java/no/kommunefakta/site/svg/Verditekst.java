package no.kommunefakta.site.svg;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.side.Formatering;

/** Value texts for maps and charts: the site's Norwegian number format, units, and SSB symbols explained. */
public final class Verditekst {

    private Verditekst() {
    }

    /** "12 345,6", "−0,4" (non-breaking space, decimal comma, minus sign), as {@link Formatering}. */
    public static String tall(BigDecimal v, int desimaler) {
        return Formatering.tall(v, desimaler, Formatering.NBSP, ',', "\u2212");
    }

    /** "12,3 prosent" (non-breaking space before the unit), or ".. (tallgrunnlag mangler)" for a symbol. */
    public static String verdi(Celle c, Function<BigDecimal, String> format, String enhet) {
        if (!c.harTall()) {
            return c.status().symbol() + " (" + c.status().forklaring().toLowerCase(Locale.ROOT) + ")";
        }
        String v = format.apply(c.verdi());
        return enhet.isBlank() ? v : v + "\u00a0" + enhet;
    }

    /** Rough width in px of text at the given font size: enough to keep labels apart, not for typesetting. */
    public static int bredde(String s, double fontPx) {
        return (int) Math.ceil(s.length() * fontPx * 0.58);
    }
}

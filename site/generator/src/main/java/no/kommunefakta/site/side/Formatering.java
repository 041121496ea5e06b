package no.kommunefakta.site.side;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.quarkus.qute.TemplateExtension;

/**
 * Norwegian number formatting for templates: non-breaking space as thousands separator, decimal comma, minus sign,
 * SSB symbols for missing numbers. Templates call these as {@code {tall.tekst}}, never format themselves.
 */
@TemplateExtension
public final class Formatering {

    /** Non-breaking space, the thousands separator. */
    public static final char NBSP = '\u00a0';

    private Formatering() {
    }

    /** "717 710", "12,5", "−0,4", or the SSB symbol (e.g. ".."). */
    public static String tekst(Tall t) {
        if (t == null) {
            return "";
        }
        if (!t.harVerdi()) {
            return t.symbol();
        }
        return tall(t.verdi(), t.desimaler(), NBSP, ',', "\u2212");
    }

    /** Table cell text: the number or symbol, with a short note such as coverage in parentheses. */
    public static String celle(Tall t) {
        return t.merknad().isEmpty() ? tekst(t) : tekst(t) + " (" + t.merknad() + ")";
    }

    /** Amount in kroner: "81 240 kr". */
    public static String kroner(Tall t) {
        return t.harVerdi() ? tekst(t) + NBSP + "kr" : tekst(t);
    }

    /** Value with unit, for chart labels and descriptions. */
    public static String medEnhet(Tall t, String enhet) {
        return t.harVerdi() && !enhet.isBlank() ? tekst(t) + NBSP + enhet : tekst(t);
    }

    /** CSS class for a cell: "s" for a symbol, empty for a number. */
    public static String klasse(Tall t) {
        return t.harVerdi() ? "" : "s";
    }

    /** Generic formatter also used for CSV (separator ' ' not used there: pass '\0' for none). */
    public static String tall(BigDecimal v, int desimaler, char tusen, char komma, String minus) {
        BigDecimal s = v.setScale(desimaler, RoundingMode.HALF_UP);
        String plain = s.abs().toPlainString();
        int punkt = plain.indexOf('.');
        String heltall = punkt < 0 ? plain : plain.substring(0, punkt);
        String brok = punkt < 0 ? "" : plain.substring(punkt + 1);
        StringBuilder sb = new StringBuilder();
        if (s.signum() < 0) {
            sb.append(minus);
        }
        int n = heltall.length();
        for (int i = 0; i < n; i++) {
            sb.append(heltall.charAt(i));
            int igjen = n - i - 1;
            if (tusen != '\0' && igjen > 0 && igjen % 3 == 0) {
                sb.append(tusen);
            }
        }
        if (!brok.isEmpty()) {
            sb.append(komma).append(brok);
        }
        return sb.toString();
    }
}

package no.kommunefakta.site.data;

import java.math.BigDecimal;

/**
 * One statistical cell: a number, or an SSB symbol saying why there is none.
 *
 * @param verdi  the number, {@code null} exactly when {@code status != TALL}
 * @param status why there is no number
 * @param aarsak reason code for our own suppression or mapping ("primaer", "sekundaer", "ssb"), empty otherwise
 */
public record Celle(BigDecimal verdi, Status status, String aarsak) {

    public static final Celle MANGLER = new Celle(null, Status.MANGLER, "");
    public static final Celle PRIKKET_SSB = new Celle(null, Status.PRIKKET, "ssb");

    public Celle {
        if ((verdi == null) != (status != Status.TALL)) {
            throw new IllegalArgumentException("cell value " + verdi + " does not agree with status " + status);
        }
        aarsak = aarsak == null ? "" : aarsak;
    }

    public static Celle tall(BigDecimal v) {
        return new Celle(v, Status.TALL, "");
    }

    public static Celle tall(long v) {
        return tall(BigDecimal.valueOf(v));
    }

    public static Celle symbol(Status s) {
        return new Celle(null, s, "");
    }

    public boolean harTall() {
        return status == Status.TALL;
    }
}

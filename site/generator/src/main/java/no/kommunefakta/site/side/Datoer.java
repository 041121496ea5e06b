package no.kommunefakta.site.side;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Norwegian date formats for the freshness notes, always in UTC so that the output does not depend on the machine. */
public final class Datoer {

    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d.M.yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH.mm 'UTC'").withZone(ZoneOffset.UTC);

    private Datoer() {
    }

    /** "23.11.2026". */
    public static String dato(Instant t) {
        return DATO.format(t);
    }

    /** "29.11.2026 kl. 17.05 UTC". */
    public static String tidspunkt(Instant t) {
        return TID.format(t);
    }
}

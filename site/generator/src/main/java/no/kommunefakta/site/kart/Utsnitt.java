package no.kommunefakta.site.kart;

import java.util.List;

/**
 * A framed, enlarged inset of a kommune map for a dense city region (from {@code data/geo/kartutsnitt.csv}).
 *
 * @param navn     the inset's label, e.g. "Oslo-området"
 * @param kommuner kommunenummer whose joint bounding box gives the window's centre
 * @param breddeKm window width in kilometres
 * @param hoydeKm  window height in kilometres
 */
public record Utsnitt(String navn, List<String> kommuner, double breddeKm, double hoydeKm) {

    public Utsnitt {
        kommuner = List.copyOf(kommuner);
        if (navn.isBlank() || kommuner.isEmpty()) {
            throw new IllegalArgumentException("inset needs a name and at least one kommune, was '" + navn + "' " + kommuner);
        }
        if (!(breddeKm > 0 && hoydeKm > 0)) {
            throw new IllegalArgumentException("inset '" + navn + "': bredde_km and hoyde_km must be positive, were " + breddeKm + ", " + hoydeKm);
        }
    }
}

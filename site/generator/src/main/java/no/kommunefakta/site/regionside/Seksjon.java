package no.kommunefakta.site.regionside;

import java.util.List;

import no.kommunefakta.site.side.Lenke;

/**
 * One service area on a region page. A figure without any number for the region is not a row: it is listed in
 * {@code utenTall} and linked to its figure page instead.
 *
 * @param slug        service area id
 * @param navn        name
 * @param beskrivelse description
 * @param familier    the indicator families with at least one figure that has a number for the region, in page order
 * @param csv         download URL (CSV)
 * @param json        download URL (JSON-stat2)
 * @param utenTall    the area's figures without any number for the region, linked to their figure pages
 */
public record Seksjon(String slug, String navn, String beskrivelse, List<FamilieBlokk> familier,
        String csv, String json, List<Lenke> utenTall) {

    /** Every figure row of the area, in page order. */
    public List<Figur> figurer() {
        return familier.stream().flatMap(f -> f.figurer().stream()).toList();
    }

    /** No figure of the area has a number for the region: the page shows the area as one line. */
    public boolean tom() {
        return familier.isEmpty();
    }
}

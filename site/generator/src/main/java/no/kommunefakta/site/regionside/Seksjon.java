package no.kommunefakta.site.regionside;

import java.util.List;

/**
 * One service area on a region page; the structure is the same for every area and every region.
 *
 * @param slug        service area id
 * @param navn        name
 * @param beskrivelse description
 * @param familier    the four indicator families, always all four, in the same order
 * @param csv         download URL (CSV)
 * @param json        download URL (JSON-stat2)
 * @param utenTall    no figure of the area has a number for this region or its comparison columns in any year shown:
 *                    the page shows the area as one short paragraph (its figures as links and the SSB tables that
 *                    fill them) instead of a table of {@code ..}
 * @param tabeller    the SSB tables that fill the area's figures, e.g. {@code SSB 12367 og 07459}; empty if none
 */
public record Seksjon(String slug, String navn, String beskrivelse, List<FamilieBlokk> familier,
        String csv, String json, boolean utenTall, String tabeller) {

    /** Every figure of the area, in page order. */
    public List<Figur> figurer() {
        return familier.stream().flatMap(f -> f.figurer().stream()).toList();
    }
}

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
 */
public record Seksjon(String slug, String navn, String beskrivelse, List<FamilieBlokk> familier,
        String csv, String json) {
}

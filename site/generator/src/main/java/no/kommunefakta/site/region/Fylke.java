package no.kommunefakta.site.region;

import java.util.List;

/**
 * A fylke in the 2024 structure.
 *
 * @param kode     2-digit fylkesnummer
 * @param navn     name
 * @param slug     URL slug
 * @param kommuner kommunenummer of its kommuner, ascending
 */
public record Fylke(String kode, String navn, String slug, List<String> kommuner) {

    /** SSB aggregate code for "kommunene i fylket". */
    public String aggregatkode() {
        return "EKA" + kode;
    }
}

package no.kommunefakta.site.nedlasting;

import java.util.List;

/**
 * The open-data page.
 *
 * @param filer one entry per service area
 */
public record NedlastingSide(List<Fil> filer) {

    /**
     * Downloads of one service area.
     *
     * @param navn  service area
     * @param csv   CSV URL
     * @param json  JSON-stat2 URL
     * @param rader number of data rows
     */
    public record Fil(String navn, String csv, String json, int rader) {
    }
}

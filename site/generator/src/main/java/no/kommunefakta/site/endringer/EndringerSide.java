package no.kommunefakta.site.endringer;

import java.util.List;

/**
 * The release log page, newest first.
 *
 * @param utgivelser one row per publication
 */
public record EndringerSide(List<Rad> utgivelser) {

    /**
     * One publication.
     *
     * @param publisert    publication time in words
     * @param publisertIso the same as ISO-8601
     * @param dataHentet   newest good fetch of a table
     * @param tabeller     tables with their fetch dates
     * @param endringer    what changed
     * @param koder        per key figure: table, content code, SSB's label and when (newest publication only)
     */
    public record Rad(String publisert, String publisertIso, String dataHentet, List<String> tabeller, List<String> endringer,
            List<String> koder) {
    }
}

package no.kommunefakta.site.om;

import java.util.List;

/**
 * About the figures: definitions of every key figure, the symbols and which figures have embedded data.
 *
 * @param omraader service areas with their figure definitions
 * @param grunnlag how aggregates are computed
 * @param uttatt   figures taken out of the catalogue, grouped by the reason
 */
public record OmSide(List<Omraade> omraader, String grunnlag, List<Uttatt> uttatt) {

    /**
     * Figures taken out of the catalogue for one reason.
     *
     * @param grunn   why (one paragraph)
     * @param figurer the figures
     */
    public record Uttatt(String grunn, List<Figur> figurer) {
    }

    /**
     * A figure taken out: its former id (the anchor old links point to) and name.
     *
     * @param id   former figure id
     * @param navn name
     */
    public record Figur(String id, String navn) {
    }

    /**
     * Definitions of one service area.
     *
     * @param navn    name
     * @param figurer definitions
     */
    public record Omraade(String navn, List<Definisjon> figurer) {
    }

    /**
     * One key-figure definition.
     *
     * @param id        anchor
     * @param navn      name
     * @param familie   indicator family
     * @param enhet     unit
     * @param teller    numerator definition
     * @param nevner    denominator definition, empty for counts
     * @param tidspunkt date basis
     * @param kilde     source
     * @param status    which data are embedded now
     * @param tabeller  the SSB tables and cells that fill the figure ("12367 Detaljerte regnskapstall … (teller: …)")
     * @param uoppdatert why the daily refresh does not update the figure, empty when it does
     */
    public record Definisjon(String id, String navn, String familie, String enhet, String teller, String nevner,
            String tidspunkt, String kilde, String status, java.util.List<String> tabeller, String uoppdatert) {
    }
}

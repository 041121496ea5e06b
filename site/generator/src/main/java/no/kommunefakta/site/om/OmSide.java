package no.kommunefakta.site.om;

import java.util.List;

/**
 * About the figures: definitions of every key figure, the symbols and which figures have embedded data.
 *
 * @param omraader service areas with their figure definitions
 * @param grunnlag how aggregates are computed
 */
public record OmSide(List<Omraade> omraader, String grunnlag) {

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

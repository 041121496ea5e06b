package no.kommunefakta.site.nokkeltall;

import no.kommunefakta.site.data.Celle;

/**
 * A key figure for one region and year.
 *
 * @param verdi   the value (SSB's published value if there is one, else teller / nevner * faktor, rounded)
 * @param teller  numerator in its own unit
 * @param nevner  denominator in its own unit
 * @param grunnlag how the value came about: "publisert" (SSB), "beregnet" (from teller and nevner), "" if none
 * @param dekning for aggregates over partial data: "n av m kommuner", else empty
 */
public record Resultat(Celle verdi, Celle teller, Celle nevner, String grunnlag, String dekning) {

    public static final Resultat MANGLER = new Resultat(Celle.MANGLER, Celle.MANGLER, Celle.MANGLER, "", "");
}

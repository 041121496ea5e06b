package no.kommunefakta.site.regionside;

import java.util.List;

/**
 * A headline card on a region page: one figure's latest value for the region, its rank and comparisons.
 *
 * @param navn      figure name
 * @param href      the figure's page at the region's row
 * @param verdi     the value, formatted
 * @param enhet     unit as shown after the value ("%" for percent)
 * @param aar       the year of the value (the latest with a number for the region)
 * @param eldre     why the year is marked as older, empty when it is the figure's newest
 * @param plass     "plass 12 av 357", empty for the country
 * @param sammenligning comparisons (KOSTRA group, fylke, landet), may be empty
 * @param endring   change since the previous year ("+0,4 fra 2024"), empty if that year has no number
 * @param retning   "høyere er bedre" where KOSTRA/SSB define a direction, else empty
 */
public record Hovedkort(String navn, String href, String verdi, String enhet, int aar, String eldre, String plass,
        List<Hovedkort.Sammenligning> sammenligning, String endring, String retning) {

    public Hovedkort {
        sammenligning = List.copyOf(sammenligning);
    }

    /**
     * One comparison on a card: "KOSTRA-gruppe 13: 1,6".
     *
     * @param etikett the compared region ("KOSTRA-gruppe 13", "Oslo (fylket)", "Landet")
     * @param verdi   its value, formatted
     * @param href    where the label links (the KOSTRA group's description), empty for no link
     */
    public record Sammenligning(String etikett, String verdi, String href) {
    }
}

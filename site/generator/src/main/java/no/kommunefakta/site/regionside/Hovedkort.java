package no.kommunefakta.site.regionside;

import io.quarkus.qute.RawString;
import java.util.List;

import no.kommunefakta.site.side.Html;

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
     * The card as a list item. Built here rather than in the template: every page opens with 6-8 cards of some twenty
     * values each, and a template spends a few microseconds per value it resolves.
     */
    public RawString html() {
        Html h = new Html(600);
        h.raw("<li><a href=\"").tekst(href).raw("\">").tekst(navn).raw("</a><p class=\"v\"><b>").tekst(verdi).raw("</b>");
        if (!enhet.isEmpty()) {
            h.raw(" ").tekst(enhet);
        }
        h.raw(" <span class=\"aa\">").tall(aar);
        if (!eldre.isEmpty()) {
            h.raw(" (").tekst(eldre).raw(")");
        }
        h.raw("</span></p>");
        if (!plass.isEmpty()) {
            h.raw("<p class=\"pl\">").tekst(plass).raw("</p>");
        }
        if (!sammenligning.isEmpty()) {
            h.raw("<p class=\"sm\">");
            for (int i = 0; i < sammenligning.size(); i++) {
                Sammenligning c = sammenligning.get(i);
                if (i > 0) {
                    h.raw(" · ");
                }
                if (c.href().isEmpty()) {
                    h.tekst(c.etikett());
                } else {
                    h.raw("<a href=\"").tekst(c.href()).raw("\">").tekst(c.etikett()).raw("</a>");
                }
                h.raw(": ").tekst(c.verdi());
            }
            h.raw("</p>");
        }
        if (!endring.isEmpty()) {
            h.raw("<p class=\"sm\">").tekst(endring).raw("</p>");
        }
        if (!retning.isEmpty()) {
            h.raw("<p class=\"sm\">").tekst(retning).raw("</p>");
        }
        return h.raw("</li>").ferdig();
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

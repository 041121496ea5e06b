package no.kommunefakta.site.sammenlign;

import java.util.List;

import io.quarkus.qute.RawString;

import no.kommunefakta.site.side.Html;
import no.kommunefakta.site.side.Lenke;

/**
 * A kommune's default comparison ({@code /sammenlign/{slug}/}): every figure's latest year for the kommune, its KOSTRA
 * group, its fylke and the country, readable without JavaScript.
 *
 * @param navn       kommune name
 * @param sti        the page's path
 * @param kommune    the kommune page
 * @param kolonner   column headers after the figure (kommune, group, fylke, landet)
 * @param omraader   service areas with their rows
 * @param gruppe     the kommune's KOSTRA group with what its kommuner have in common, empty if it has none
 */
public record SammenlignSide(String navn, String sti, Lenke kommune, List<String> kolonner, List<Omraade> omraader, String gruppe) {

    /**
     * One figure.
     *
     * @param navn  figure name with unit
     * @param href  the figure page
     * @param aar   year shown
     * @param celler formatted values in column order
     */
    public record Rad(String navn, String href, int aar, List<Object> celler) {
    }

    /**
     * A service area.
     *
     * @param navn name
     * @param rader one row per figure
     */
    public record Omraade(String navn, List<Rad> rader) {

        /** The rows as markup, built here rather than resolved cell by cell in the template. */
        public RawString html() {
            Html h = new Html(rader.size() * 250);
            for (Rad r : rader) {
                h.raw("<tr><th scope=\"row\"><a href=\"").tekst(r.href()).raw("\">").tekst(r.navn()).raw("</a><td>").tall(r.aar());
                for (Object c : r.celler()) {
                    h.raw("<td>").celle(c);
                }
                h.raw("\n");
            }
            return h.ferdig();
        }
    }
}

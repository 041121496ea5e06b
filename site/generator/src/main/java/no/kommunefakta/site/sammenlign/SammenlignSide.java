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
    }

    /**
     * Every service area as a heading and its table, built here rather than resolved area by area and cell by cell in
     * the template: a template loop resolves each outer name (the kommune, the columns) by trying every value resolver
     * at each loop level first.
     */
    public RawString omraaderHtml() {
        Html h = new Html(omraader.size() * 2_000);
        for (int i = 0; i < omraader.size(); i++) {
            Omraade o = omraader.get(i);
            h.raw(i == 0 ? "<h2>" : "\n<h2>").tekst(o.navn()).raw("</h2>\n<div class=\"tw\" tabindex=\"0\" role=\"region\" aria-label=\"").tekst(o.navn())
                    .raw("\"><table><caption class=\"vh\">").tekst(o.navn()).raw(": ").tekst(navn)
                    .raw(" sammenlignet</caption><thead><tr><th>Nøkkeltall<th>År");
            for (String k : kolonner) {
                h.raw("<th>").tekst(k);
            }
            h.raw("</thead><tbody>\n");
            for (Rad r : o.rader()) {
                h.raw("<tr><th scope=\"row\"><a href=\"").tekst(r.href()).raw("\">").tekst(r.navn()).raw("</a><td>").tall(r.aar());
                for (Object c : r.celler()) {
                    h.raw("<td>").celle(c);
                }
                h.raw("\n");
            }
            h.raw("</tbody></table></div>");
        }
        return h.ferdig();
    }
}

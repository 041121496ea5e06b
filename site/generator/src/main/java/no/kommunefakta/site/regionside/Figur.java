package no.kommunefakta.site.regionside;

import java.util.List;
import java.util.Optional;


import no.kommunefakta.site.graf.Tidsseriediagram;
import no.kommunefakta.site.side.Formatering;
import no.kommunefakta.site.side.Html;
import no.kommunefakta.site.side.Tall;

/**
 * A key figure's rows on a region page.
 *
 * @param id       catalogue id (anchor on the definitions page)
 * @param navn     figure name
 * @param enhet    unit
 * @param forhold  ratio: teller and nevner columns are filled
 * @param aar      one row per year shown
 * @param href     the figure's page, at this region's row
 * @param diagram  URL of the figure's time-series chart (SVG over the years in the rows), empty if none
 * @param diagramAlt alternative text of the chart (the rows beside it are its table alternative)
 * @param diagramBredde chart width in CSS pixels
 * @param diagramHoyde  chart height in CSS pixels
 * @param bestilling    what the chart file must show, empty when there is no chart
 * @param eldre    "eldre tall" when the figure's latest year is well behind the rest of the page, else empty
 */
public record Figur(String id, String navn, String enhet, boolean forhold, List<AarRad> aar, String href, String diagram,
        String diagramAlt, int diagramBredde, int diagramHoyde, Optional<Tidsseriediagram.Bestilling> bestilling, String eldre) {

    /**
     * Appends the figure's table rows (one per year, then a row with its chart).
     *
     * @param spalter the table's number of columns (the chart row spans them)
     */
    void rader(Html h, int spalter) {
        for (int i = 0; i < aar.size(); i++) {
            AarRad a = aar.get(i);
            h.raw("<tr>");
            if (i == 0) {
                h.raw("<th scope=\"row\"");
                if (aar.size() > 1) {
                    h.raw(" rowspan=\"").tall(aar.size()).raw("\"");
                }
                h.raw("><a href=\"").tekst(href).raw("\">").tekst(navn).raw("</a> (").tekst(enhet).raw(")");
                if (!eldre.isEmpty()) {
                    h.raw(" <small class=\"eldre\">").tekst(eldre).raw("</small>");
                }
            }
            h.raw("<td>").tall(a.aar());
            for (Object c : a.celler()) {
                h.raw("<td>").celle(c);
            }
            h.raw("\n");
        }
        if (!diagram.isEmpty()) {
            h.raw("<tr class=\"dr\"><td colspan=\"").tall(spalter).raw("\"><img src=\"").tekst(diagram).raw("\" alt=\"").tekst(diagramAlt)
                    .raw("\" width=\"").tall(diagramBredde).raw("\" height=\"").tall(diagramHoyde).raw("\" loading=\"lazy\">\n");
        }
    }

    /**
     * One year of a figure.
     *
     * @param aar           year
     * @param verdi         the region's value
     * @param teller        the region's numerator
     * @param nevner        the region's denominator
     * @param sammenligning comparison columns in page order
     * @param celler        the row's cells after the year, formatted by {@link Formatering#celle} (value, teller,
     *                      nevner — empty for counts — and the comparisons), so the template only prints them
     */
    public record AarRad(int aar, Tall verdi, Tall teller, Tall nevner, List<Tall> sammenligning, List<Object> celler) {
    }
}

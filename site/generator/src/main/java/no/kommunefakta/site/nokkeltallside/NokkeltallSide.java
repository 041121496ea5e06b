package no.kommunefakta.site.nokkeltallside;

import java.util.List;

import io.quarkus.qute.RawString;

import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.side.Html;
import no.kommunefakta.site.side.Lenke;
import no.kommunefakta.site.side.Tall;

/**
 * A key figure over every kommune (or, for the fylkeskommune's services, every fylke): ranked table with value,
 * numerator and denominator, a choropleth map, the distribution, and the aggregates.
 *
 * @param id          catalogue id
 * @param navn        figure name
 * @param enhet       unit
 * @param omraade     service area (link to its downloads)
 * @param teller      numerator definition
 * @param nevner      denominator definition, empty for counts
 * @param kilde       source note
 * @param aar         year shown
 * @param andreAar    the other years with data (links are not needed: the downloads hold every year)
 * @param nivaa       "kommune" or "fylke": what the rows are
 * @param flertall    "kommuner" or "fylker"
 * @param forhold     ratio: teller and nevner columns are shown
 * @param medVerdi    rows with a number
 * @param rader       every row, ranked (rows without a number last, in code order)
 * @param kart        the choropleth map to inline, {@link FigureMaps.Kart#INGEN} if none was drawn
 * @param fordeling   every region's value as a bar, ranked (SVG file)
 * @param markeringer per KOSTRA group, the map and chart with the group marked (shown when a row of the group is the
 *                    page's target, e.g. {@code #k0301} from a kommune page); empty for the fylkeskommune's figures
 * @param sammenlign  aggregates: KOSTRA groups (kommune level), fylker (kommune level), landet, landet uten Oslo
 * @param landet      the country's value
 */
public record NokkeltallSide(String id, String navn, String enhet, Lenke omraade, String teller, String nevner, String kilde,
        int aar, List<Integer> andreAar, String nivaa, String flertall, boolean forhold, int medVerdi, List<Rad> rader,
        FigureMaps.Kart kart, Bilde fordeling, List<Markering> markeringer, List<Rad> sammenlign, Tall landet) {

    private boolean kommunenivaa() {
        return nivaa.equals("kommune");
    }

    /** The ranked table's rows as markup (Plass, region, value first), built once here rather than value by value in the template. */
    public RawString rangerteRader() {
        Html h = new Html(rader.size() * 200);
        for (Rad r : rader) {
            if (r.plass().isEmpty()) {
                continue;
            }
            rad(h, r).raw("<td>").tekst(r.plass()).raw("</td><th scope=\"row\"><a href=\"")
                    .tekst(r.href()).raw("\">").tekst(r.navn()).raw("</a></th><td>").celle(r.verdi()).raw("</td>");
            forholdsceller(h, r);
            if (kommunenivaa()) {
                h.raw("<td class=\"t\">").tekst(r.fylke()).raw("</td><td>");
                if (!r.gruppe().isEmpty()) {
                    h.raw("<a href=\"").tekst(r.gruppeHref()).raw("\">").tekst(r.gruppe()).raw("</a>");
                }
                h.raw("</td>");
            }
            h.raw("</tr>\n");
        }
        return h.ferdig();
    }

    /** Regions without a number in the year shown: folded into one line under the ranking. */
    public int utenVerdi() {
        return rader.size() - medVerdi;
    }

    /** The regions without a number as a list of links (each keeps its row anchor, so links to it still land). */
    public RawString utenVerdiListe() {
        Html h = new Html(utenVerdi() * 90);
        for (Rad r : rader) {
            if (!r.plass().isEmpty()) {
                continue;
            }
            h.raw("<li id=\"").tekst(r.anker()).raw("\"><a href=\"").tekst(r.href()).raw("\">").tekst(r.navn()).raw("</a> ").celle(r.verdi())
                    .raw("</li>");
        }
        return h.ferdig();
    }

    /** The aggregates table's rows as markup. */
    public RawString samledeRader() {
        Html h = new Html(sammenlign.size() * 150);
        for (Rad r : sammenlign) {
            rad(h, r).raw("<th scope=\"row\">");
            if (r.href().isEmpty()) {
                h.tekst(r.navn());
                if (!r.merknad().isEmpty()) {
                    h.raw("<br><small>").tekst(r.merknad()).raw("</small>");
                }
            } else {
                h.raw("<a href=\"").tekst(r.href()).raw("\">").tekst(r.navn()).raw("</a>");
            }
            h.raw("</th><td>").celle(r.verdi()).raw("</td>");
            forholdsceller(h, r);
            h.raw("</tr>\n");
        }
        return h.ferdig();
    }

    private static Html rad(Html h, Rad r) {
        h.raw("<tr id=\"").tekst(r.anker());
        if (!r.klasse().isEmpty()) {
            h.raw("\" class=\"").tekst(r.klasse());
        }
        return h.raw("\">");
    }

    private void forholdsceller(Html h, Rad r) {
        if (forhold) {
            h.raw("<td>").celle(r.teller()).raw("</td><td>").celle(r.nevner()).raw("</td>");
        }
    }

    /**
     * One ranked row.
     *
     * @param anker   HTML id ({@code k0301}, {@code f03}, {@code g13})
     * @param klasse  the row's KOSTRA group as a class ({@code g13}) for kommune and group rows, else empty
     * @param plass   rank, empty when there is no number
     * @param navn    region name
     * @param href    region page
     * @param fylke   fylke name (kommune rows), empty otherwise
     * @param gruppe  KOSTRA group number (kommune rows), empty otherwise
     * @param gruppeHref link to the group's row in the aggregates table, empty if no group
     * @param verdi   value cell
     * @param teller  numerator cell
     * @param nevner  denominator cell
     * @param merknad what a KOSTRA group's kommuner have in common (group rows), else empty
     */
    public record Rad(String anker, String klasse, String plass, String navn, String href, String fylke, String gruppe, String gruppeHref, Object verdi,
            Object teller, Object nevner, String merknad) {
    }

    /**
     * The distribution chart with one KOSTRA group marked (the same file addressed with the group's fragment); the
     * inline map marks the group by the page's stylesheet.
     *
     * @param klasse    the group's class ({@code g13}), shared with its rows
     * @param tekst     e.g. "KOSTRA-gruppe 13 er markert"
     * @param fordeling distribution chart with the group marked
     */
    public record Markering(String klasse, String tekst, Bilde fordeling) {
    }
}

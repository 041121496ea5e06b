package no.kommunefakta.site.sammenlign;

import java.util.List;

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
 */
public record SammenlignSide(String navn, String sti, Lenke kommune, List<String> kolonner, List<Omraade> omraader) {

    /**
     * A service area.
     *
     * @param navn name
     * @param rader one row per figure
     */
    public record Omraade(String navn, List<Rad> rader) {
    }

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
}

package no.kommunefakta.site.nokkeltallside;

import java.util.Map;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.svg.Grupper;

/** Draws a figure page's choropleth map as its own SVG file. */
@FunctionalInterface
public interface FigureMaps {

    /** The map's SVG id: the prefix of its group fragments ({@code kart.svg#kart-g13}). */
    String SVG_ID = "kart";

    /**
     * @param verdier  value per kommune (or fylke aggregate code {@code EKAff}), symbols included
     * @param alt      the map's alternative text
     * @param grupper  groups the map can mark by fragment ({@link Grupper#fragment})
     * @return the map, {@link Bilde#INGEN} if none was drawn
     */
    Bilde draw(SiteWriter out, Nokkeltall n, int aar, boolean fylkesnivaa, String tittel, String alt, Map<String, Celle> verdier,
            Grupper grupper);
}

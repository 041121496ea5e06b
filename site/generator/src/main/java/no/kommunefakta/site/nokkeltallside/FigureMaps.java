package no.kommunefakta.site.nokkeltallside;

import java.util.Map;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.side.Bilde;

/** Draws a figure page's choropleth map as its own SVG file. */
@FunctionalInterface
public interface FigureMaps {

    /**
     * @param verdier  value per kommune (or fylke aggregate code {@code EKAff}), symbols included
     * @param alt      the map's alternative text
     * @return the map, {@link Bilde#INGEN} if none was drawn
     */
    Bilde draw(SiteWriter out, Nokkeltall n, int aar, boolean fylkesnivaa, String tittel, String alt, Map<String, Celle> verdier);
}

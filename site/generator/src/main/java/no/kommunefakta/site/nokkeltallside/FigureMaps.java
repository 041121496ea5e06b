package no.kommunefakta.site.nokkeltallside;

import java.util.Map;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.output.SiteWriter;

/** Draws a figure page's choropleth map as its own SVG file. */
@FunctionalInterface
public interface FigureMaps {

    /**
     * @param verdier  value per kommune (or fylke aggregate code {@code EKAff}), symbols included
     * @return the map's site path, empty if no map was drawn
     */
    String draw(SiteWriter out, Nokkeltall n, int aar, boolean fylkesnivaa, String tittel, Map<String, Celle> verdier);
}

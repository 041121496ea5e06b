package no.kommunefakta.site.nokkeltallside;

import java.util.Map;

import io.quarkus.qute.RawString;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.svg.Grupper;

/** Draws a figure page's choropleth map: inline in the page, and as its own SVG file. */
@FunctionalInterface
public interface FigureMaps {

    /** The map's SVG id: the prefix of its group fragments ({@code kart.svg#kart-g13}) and region ids ({@code kart-r0301}). */
    String SVG_ID = "kart";

    /**
     * @param verdier  value per kommune (or fylke aggregate code {@code EKAff}), symbols included
     * @param grupper  groups the map can mark by fragment ({@link Grupper#fragment})
     * @return the map, {@link Kart#INGEN} if none was drawn
     */
    Kart draw(SiteWriter out, Nokkeltall n, int aar, boolean fylkesnivaa, String tittel, Map<String, Celle> verdier, Grupper grupper);

    /**
     * A map to inline into its figure page.
     *
     * @param markup the {@code <svg>} element, every region a link to its page
     * @param stil   site path of the map's stylesheet (the page's CSP allows no inline styles)
     * @param fil    site path of the same map as a standalone SVG file
     */
    record Kart(String markup, String stil, String fil) {

        public static final Kart INGEN = new Kart("", "", "");

        public boolean finnes() {
            return !markup.isEmpty();
        }

        public RawString svg() {
            return new RawString(markup);
        }
    }
}

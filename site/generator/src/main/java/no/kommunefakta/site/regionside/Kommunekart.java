package no.kommunefakta.site.regionside;

import io.quarkus.qute.RawString;

/**
 * A fylke page's map of its kommuner, inlined into the page (every kommune a link to its page).
 *
 * @param markup the {@code <svg>} element
 * @param stil   site path of the map's stylesheet (the pages' CSP allows no inline styles)
 * @param fil    site path of the same map as a standalone SVG file
 * @param tekst  the caption: what the colours show
 */
public record Kommunekart(String markup, String stil, String fil, String tekst) {

    /** No map (landet, kommune pages, a fylke of one kommune). */
    public static final Kommunekart INGEN = new Kommunekart("", "", "", "");

    public boolean finnes() {
        return !markup.isEmpty();
    }

    public RawString svg() {
        return new RawString(markup);
    }
}

package no.kommunefakta.site.svg;

/**
 * A finished, standalone SVG image (it declares its own namespace and scoped styles, so it works inline in HTML and
 * as a separate {@code .svg} file behind {@code <img>}).
 *
 * @param tittel      the accessible name (the SVG {@code <title>}); use it as the {@code alt} text or caption
 * @param beskrivelse the data in words (the SVG {@code <desc>}); a longer alternative for {@code <img>} users
 * @param kode        the SVG markup, starting with {@code <svg}
 */
public record Svg(String tittel, String beskrivelse, String kode) {

    /** Size of the markup in bytes (UTF-8), as it would be served. */
    public int bytes() {
        return kode.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}

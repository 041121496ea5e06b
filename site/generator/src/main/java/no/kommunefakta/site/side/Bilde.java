package no.kommunefakta.site.side;

/**
 * An image file of the site (a chart or map as SVG) to show with {@code <img>}.
 *
 * @param src    site-absolute path, empty when there is no image
 * @param alt    alternative text
 * @param bredde width in CSS pixels
 * @param hoyde  height in CSS pixels
 */
public record Bilde(String src, String alt, int bredde, int hoyde) {

    /** No image. */
    public static final Bilde INGEN = new Bilde("", "", 0, 0);

    /** An SVG file with the size read from its markup. */
    public static Bilde svg(String src, String alt, String markup) {
        SvgStorrelse s = SvgStorrelse.av(markup);
        return new Bilde(src, alt, s.bredde(), s.hoyde());
    }

    public boolean finnes() {
        return !src.isEmpty();
    }
}

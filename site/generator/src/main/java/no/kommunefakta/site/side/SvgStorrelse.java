package no.kommunefakta.site.side;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Width and height of a standalone SVG, read from its root element, for the {@code <img width height>} that keeps the
 * layout from jumping while the image loads.
 *
 * @param bredde width in CSS pixels
 * @param hoyde  height in CSS pixels
 */
public record SvgStorrelse(int bredde, int hoyde) {

    private static final Pattern ROT = Pattern.compile("<svg\\b[^>]*?\\bwidth=\"(\\d+)(?:\\.\\d+)?\"[^>]*?\\bheight=\"(\\d+)(?:\\.\\d+)?\"");

    public static SvgStorrelse av(String svg) {
        Matcher m = ROT.matcher(svg);
        if (!m.find()) {
            throw new IllegalArgumentException("SVG without width and height on its root element");
        }
        return new SvgStorrelse(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}

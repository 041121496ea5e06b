package no.kommunefakta.site.side;

import io.quarkus.qute.RawString;

/**
 * Markup for table rows that are built once in Java and printed as they are by the templates (a figure page has 357
 * rows, a region page a few hundred cells: resolving every value through the template engine dominated the build).
 * Escapes exactly as Qute's HTML escaper does, so the output is the same as a template's.
 */
public final class Html {

    private final StringBuilder sb;

    public Html(int kapasitet) {
        sb = new StringBuilder(kapasitet);
    }

    /** Appends markup as it is. */
    public Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    public Html tekst(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return this;
    }

    /** Appends a cell value from {@link Formatering#celle}: a {@link RawString} as it is, anything else escaped. */
    public Html celle(Object celle) {
        return celle instanceof RawString r ? raw(r.getValue()) : tekst(String.valueOf(celle));
    }

    public Html tall(int n) {
        sb.append(n);
        return this;
    }

    public RawString ferdig() {
        return new RawString(sb.toString());
    }
}

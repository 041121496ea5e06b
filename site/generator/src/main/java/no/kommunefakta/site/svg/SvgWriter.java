package no.kommunefakta.site.svg;

import java.util.regex.Pattern;

/**
 * Small helpers for writing SVG by hand: XML escaping, compact numbers in tenths of a unit, and a valid id prefix.
 * Output only depends on the input (no locale, no hash order), so the same input gives byte-identical SVG.
 */
public final class SvgWriter {

    public static final String NS = "http://www.w3.org/2000/svg";

    private SvgWriter() {
    }

    /** Escapes text and attribute values ({@code & < > "}). */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Appends a number given in tenths as the shortest SVG number: 123 → "12.3", 120 → "12", 5 → ".5", -5 → "-.5".
     * A separating space is written first unless the previous character makes it unnecessary (the number starts
     * with '-' or '.', or {@code sb} ends with a command letter).
     */
    public static void tideler(StringBuilder sb, long tideler) {
        boolean neg = tideler < 0;
        long a = Math.abs(tideler);
        long hel = a / 10;
        long des = a % 10;
        boolean punktFoerst = hel == 0 && des != 0;
        if (sb.length() > 0) {
            char sist = sb.charAt(sb.length() - 1);
            boolean trengerMellomrom = !neg && !(punktFoerst && harPunkt(sb)) && (Character.isDigit(sist) || sist == '.');
            if (trengerMellomrom) {
                sb.append(' ');
            }
        }
        if (neg) {
            sb.append('-');
        }
        if (!punktFoerst) {
            sb.append(hel);
        }
        if (des != 0) {
            sb.append('.').append(des);
        }
    }

    /** A number in tenths as an attribute value: 123 → "12.3". */
    public static String tideler(long tideler) {
        StringBuilder sb = new StringBuilder(8);
        tideler(sb, tideler);
        return sb.toString();
    }

    /** Whether the number at the end of {@code sb} already has a decimal point (so ".5" can follow without space). */
    private static boolean harPunkt(StringBuilder sb) {
        for (int i = sb.length() - 1; i >= 0; i--) {
            char c = sb.charAt(i);
            if (c == '.') {
                return true;
            }
            if (!Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** Checks an id prefix: letters, digits, '-' and '_', starting with a letter (it is used in CSS selectors). */
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    public static String id(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("SVG id '" + id + "' must start with a letter and use only letters, digits, '-' and '_'");
        }
        return id;
    }

    /**
     * Writes the opening of a standalone, accessible SVG: namespace, id (for scoped styles), size, {@code role="img"},
     * and {@code <title>}/{@code <desc>} referenced by {@code aria-labelledby}.
     */
    public static void start(StringBuilder sb, String id, int bredde, int hoyde, String tittel, String beskrivelse) {
        start(sb, id, bredde, hoyde, tittel, beskrivelse, "img");
    }

    /** As {@link #start(StringBuilder, String, int, int, String, String)} with another role (e.g. "group" for a map of links). */
    public static void start(StringBuilder sb, String id, int bredde, int hoyde, String tittel, String beskrivelse, String rolle) {
        sb.append("<svg xmlns=\"").append(NS).append("\" id=\"").append(id(id)).append("\" viewBox=\"0 0 ").append(bredde)
                .append(' ').append(hoyde).append("\" width=\"").append(bredde).append("\" height=\"").append(hoyde)
                .append("\" role=\"").append(rolle).append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\"><title id=\"")
                .append(id).append("-t\">").append(escape(tittel)).append("</title><desc id=\"").append(id).append("-d\">")
                .append(escape(beskrivelse)).append("</desc>");
    }
}

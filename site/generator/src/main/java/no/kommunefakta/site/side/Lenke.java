package no.kommunefakta.site.side;

/**
 * A link.
 *
 * @param tekst  link text
 * @param href   site-absolute path
 * @param lang   language of the text, empty for the page language
 */
public record Lenke(String tekst, String href, String lang) {
    public Lenke(String tekst, String href) {
        this(tekst, href, "");
    }
}

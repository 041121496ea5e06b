package no.kommunefakta.site.side;

/**
 * A page that only sends the visitor on to another URL (meta refresh, canonical link, plain link without JavaScript).
 *
 * @param tittel what the target is
 * @param til    site-absolute target path
 */
public record Videresending(String tittel, String til) {

    /** The rendered redirect page. */
    public static String html(String tittel, String til) {
        return CommonTemplates.videresending(new Videresending(tittel, til)).render();
    }
}

package no.kommunefakta.site.region;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs as ssb.no builds them: lower case, æ→ae ø→o å→a, other diacritics dropped, non-letters to '-'. */
public final class Slug {

    private static final Pattern MERKE = Pattern.compile("\\p{M}");
    private static final Pattern IKKE_ALFANUMERISK = Pattern.compile("[^a-z0-9]+");
    private static final Pattern KANT = Pattern.compile("^-+|-+$");

    private Slug() {
    }

    public static String av(String tekst) {
        String s = tekst.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        s = MERKE.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = KANT.matcher(IKKE_ALFANUMERISK.matcher(s).replaceAll("-")).replaceAll("");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("name '" + tekst + "' gives an empty slug");
        }
        return s;
    }
}

package no.kommunefakta.site.region;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs as ssb.no builds them: lower case, æ→ae ø→o å→a, other diacritics dropped, non-letters to '-'. */
public final class Slug {

    private Slug() {
    }

    public static String av(String tekst) {
        String s = tekst.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("name '" + tekst + "' gives an empty slug");
        }
        return s;
    }
}

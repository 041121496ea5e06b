package no.kommunefakta.site.refresh;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a series recognises its content in SSB's table metadata: the label text (a phrase the content's label must
 * contain, e.g. {@code Andel barn 1-5 år i barnehage}) and its unit ({@code prosent}). SSB writes labels as
 * {@code Andel barn 1-5 år i barnehage, i forhold til innbyggere 1-5 år (prosent)}: the unit is the content's
 * {@code category.unit} in the metadata, else the label's last parenthesis. Comparison ignores case, dash kinds
 * (1–5 = 1-5) and repeated spaces.
 *
 * @param tekst phrase the label must contain
 * @param enhet the unit the content must have; empty = any unit
 */
public record Etikettregel(String tekst, String enhet) {

    private static final Pattern ENHET = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");

    public Etikettregel {
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("a label rule needs its label text (etikett), was empty");
        }
        enhet = enhet == null ? "" : enhet;
    }

    /** Whether a content code with this label and unit is what the rule describes. */
    public boolean passer(String etikett, Optional<String> enhetIMetadata) {
        if (!normaliser(utenEnhet(etikett)).contains(normaliser(tekst))) {
            return false;
        }
        if (enhet.isBlank()) {
            return true;
        }
        Optional<String> u = enhetIMetadata.filter(s -> !s.isBlank()).or(() -> enhetIEtikett(etikett));
        return u.map(Etikettregel::normaliser).filter(normaliser(enhet)::equals).isPresent();
    }

    /** Whether the label (without its unit) is exactly the rule's text: preferred when several contents match. */
    public boolean eksakt(String etikett) {
        return normaliser(utenEnhet(etikett)).equals(normaliser(tekst));
    }

    /** The rule as people read it: «text» (unit). */
    public String tekstform() {
        return "«" + tekst + "»" + (enhet.isBlank() ? "" : " (" + enhet + ")");
    }

    static String utenEnhet(String etikett) {
        Matcher m = ENHET.matcher(etikett);
        return m.matches() ? m.group(1) : etikett;
    }

    static Optional<String> enhetIEtikett(String etikett) {
        Matcher m = ENHET.matcher(etikett);
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    static String normaliser(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2010-\u2015\u2212]", "-").replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}

package no.kommunefakta.site.nokkeltall;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numerator or denominator: a sum/difference of base series, each optionally shifted in years, e.g.
 * {@code bef.0_17 + bef.67p} or {@code bef.folkemengde - bef.folkemengde[-1]}.
 *
 * @param ledd the terms
 */
public record Uttrykk(List<Ledd> ledd) {

    /**
     * One term.
     *
     * @param fortegn +1 or -1
     * @param serie   series id
     * @param forskyvning year offset (e.g. -1 for the year before)
     */
    public record Ledd(int fortegn, String serie, int forskyvning) {
    }

    private static final Pattern LEDD = Pattern.compile("\\s*([+-])?\\s*([A-Za-z0-9_.]+)(?:\\[([+-]?\\d+)])?\\s*");

    public static Uttrykk parse(String tekst) {
        List<Ledd> l = new ArrayList<>();
        Matcher m = LEDD.matcher(tekst);
        int pos = 0;
        while (pos < tekst.length()) {
            if (!m.find(pos) || m.start() != pos || m.end() == pos) {
                throw new IllegalArgumentException("expression '" + tekst + "' cannot be read at position " + pos);
            }
            if (m.group(1) == null && !l.isEmpty()) {
                throw new IllegalArgumentException("expression '" + tekst + "': missing + or - before '" + m.group(2) + "'");
            }
            l.add(new Ledd("-".equals(m.group(1)) ? -1 : 1, m.group(2), m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
            pos = m.end();
        }
        if (l.isEmpty()) {
            throw new IllegalArgumentException("empty expression");
        }
        return new Uttrykk(List.copyOf(l));
    }

    public List<String> serier() {
        return ledd.stream().map(Ledd::serie).distinct().toList();
    }
}

package no.kommunefakta.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import no.kommunefakta.kostra.CsvResource;
import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.posting.rule.Utgave;

/**
 * The conformance of every reporting year as data: the corpus counts and measured agreement of
 * {@code conformance/agreement.csv} (asserted exactly by {@code YearCorpusTest}) with the release of
 * {@code utgaver.csv}, rendered as the README's year table ({@code YearTableTest} keeps the README equal to it).
 */
public final class YearTable {

    static final String START = "<!-- year-table: generated from functions/kostra/src/test/resources/conformance/"
            + "agreement.csv and utgaver.csv by YearTable; YearTableTest fails when they differ -->";
    static final String END = "<!-- /year-table -->";

    /** One judged corpus: its one-posting cases, its files, and how many cases agree with the release. */
    record Corpus(int year, int postings, int files, int agreeing) {
        int cases() {
            return postings + files;
        }

        boolean full() {
            return agreeing == cases();
        }
    }

    private YearTable() {
    }

    /** Tool: prints the table to paste into the README (between and including the markers). */
    public static void main(String[] args) {
        System.out.println(markdown());
    }

    /** The judged corpora by year. */
    static Map<Integer, Corpus> corpora() {
        Map<Integer, Corpus> result = new TreeMap<>();
        for (List<String> r : CsvResource.read("/conformance/agreement.csv")) {
            int year = Integer.parseInt(r.get(0));
            result.put(year, new Corpus(year, Integer.parseInt(r.get(1)), Integer.parseInt(r.get(2)),
                    Integer.parseInt(r.get(3))));
        }
        return result;
    }

    /** The README table: every year of the chart of accounts, with its release, corpus and agreement. */
    static String markdown() {
        Map<Integer, Corpus> corpora = corpora();
        List<String> lines = new ArrayList<>();
        lines.add(START);
        lines.add("| year | release judging the year | corpus (one-posting files + files) | agreement |");
        lines.add("|---|---|---|---|");
        for (int year : Kontoplan.standard().years()) {
            Utgave u = Utgave.forAar(year);
            Corpus c = corpora.get(year);
            if (c == null) {
                lines.add("| " + year + " | not judged: the rules of release " + u.commit().substring(0, 8)
                        + " with the year's code lists | – | not measured |");
                continue;
            }
            String agreement = c.full() ? "100 % (" + n(c.agreeing()) + ")"
                    : String.format(Locale.ROOT, "%.1f %%", Math.floor(1000.0 * c.agreeing() / c.cases()) / 10)
                    .replace('.', ',')
                    + " (" + n(c.agreeing()) + " of " + n(c.cases()) + ")";
            lines.add("| " + year + " | " + u.commit().substring(0, 8) + " (" + dato(u) + ") | " + n(c.cases())
                    + " (" + n(c.postings()) + " + " + n(c.files()) + ") | " + agreement + " |");
        }
        lines.add(END);
        return String.join("\n", lines);
    }

    /** The release's date, the {@code dato} column of {@code utgaver.csv}. */
    private static String dato(Utgave u) {
        return CsvResource.read("/no/kommunefakta/posting/utgaver.csv").stream()
                .filter(r -> r.get(1).equals(u.commit())).map(r -> r.get(2)).findFirst().orElseThrow();
    }

    private static String n(int value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}

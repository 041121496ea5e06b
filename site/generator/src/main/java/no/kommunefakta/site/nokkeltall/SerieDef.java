package no.kommunefakta.site.nokkeltall;

/**
 * A base data series (grunnlagsdata) as declared in {@code grunnlag.csv}.
 *
 * @param id          series id used in key-figure expressions, e.g. {@code bef.6_15}
 * @param navn        Norwegian name
 * @param enhet       unit
 * @param tidspunkt   date basis of the stored years
 * @param aggregering how regional aggregates are formed: {@code sum} (published aggregate, else sum when every
 *                    member has a value), {@code tilgjengelige} (sum over members with data, coverage shown),
 *                    {@code ingen} (only published aggregates: the series is itself a ratio)
 * @param prikkes     whether small-count suppression (≤3, zeros too, plus secondary) applies
 * @param kilde       loader type
 * @param tabell      SSB table or source name
 * @param uttrekk     which variable in the source; for PxWebApi tables the cell selection {@code DIM=code,...}
 *                    (the content code may be left out when the label rule chooses it)
 * @param etikett     for PxWebApi tables: the phrase SSB's label of the content must contain (the label rule)
 * @param etikettEnhet for PxWebApi tables: the content's unit in SSB's metadata, e.g. {@code prosent}
 * @param belegg      where the table and content code were seen in public sources (evidence, for people)
 */
public record SerieDef(String id, String navn, String enhet, Tidspunkt tidspunkt, String aggregering, boolean prikkes,
        String kilde, String tabell, String uttrekk, String etikett, String etikettEnhet, String belegg) {

    /**
     * The cell selection of a PxWebApi series: {@code uttrekk} as dimension -> code ({@code DIM=code,DIM=code}; empty
     * for a series chosen by label only). A part that is not {@code DIM=code} is an error naming the series.
     */
    public java.util.Map<String, String> utvalg() {
        java.util.Map<String, String> ut = new java.util.LinkedHashMap<>();
        for (String del : uttrekk.split(",")) {
            if (del.isBlank()) {
                continue;
            }
            String[] kv = del.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("grunnlag.csv series " + id + ": uttrekk part '" + del + "' is not DIM=code");
            }
            ut.put(kv[0].trim(), kv[1].trim());
        }
        return ut;
    }
}

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
 *                    (the content code may be left out when the label rule chooses it; {@code DIM=a:b} is the sum
 *                    over the codes a to b in the table's order, {@code DIM=a:} to the last code, e.g. the ages
 *                    {@code Alder=006:015} of SSB 07459)
 * @param etikett     for PxWebApi tables: the phrase SSB's label of the content must contain (the label rule)
 * @param etikettEnhet for PxWebApi tables: the content's unit in SSB's metadata, e.g. {@code prosent}
 * @param belegg      where the table and content code were seen in public sources (evidence, for people)
 */
public record SerieDef(String id, String navn, String enhet, Tidspunkt tidspunkt, String aggregering, boolean prikkes,
        String kilde, String tabell, String uttrekk, String etikett, String etikettEnhet, String belegg) {

    /**
     * Fixed extracts that serve as the embedded base of a series {@code refresh} fills from its PxWebApi table: the
     * population extract, the NVDB road lengths and the KOSTRA property survey of 2015 ({@code eiendom2015}).
     */
    public static final java.util.Set<String> MED_INNEBYGD_GRUNNLAG = java.util.Set.of("befolkning", "nvdb", "eiendom2015");

    /**
     * Whether {@code refresh} fills the series from its PxWebApi table {@link #tabell}: every {@code jsonstat} series,
     * and a series of an embedded extract ({@link #MED_INNEBYGD_GRUNNLAG}) that names a label rule: the extract is its
     * base, the fetched cells replace it.
     */
    public boolean fraPxWebApi() {
        return kilde.equals("jsonstat") || (MED_INNEBYGD_GRUNNLAG.contains(kilde) && !etikett.isBlank());
    }

    /**
     * Every single-cell selection a selection with ranges stands for: one per combination of the codes its ranges span
     * ({@code Alder=006:015} -> ten selections), given each dimension's codes in the table's order.
     */
    public static java.util.List<java.util.Map<String, String>> celleutvalg(java.util.Map<String, String> utvalg,
            java.util.function.Function<String, java.util.List<String>> koderAv) {
        java.util.List<java.util.Map<String, String>> ut = java.util.List.of(new java.util.LinkedHashMap<>());
        for (java.util.Map.Entry<String, String> e : utvalg.entrySet()) {
            java.util.List<java.util.Map<String, String>> neste = new java.util.ArrayList<>();
            for (java.util.Map<String, String> u : ut) {
                for (String k : koder(e.getValue(), koderAv.apply(e.getKey()))) {
                    java.util.Map<String, String> m = new java.util.LinkedHashMap<>(u);
                    m.put(e.getKey(), k);
                    neste.add(m);
                }
            }
            ut = neste;
        }
        return ut;
    }

    /**
     * The codes a selected value stands for in a dimension whose codes are {@code koder} (in the table's order): the
     * code itself, or for a range {@code a:b} every code from a to b ({@code a:} = to the last). Empty when the code
     * or an end of the range is not among them.
     */
    public static java.util.List<String> koder(String verdi, java.util.List<String> koder) {
        int kolon = verdi.indexOf(':');
        if (kolon < 0) {
            return koder.contains(verdi) ? java.util.List.of(verdi) : java.util.List.of();
        }
        int fra = koder.indexOf(verdi.substring(0, kolon));
        String slutt = verdi.substring(kolon + 1);
        int til = slutt.isEmpty() ? koder.size() - 1 : koder.indexOf(slutt);
        return fra < 0 || til < fra ? java.util.List.of() : java.util.List.copyOf(koder.subList(fra, til + 1));
    }

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

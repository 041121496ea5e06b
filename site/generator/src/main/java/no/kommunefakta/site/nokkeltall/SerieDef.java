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
 * @param uttrekk     which variable in the source
 */
public record SerieDef(String id, String navn, String enhet, Tidspunkt tidspunkt, String aggregering, boolean prikkes,
        String kilde, String tabell, String uttrekk) {
}

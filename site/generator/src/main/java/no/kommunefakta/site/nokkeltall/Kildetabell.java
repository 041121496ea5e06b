package no.kommunefakta.site.nokkeltall;

import java.util.Map;

/**
 * An SSB table that fills a key figure: which table, which cells, for which part of the figure. Built from the
 * series definitions ({@code grunnlag.csv}) and the table register ({@code refresh.csv}); {@code /om/} shows it.
 *
 * @param tabell          SSB table id
 * @param tittel          table title as registered in {@code refresh.csv}
 * @param regiondimensjon the table's region dimension ({@code KOKkommuneregion0000} or {@code KOKfylkesregion0000})
 * @param filter          dimension id -> value code selecting the series (e.g. {@code ContentsCode=KOSbelop0000})
 * @param serie           id of the base series in {@code grunnlag.csv}
 * @param rolle           {@code teller}, {@code nevner} or {@code publisert}
 */
public record Kildetabell(String tabell, String tittel, String regiondimensjon, Map<String, String> filter, String serie,
        String rolle) {

    /** The cell selection as text, e.g. {@code KOKfunksjon0000=244, KOKart0000=AGD2}. */
    public String filterTekst() {
        StringBuilder sb = new StringBuilder();
        filter.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }
}

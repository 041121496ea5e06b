package no.kommunefakta.site.refresh;

import java.util.List;
import java.util.Map;

/**
 * One SSB table to fetch from PxWebApi v2.
 *
 * @param table           SSB table id, e.g. {@code 12367}
 * @param filter          dimension id -> value codes, besides region and time (e.g. {@code ContentsCode})
 * @param years           reporting years ({@code Tid} codes)
 * @param regions         region codes (kommuner or fylkeskommuner and their aggregates)
 * @param regionDimension id of the table's region dimension ({@code KOKkommuneregion0000} or
 *                        {@code KOKfylkesregion0000})
 */
public record TableRequest(String table, Map<String, List<String>> filter, List<String> years, List<String> regions,
        String regionDimension) {
}

package no.kommunefakta.site.refresh;

import java.util.List;
import java.util.Map;

/**
 * One table to fetch.
 *
 * @param tabell  SSB table id
 * @param filter  dimension id -> value codes (besides region and time)
 * @param aar     years
 * @param regioner region codes (kommuner and aggregates)
 * @param regionDimensjon id of the region dimension
 */
public record Bestilling(String tabell, Map<String, List<String>> filter, List<String> aar, List<String> regioner,
        String regionDimensjon) {
}

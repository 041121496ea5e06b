package no.kommunefakta.site.endringer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One publication of the site, as kept in the release log ({@code endringer.json}).
 *
 * @param publisert  publication time
 * @param dataHentet newest good fetch of any SSB table, empty if none is known
 * @param tabeller   every table with its last good fetch and status at publication
 * @param tall       per service area: the number of published cells with a number (all regions, all years)
 * @param endringer  what changed since the previous publication, in words
 */
public record Utgivelse(Instant publisert, Optional<Instant> dataHentet, List<Tabell> tabeller, Map<String, Integer> tall,
        List<String> endringer) {

    /**
     * A table at publication.
     *
     * @param tabell SSB table id
     * @param hentet last good fetch, empty if never fetched
     * @param status {@code OK} or {@code FEIL}
     */
    public record Tabell(String tabell, Optional<Instant> hentet, String status) {
    }
}

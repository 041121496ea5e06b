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
 * @param koder      per key figure: the SSB table, content code and label that filled it, and when
 */
public record Utgivelse(Instant publisert, Optional<Instant> dataHentet, List<Tabell> tabeller, Map<String, Integer> tall,
        List<String> endringer, List<Kode> koder) {

    /** A release without content codes (logs written before they were recorded). */
    public Utgivelse(Instant publisert, Optional<Instant> dataHentet, List<Tabell> tabeller, Map<String, Integer> tall,
            List<String> endringer) {
        this(publisert, dataHentet, tabeller, tall, endringer, List.of());
    }

    /**
     * What filled one part of a key figure at publication.
     *
     * @param figur   key figure id
     * @param serie   base series id
     * @param tabell  SSB table id
     * @param kode    content code (empty: not chosen yet)
     * @param etikett SSB's label of the code (empty: not checked against the metadata yet)
     * @param hentet  when the series' data arrived
     * @param utfall  {@code OK}, {@code NY_KODE}, {@code FEIL} or {@code IKKE_KONTROLLERT}
     */
    public record Kode(String figur, String serie, String tabell, String kode, String etikett, Optional<Instant> hentet,
            String utfall) {
    }

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

package no.kommunefakta.site.side;

/**
 * When the data of the site were fetched and when it was published, printed in the footer of every page.
 *
 * @param dataHentet    date of the newest good fetch of an SSB table ("23.11.2026"), or "ukjent"
 * @param publisert     publication time ("29.11.2026 kl. 17.05 UTC")
 * @param publisertIso  the same as ISO-8601 for {@code <time datetime>}
 * @param dataHentetIso the fetch time as ISO-8601, empty if unknown
 */
public record Ferskhet(String dataHentet, String publisert, String publisertIso, String dataHentetIso) {
}

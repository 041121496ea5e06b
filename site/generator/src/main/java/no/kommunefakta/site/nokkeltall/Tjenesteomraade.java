package no.kommunefakta.site.nokkeltall;

/**
 * A service area (tjenesteområde).
 *
 * @param slug        stable id used in URLs and downloads
 * @param navn        Norwegian name
 * @param beskrivelse one-line description
 */
public record Tjenesteomraade(String slug, String navn, String beskrivelse) {
}

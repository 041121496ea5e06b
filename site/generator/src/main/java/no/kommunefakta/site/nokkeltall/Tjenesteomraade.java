package no.kommunefakta.site.nokkeltall;

/**
 * A service area (tjenesteområde).
 *
 * @param slug        stable id used in URLs and downloads
 * @param navn        Norwegian name
 * @param beskrivelse one-line description
 * @param nivaa       whose service it is: {@code kommune} (shown on every region page) or {@code fylke}
 *                    (fylkeskommunen's service, shown on fylke pages and the country page only)
 */
public record Tjenesteomraade(String slug, String navn, String beskrivelse, String nivaa) {

    /** Whether the area belongs on a page of this region type ({@code kommune}, {@code fylke}, {@code landet}). */
    public boolean gjelder(String regiontype) {
        return !regiontype.equals("kommune") || nivaa.equals("kommune");
    }
}

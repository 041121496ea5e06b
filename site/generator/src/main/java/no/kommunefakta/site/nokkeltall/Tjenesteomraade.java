package no.kommunefakta.site.nokkeltall;

/**
 * A service area (tjenesteområde).
 *
 * @param slug        stable id used in URLs and downloads
 * @param navn        Norwegian name
 * @param beskrivelse one-line description
 * @param nivaa       whose service it is: {@code kommune} (shown on every region page) or {@code fylke}
 *                    (fylkeskommunen's service, shown on fylke pages and the country page only)
 * @param kommuneside whether the area's section is on the kommune pages; {@code false} for the areas that do not fit
 *                    the 40 KB page budget of the current layout (shown on fylke pages, landet, {@code /om/} and in
 *                    the downloads)
 */
public record Tjenesteomraade(String slug, String navn, String beskrivelse, String nivaa, boolean kommuneside) {

    /** Whether the area belongs on a page of this region type ({@code kommune}, {@code fylke}, {@code landet}). */
    public boolean gjelder(String regiontype) {
        return !regiontype.equals("kommune") || nivaa.equals("kommune") && kommuneside;
    }
}

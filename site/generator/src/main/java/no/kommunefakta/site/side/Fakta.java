package no.kommunefakta.site.side;

/**
 * One fact in the page header.
 *
 * @param navn   label
 * @param tall   number, or null when {@code tekst} is shown
 * @param enhet  unit after the number
 * @param tekst  text value
 * @param href   optional link for the text value, empty if none
 */
public record Fakta(String navn, Tall tall, String enhet, String tekst, String href) {
}

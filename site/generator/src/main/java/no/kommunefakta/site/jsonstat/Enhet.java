package no.kommunefakta.site.jsonstat;

/**
 * Unit of a content code in JSON-stat2 ({@code category.unit}).
 *
 * @param base     unit text, e.g. "kr", "1000 kr", "prosent"
 * @param decimals number of decimals SSB publishes
 */
public record Enhet(String base, int decimals) {
}

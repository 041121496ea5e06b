package no.kommunefakta.site.region;

/**
 * A name with its language (BCP 47 tag, e.g. "nb", "se" (North Sami), "sma", "smj", "fkv", "smi").
 *
 * @param navn  the name
 * @param spraak language tag
 */
public record Navn(String navn, String spraak) {
}

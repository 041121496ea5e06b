package no.kommunefakta.site.kontoplan;

/**
 * A skjema shown on the site ({@code kontoplan-skjema.csv}).
 *
 * @param kode  code, upper case as SSB writes it (0A, 0C, ...)
 * @param navn  name
 * @param enhet kommune or fylkeskommune
 */
public record SkjemaInfo(String kode, String navn, String enhet) {
}

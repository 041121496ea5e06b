package no.kommunefakta.posting;

/**
 * The run arguments of the official control program ({@code -s -y -q -r -u}): what the file is declared to be.
 *
 * @param skjema  skjema argument, e.g. {@code "0A"} or {@code "0AK3"}
 * @param aargang reporting year, four digits
 * @param kvartal {@code " "} for annual accounts, {@code "1"}..{@code "4"} for quarterly
 * @param region  six-digit region, e.g. {@code "110300"}
 * @param orgnr   organisation number; nine blanks when not given
 */
public record ValidationContext(String skjema, String aargang, String kvartal, String region, String orgnr) {
    public static final String BLANK_ORGNR = "         ";

    public ValidationContext {
        kvartal = kvartal == null || kvartal.isEmpty() ? " " : kvartal;
        orgnr = orgnr == null || orgnr.isEmpty() ? BLANK_ORGNR : orgnr;
    }
}

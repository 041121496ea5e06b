package no.kommunefakta.posting;

/**
 * The run arguments of the official control program ({@code -s -y -q -r -u}, and {@code -c} of the 2023 release):
 * what the file is declared to be.
 *
 * @param skjema     skjema argument, e.g. {@code "0A"} or {@code "0AK3"}
 * @param aargang    reporting year, four digits
 * @param kvartal    {@code " "} for annual accounts, {@code "1"}..{@code "4"} for quarterly
 * @param region     six-digit region, e.g. {@code "110300"}
 * @param orgnr      organisation number; nine blanks when not given
 * @param foretaksnr the company's organisation number (the 2023 release's separate {@code -c} argument, compared by
 *                   control 008 with positions 23-31 of every record); nine blanks when not given. Later releases
 *                   have no such argument and ignore it.
 */
public record ValidationContext(String skjema, String aargang, String kvartal, String region, String orgnr,
                                String foretaksnr) {
    public static final String BLANK_ORGNR = "         ";

    public ValidationContext {
        kvartal = kvartal == null || kvartal.isEmpty() ? " " : kvartal;
        orgnr = orgnr == null || orgnr.isEmpty() ? BLANK_ORGNR : orgnr;
        foretaksnr = foretaksnr == null || foretaksnr.isEmpty() ? BLANK_ORGNR : foretaksnr;
    }

    /** The arguments without a foretaksnr (blank), as every release since 2025 takes them. */
    public ValidationContext(String skjema, String aargang, String kvartal, String region, String orgnr) {
        this(skjema, aargang, kvartal, region, orgnr, BLANK_ORGNR);
    }
}

package no.kommunefakta.posting;

/**
 * One accounting record (kontostreng) in SSB's 48-character regnskap format, fields kept exactly as written
 * (fixed width, blanks included) so that the controls can copy the official program's comparisons.
 *
 * @param skjema           positions 1-2
 * @param aargang          positions 3-6
 * @param kvartal          position 7 (blank for annual)
 * @param region           positions 8-13
 * @param orgnr            positions 14-22
 * @param foretaksnr       positions 23-31
 * @param kontoklasse      position 32
 * @param funksjonKapittel positions 33-36 (funksjon left-aligned in 4, or balance kapittel)
 * @param artSektor        positions 37-39 (art, or balance sektor)
 * @param belop            positions 40-48, amount in 1000 NOK, right-aligned
 */
public record Kontostreng(String skjema, String aargang, String kvartal, String region, String orgnr,
                          String foretaksnr, String kontoklasse, String funksjonKapittel, String artSektor,
                          String belop) {

    /** Length of one record in the file format. */
    public static final int RECORD_LENGTH = 48;

    /**
     * Splits a 48-character record into its fields.
     *
     * @throws IllegalArgumentException when the record is not exactly 48 characters (control 001 handles that case
     *                                  in files; callers of this method must check first)
     */
    public static Kontostreng parse(String record) {
        if (record == null || record.length() != RECORD_LENGTH) {
            throw new IllegalArgumentException("record must be exactly 48 characters, was "
                    + (record == null ? "null" : record.length()));
        }
        return new Kontostreng(record.substring(0, 2), record.substring(2, 6), record.substring(6, 7),
                record.substring(7, 13), record.substring(13, 22), record.substring(22, 31),
                record.substring(31, 32), record.substring(32, 36), record.substring(36, 39),
                record.substring(39, 48));
    }

    /** The record in the 48-character file format (fields are written as they are; no padding is added). */
    public String toRecord() {
        return skjema + aargang + kvartal + region + orgnr + foretaksnr + kontoklasse + funksjonKapittel
                + artSektor + belop;
    }
}

package no.kommunefakta.rent;

/**
 * How internal rent reaches the KOSTRA report, chosen by the reporting year.
 */
public enum Regime {
    /**
     * Up to 2019: the FDV unit's costs sit on the internal-service function (190 / 490), users are charged art 190,
     * the FDV unit is credited art 690 (fordelte utgifter), and the internal-service function nets to zero.
     */
    FORDELTE_UTGIFTER,
    /**
     * From 2020: 190/490 and art 690 are gone; internal rent is internal accounting only, and each external or
     * depreciation cost line is reported on the premises functions (lokalefunksjoner) of the users, keeping its art.
     */
    LOKALEFUNKSJONER;

    /** Last reporting year of the fordelte-utgifter regime (functions 190/490 and art 690 valid until then). */
    public static final int LAST_FORDELTE_UTGIFTER_YEAR = 2019;

    /** The regime of a reporting year. */
    public static Regime forYear(int aargang) {
        return aargang <= LAST_FORDELTE_UTGIFTER_YEAR ? FORDELTE_UTGIFTER : LOKALEFUNKSJONER;
    }
}

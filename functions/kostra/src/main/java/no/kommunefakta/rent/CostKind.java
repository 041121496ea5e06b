package no.kommunefakta.rent;

/**
 * What a cost line is, which decides whether it may be reported to KOSTRA.
 */
public enum CostKind {
    /** An external expense (payment), e.g. energy, cleaning contracts, maintenance, wages: reported. */
    EXTERNAL,
    /** Depreciation (avskrivninger, art 590): the one non-cash cost KOSTRA includes; reported. */
    DEPRECIATION,
    /** A calculated (kalkulatorisk) cost, e.g. calculated interest: may enter the internal rent, never reported. */
    CALCULATED;

    /** The kind named by a request value (case-insensitive), or null. */
    static CostKind fromJson(String value) {
        if (value == null) {
            return null;
        }
        for (CostKind k : values()) {
            if (k.name().equalsIgnoreCase(value.trim())) {
                return k;
            }
        }
        return null;
    }
}

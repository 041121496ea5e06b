package no.kommunefakta.site.nokkeltall;

/** Date basis of a series or key figure. */
public enum Tidspunkt {
    /** Stock on 1 January of the year. */
    JAN1("1.1"),
    /** Stock on 31 December of the year (= 1 January of the next year). */
    DES31("31.12"),
    /** Flow over the calendar year (accounts, counts of cases). */
    AAR("aar"),
    /** Time-invariant (area). */
    FAST("fast");

    private final String kode;

    Tidspunkt(String kode) {
        this.kode = kode;
    }

    public String kode() {
        return kode;
    }

    public static Tidspunkt fra(String s) {
        for (Tidspunkt t : values()) {
            if (t.kode.equals(s.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("tidspunkt '" + s + "' is not one of 1.1, 31.12, aar, fast");
    }

    /**
     * The year under which a series with this basis is stored, when a figure with basis {@code figur} asks for year
     * {@code aar}: population stored per 1.1 serves 31.12 of year t from the 1.1 row of t+1.
     */
    public int lagringsaar(Tidspunkt figur, int aar) {
        if (this == JAN1 && figur == DES31) {
            return aar + 1;
        }
        if (this == DES31 && figur == JAN1) {
            return aar - 1;
        }
        return aar;
    }
}

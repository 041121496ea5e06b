package no.kommunefakta.site.nokkeltall;

/** KOSTRA's indicator families, identical in every service area. */
public enum Familie {
    PRIORITERING("prioritering", "Prioritering"),
    DEKNINGSGRAD("dekningsgrad", "Dekningsgrad"),
    PRODUKTIVITET("produktivitet", "Produktivitet og enhetskostnader"),
    UTDYPENDE("utdypende", "Utdypende nøkkeltall");

    private final String kode;
    private final String navn;

    Familie(String kode, String navn) {
        this.kode = kode;
        this.navn = navn;
    }

    public String kode() {
        return kode;
    }

    public String navn() {
        return navn;
    }

    public static Familie fra(String s) {
        for (Familie f : values()) {
            if (f.kode.equals(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("familie '" + s + "' is not one of prioritering, dekningsgrad, produktivitet, utdypende");
    }
}

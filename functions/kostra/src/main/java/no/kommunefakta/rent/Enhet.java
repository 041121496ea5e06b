package no.kommunefakta.rent;

/**
 * The reporting entity: a kommune reports skjema 0A, a fylkeskommune 0C (bevilgningsregnskap, kontoklasse 1 = drift).
 * Until reporting year 2019 each had its own function for internal service units (190 / 490).
 */
public enum Enhet {
    KOMMUNE("kommune", "0A", "190"),
    FYLKESKOMMUNE("fylkeskommune", "0C", "490");

    private final String jsonName;
    private final String skjema;
    private final String interneServiceenheter;

    Enhet(String jsonName, String skjema, String interneServiceenheter) {
        this.jsonName = jsonName;
        this.skjema = skjema;
        this.interneServiceenheter = interneServiceenheter;
    }

    /** The name used in requests and answers ({@code "kommune"}, {@code "fylkeskommune"}). */
    public String jsonName() {
        return jsonName;
    }

    /** The annual bevilgning skjema. */
    public String skjema() {
        return skjema;
    }

    /** Funksjon "Interne serviceenheter" (valid only up to reporting year 2019). */
    public String interneServiceenheter() {
        return interneServiceenheter;
    }

    /** The entity named by a request value (case-insensitive), or null. */
    static Enhet fromJson(String value) {
        if (value == null) {
            return null;
        }
        for (Enhet e : values()) {
            if (e.jsonName.equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        return null;
    }
}

package no.kommunefakta.site.kart;

/** Which regions a map shows. */
public enum Nivaa {
    /** The 357 kommuner. */
    KOMMUNE("kommuner", "kommune"),
    /** The 15 fylker. */
    FYLKE("fylker", "fylke");

    private final String flertall;
    private final String entall;

    Nivaa(String flertall, String entall) {
        this.flertall = flertall;
        this.entall = entall;
    }

    /** "kommuner" / "fylker", for texts. */
    public String flertall() {
        return flertall;
    }

    /** "kommune" / "fylke", for texts. */
    public String entall() {
        return entall;
    }
}

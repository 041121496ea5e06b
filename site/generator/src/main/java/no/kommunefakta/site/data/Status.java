package no.kommunefakta.site.data;

/** SSB's standard symbols for a cell without a publishable number. */
public enum Status {
    /** A number is published. */
    TALL("", "tall"),
    /** "." ikke mulig å oppgi tall / kategori ikke i bruk. */
    IKKE_MULIG(".", "Ikke mulig å oppgi tall"),
    /** ".." tallgrunnlag mangler. */
    MANGLER("..", "Tallgrunnlag mangler"),
    /** "..." oppgave mangler. */
    OPPGAVE_MANGLER("...", "Oppgave mangler"),
    /** ":" vises ikke av konfidensialitetshensyn (SSB's or our own suppression). */
    PRIKKET(":", "Vises ikke av konfidensialitetshensyn");

    private final String symbol;
    private final String forklaring;

    Status(String symbol, String forklaring) {
        this.symbol = symbol;
        this.forklaring = forklaring;
    }

    public String symbol() {
        return symbol;
    }

    public String forklaring() {
        return forklaring;
    }

    /** Parses an SSB JSON-stat status symbol; unknown flags (e.g. "*" foreløpig) count as a published number. */
    public static Status fraSymbol(String s) {
        if (s == null) {
            return TALL;
        }
        return switch (s.trim()) {
            case "." -> IKKE_MULIG;
            case ".." -> MANGLER;
            case "..." -> OPPGAVE_MANGLER;
            case ":" -> PRIKKET;
            default -> TALL;
        };
    }
}

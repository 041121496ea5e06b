package no.kommunefakta.posting.rule;

/**
 * Kontroll 220 : Interne overføringer, midler (kirkelig fellesråd): art 465 and 865 on funksjon 041-045 must balance
 * within ±30.
 */
public final class Kontroll220InterneMidler implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public String control() {
        return "220";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new InternePar(profil, control(), 465, 865, "Interne overføringer av midler (art 465 og art 865)");
    }
}

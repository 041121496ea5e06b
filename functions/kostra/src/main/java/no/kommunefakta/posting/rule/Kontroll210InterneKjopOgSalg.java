package no.kommunefakta.posting.rule;

/**
 * Kontroll 210 : Interne overføringer, kjøp og salg (kirkelig fellesråd): art 380 and 780 on funksjon 041-045 must
 * balance within ±30.
 */
public final class Kontroll210InterneKjopOgSalg implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public String control() {
        return "210";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new InternePar(profil, control(), 380, 780, "Internt kjøp (art 380) og internt salg (art 780)");
    }
}

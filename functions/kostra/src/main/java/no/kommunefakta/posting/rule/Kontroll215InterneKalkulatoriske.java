package no.kommunefakta.posting.rule;

/**
 * Kontroll 215 : Interne overføringer, kalkulatoriske utgifter og inntekter (kirkelig fellesråd): art 390 and 790 on
 * funksjon 041-045 must balance within ±30.
 */
public final class Kontroll215InterneKalkulatoriske implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public String control() {
        return "215";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new InternePar(profil, control(), 390, 790,
                "Kalkulatoriske utgifter (art 390) og kalkulatoriske inntekter (art 790)");
    }
}

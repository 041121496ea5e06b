package no.kommunefakta.posting.rule;

/**
 * Kontroll 175 : Funksjon 290, driftsregnskapet. Kommune skjema, not Oslo bydel: drift on funksjon 290
 * (interkommunale samarbeid) must net to 0 within ±30.
 */
public final class Kontroll175Funksjon290Drift implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "175";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new NettoNull(profil, control(), 290, PostingView.DRIFT, true,
                "Interkommunale samarbeid (funksjon 290) i driftsregnskapet");
    }
}

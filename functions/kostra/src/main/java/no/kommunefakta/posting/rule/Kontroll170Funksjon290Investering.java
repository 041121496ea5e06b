package no.kommunefakta.posting.rule;

/**
 * Kontroll 170 : Funksjon 290, investeringsregnskapet. Kommune skjema, not Oslo bydel: investering on funksjon 290
 * (interkommunale samarbeid) must net to 0 within ±30.
 */
public final class Kontroll170Funksjon290Investering implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "170";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new NettoNull(profil, control(), 290, PostingView.INVESTERING, true,
                "Interkommunale samarbeid (funksjon 290) i investeringsregnskapet");
    }
}

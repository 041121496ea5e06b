package no.kommunefakta.posting.rule;

/**
 * Kontroll 180 : Funksjon 465, investeringsregnskapet. Fylke skjema: investering on funksjon 465
 * (interfylkeskommunale samarbeid) must net to 0 within ±30.
 */
public final class Kontroll180Funksjon465Investering implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "180";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new NettoNull(profil, control(), 465, PostingView.INVESTERING, false,
                "Interfylkeskommunale samarbeid (funksjon 465) i investeringsregnskapet");
    }
}

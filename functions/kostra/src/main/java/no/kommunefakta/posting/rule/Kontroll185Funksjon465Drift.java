package no.kommunefakta.posting.rule;

/**
 * Kontroll 185 : Funksjon 465, driftsregnskapet. Fylke skjema: drift on funksjon 465 (interfylkeskommunale
 * samarbeid) must net to 0 within ±30.
 */
public final class Kontroll185Funksjon465Drift implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "185";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new NettoNull(profil, control(), 465, PostingView.DRIFT, false,
                "Interfylkeskommunale samarbeid (funksjon 465) i driftsregnskapet");
    }
}

package no.kommunefakta.posting.rule;

/**
 * Kontroll 127 : Summeringskontroller investeringsregnskapet for de Oslointerne artene 298 og 798. Oslo bydel
 * investering: art 298 and 798 must balance within ±10. WARNING. Not in the Java releases
 * (2020-2022 data, {@link Utgave#k126()}).
 */
public final class Kontroll127OsloInterneInvestering implements FileRule {
    @Override
    public boolean appliesTo(Profil profil) {
        return profil.utgave().k126();
    }

    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "127";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new Kontroll126OsloInterneDrift.OsloInterne(control(), false, profil.utgave());
    }
}

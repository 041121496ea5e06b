package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/** Kontroll 050 : Ugyldig kombinasjon i investeringsregnskapet, kontoklasse og art (arts only valid in drift). */
public final class Kontroll050KombinasjonInvesteringArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "050";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (p.belop() == 0 || !p.isInvestering() || !(profil.isArtUgyldigIInvestering(p)
                || profil.kombinasjonMotKontoliste() && !profil.isGyldigArt(p))) {
            return;
        }
        out.accept(p.finding(control(), profil.severityArgQ12(), "art", p.artFelt(), Meldinger.investering(p,
                "Art " + p.artFelt() + " er bare gyldig i driftsregnskapet, ikke i investering (kontoklasse "
                        + p.kontoklasse() + "). Før posteringen i drift (kontoklasse " + p.driftKontoklasse()
                        + ") eller velg en art som gjelder investering.")));
    }
}

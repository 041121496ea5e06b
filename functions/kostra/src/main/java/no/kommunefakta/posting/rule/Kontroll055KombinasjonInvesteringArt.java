package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Kontroll 055 : Ugyldig kombinasjon i investeringsregnskapet, kontoklasse og art (620, 650, 900). INFO. */
public final class Kontroll055KombinasjonInvesteringArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "055";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonSer(p) || !p.isInvestering() || !profil.isArtUlogiskIInvestering(p)) {
            return;
        }
        out.accept(p.finding(control(), Severity.INFO, "art", p.artFelt(), Meldinger.investering(p,
                "Art " + p.artFelt() + " er uvanlig i investeringsregnskapet. Kontroller at inntekten hører til"
                        + " investeringen; løpende salgs- og gebyrinntekter føres i drift.")));
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/** Kontroll 060 : Ugyldig kombinasjon i investeringsregnskapet, kontoklasse, funksjon og art (729 only on 841). */
public final class Kontroll060KombinasjonInvesteringFunksjonArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "060";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonSer(p) || !p.isInvestering() || p.art3() != 729 || p.funksjon3() == 841) {
            return;
        }
        out.accept(p.finding(control(), profil.severityArgQ12(), "funksjon", p.funksjonFelt(), Meldinger.investering(p,
                "Art 729 (kompensasjon for merverdiavgift i investering) skal føres på funksjon 841, ikke på "
                        + p.funksjonFelt().trim() + ". Flytt posteringen til funksjon 841.")));
    }
}

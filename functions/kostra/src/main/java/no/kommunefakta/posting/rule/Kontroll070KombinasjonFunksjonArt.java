package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/** Kontroll 070 : Ugyldig kombinasjon i bevilgningsregnskapet, funksjon og art (art 530 only on funksjon 880). */
public final class Kontroll070KombinasjonFunksjonArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public String control() {
        return "070";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonSer(p) || !profil.kombinasjonPost(p) || p.art3() != 530 || p.funksjon3() == 880) {
            return;
        }
        out.accept(p.finding(control(), profil.severityArgQ12(), "funksjon", p.funksjonFelt(),
                "Art 530 (dekning av tidligere års merforbruk) skal føres på funksjon 880, ikke på "
                        + p.funksjonFelt().trim() + ". Flytt posteringen til funksjon 880."));
    }
}

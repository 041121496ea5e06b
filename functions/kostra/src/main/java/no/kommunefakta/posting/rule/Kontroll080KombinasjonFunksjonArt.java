package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/** Kontroll 080 : Ugyldig kombinasjon i bevilgningsregnskapet, funksjon og art (art 800 only on funksjon 840). */
public final class Kontroll080KombinasjonFunksjonArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public String control() {
        return "080";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonSer(p) || !profil.kombinasjonPost(p) || p.art3() != 800 || p.funksjon3() == 840) {
            return;
        }
        out.accept(p.finding(control(), profil.severityArgQ12(), "funksjon", p.funksjonFelt(),
                "Art 800 (rammetilskudd) skal føres på funksjon 840, ikke på " + p.funksjonFelt().trim()
                        + ". Flytt posteringen til funksjon 840."));
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 065 : Ugyldig kombinasjon i bevilgningsregnskapet, funksjon og art. Arts 589, 980 and 989 only with
 * funksjon 899, and funksjon 899 only with those arts.
 */
public final class Kontroll065KombinasjonFunksjonArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public String control() {
        return "065";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonPost(p) || !profil.kombinasjonSer(p)) {
            return;
        }
        int a = p.art3();
        boolean avsetningsart = a == 589 || a == 980 || a == 989;
        boolean f899 = p.funksjon3() == 899 && profil.isKombinasjonFunksjon(p);
        if (f899 == avsetningsart) {
            return;
        }
        String text = f899
                ? "Funksjon 899 kan bare brukes med art 589, 980 eller 989 (her: art " + p.artFelt()
                + "). Velg en av disse artene eller en annen funksjon."
                : "Art " + p.artFelt() + " kan bare brukes på funksjon 899 (her: funksjon "
                + p.funksjonFelt().trim() + "). Flytt posteringen til funksjon 899.";
        out.accept(p.finding(control(), profil.severityArgQ12(), f899 ? "art" : "funksjon",
                f899 ? p.artFelt() : p.funksjonFelt(), text));
    }
}

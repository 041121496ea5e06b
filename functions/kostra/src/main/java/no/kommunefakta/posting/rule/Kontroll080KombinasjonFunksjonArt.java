package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 080 : Ugyldig kombinasjon i bevilgningsregnskapet, funksjon og art (art 800 only on funksjon 840); a sum
 * over the file with the release setting {@link Utgave#skattSomSum()}.
 */
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
        if (profil.utgave().skattSomSum()) {
            if (profil.skattSum(p) && p.belop() != 0 && "800".equals(p.artFelt()) && !"840".equals(p.funksjonFelt().trim())) {
                out.accept(p.finding(control(), Severity.ERROR, SUMMERT, Long.toString(p.belop()),
                        "Art 800 (rammetilskudd) skal føres på funksjon 840: art 800 på andre funksjoner (her "
                                + p.funksjonFelt().trim() + ", " + p.belop() + ") skal summere til 0 i filen."));
            }
            return;
        }
        if (!profil.kombinasjonSer(p) || !profil.kombinasjonPost(p) || p.art3() != 800 || p.funksjon3() == 840) {
            return;
        }
        out.accept(p.finding(control(), profil.severityArgQ12(), "funksjon", p.funksjonFelt(),
                "Art 800 (rammetilskudd) skal føres på funksjon 840, ikke på " + p.funksjonFelt().trim()
                        + ". Flytt posteringen til funksjon 840."));
    }
}

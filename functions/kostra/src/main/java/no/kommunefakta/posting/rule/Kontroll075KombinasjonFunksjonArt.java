package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 075 : Ugyldig kombinasjon i bevilgningsregnskapet, funksjon og art. In kommune skjema 0A/0M the skatt
 * arts (870 and the year's kommune-only 87x arts) belong on funksjon 800; the 2023 release checks every bevilgning
 * record (also fylke) and has 875 instead of 878/879 ({@code utgaver.csv}).
 */
public final class Kontroll075KombinasjonFunksjonArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public String control() {
        return "075";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        boolean omfattet = profil.utgave().k075KunKommune() ? p.isKommuneBevilgning() : profil.kombinasjonPost(p);
        if (!profil.kombinasjonSer(p) || !omfattet || !profil.isSkatteArt(p) || p.funksjon3() == 800) {
            return;
        }
        out.accept(p.finding(control(), profil.severityArgQ12(), "funksjon", p.funksjonFelt(),
                "Art " + p.artFelt() + " (skatteinntekter) skal føres på funksjon 800, ikke på "
                        + p.funksjonFelt().trim() + ". Flytt posteringen til funksjon 800."));
    }
}

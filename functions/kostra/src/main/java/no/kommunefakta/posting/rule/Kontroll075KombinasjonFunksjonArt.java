package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

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
        if (profil.utgave().skattSomSum()) {
            sjekkSomSum(p, profil, out);
            return;
        }
        boolean omfattet = profil.utgave().k075KunKommune() ? p.isKommuneBevilgning() : profil.kombinasjonPost(p);
        if (!profil.kombinasjonSer(p) || !omfattet || !profil.isSkatteArt(p) || p.funksjon3() == 800) {
            return;
        }
        out.accept(p.finding(control(), profil.severityArgQ12(), "funksjon", p.funksjonFelt(),
                "Art " + p.artFelt() + " (skatteinntekter) skal føres på funksjon 800, ikke på "
                        + p.funksjonFelt().trim() + ". Flytt posteringen til funksjon 800."));
    }

    /**
     * The 2020 release ({@link Utgave#skattSomSum()}): the skatt arts of {@code k075_arter} on another funksjon than
     * {@code "800 "} in a drift record of a 0A/0M argument, per record; art 870 on another funksjon as a file sum.
     */
    private void sjekkSomSum(PostingView p, Profil profil, Consumer<Finding> out) {
        String kommune = profil.argSkjema2();
        if (("0A".equals(kommune) || "0M".equals(kommune)) && p.isDrift() && profil.isSkatteArt(p)
                && !"800 ".equals(p.funksjonFelt())) {
            out.accept(p.finding(control(), Severity.ERROR, "funksjon", p.funksjonFelt(),
                    "Art " + p.artFelt() + " skal bare føres på funksjon 800, ikke på " + p.funksjonFelt().trim()
                            + ". Flytt posteringen til funksjon 800."));
        }
        if (profil.skattSum(p) && p.belop() != 0 && "870".equals(p.artFelt()) && !"800".equals(p.funksjonFelt().trim())) {
            out.accept(p.finding(control(), Severity.ERROR, SUMMERT, Long.toString(p.belop()),
                    "Skatteinntekter (art 870) skal føres på funksjon 800: art 870 på andre funksjoner (her "
                            + p.funksjonFelt().trim() + ", " + p.belop() + ") skal summere til 0 i filen."));
        }
    }
}

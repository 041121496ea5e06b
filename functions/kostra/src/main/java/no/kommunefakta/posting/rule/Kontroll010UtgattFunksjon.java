package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 010 : Utgått funksjon. Quarterly files accept funksjoner that the annual list no longer has (190, 254)
 * temporarily, with a WARNING. Not in the per-skjema packages ({@link Pakke}), whose own list decides.
 */
public final class Kontroll010UtgattFunksjon implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public String control() {
        return "010";
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.pakke().isEmpty();
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!p.isBevilgning() || !profil.isUtgattFunksjon(p)) {
            return;
        }
        String value = p.funksjonFelt();
        String code = value.trim();
        out.accept(p.finding(control(), Severity.WARNING, "funksjon", value,
                profil.melding("010u|" + code, k -> "Funksjon " + code + " er utgått (ikke gyldig i årsregnskapet for "
                        + profil.year() + "), men godtas midlertidig i kvartalsrapporteringen."
                        + Meldinger.funksjonHint(code)
                        + " Gå over til en gyldig funksjon før årsregnskapet.")));
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Kontroll 014 : Beløp. Belop (positions 40-48) must be a whole number, right-aligned, optional minus sign. */
public final class Kontroll014Belop implements PostingRule {
    @Override
    public String control() {
        return "014";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (p.isBelopGyldig()) {
            return;
        }
        String value = p.belopFelt();
        out.accept(p.finding(control(), Severity.ERROR, "belop", value,
                "Beløp '" + value + "' er ikke et gyldig heltall. Oppgi beløpet i hele 1000 kroner, høyrejustert i"
                        + " posisjon 40-48, uten mellomrom etter tallet, uten '+', tusenskille eller desimaler"
                        + " (f.eks. '     -1250')."));
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 081 : Ulogisk kombinasjon i bevilgningsregnskapet, funksjon og art. Outside fylke skjema, funksjon 850
 * only with art 450, 810 or 850. WARNING; ERROR when the argument kvartal is 3 or 4.
 */
public final class Kontroll081KombinasjonFunksjonArt implements PostingRule {
    @Override
    public int kontotyper() {
        return Posting.BEVILGNING;
    }

    @Override
    public String control() {
        return "081";
    }

    @Override
    public void check(Posting p, Profil profil, Consumer<Finding> out) {
        int a = p.art3();
        if (!p.isBevilgning() || p.isFylkeSkjema() || p.belop() == 0 || p.funksjon3() != 850
                || a == 450 || a == 810 || a == 850) {
            return;
        }
        char k = profil.argKvartal();
        Severity severity = k == '3' || k == '4' ? Severity.ERROR : Severity.WARNING;
        out.accept(p.finding(control(), severity, "art", p.artFelt(),
                "Funksjon 850 (generelt statstilskudd vedrørende flyktninger m.m.) brukes bare med art 450, 810 eller"
                        + " 850 (her: art " + p.artFelt() + "). Velg en av disse artene eller funksjonen tjenesten"
                        + " gjelder."));
    }
}

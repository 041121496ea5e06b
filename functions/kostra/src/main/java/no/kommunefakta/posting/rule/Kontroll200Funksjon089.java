package no.kommunefakta.posting.rule;

import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 200 : Funksjon 089, Finansieringstransaksjoner (kirkelig fellesråd): funksjon 089 only with the 0F arts
 * 500-580, 830 and 900-980. Never reports for 2021 data ({@link Utgave#k200()}); without a line for 2022 data
 * ({@link Utgave#k200Linje()}).
 */
public final class Kontroll200Funksjon089 implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.utgave().k200();
    }

    @Override
    public String control() {
        return "200";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        boolean gyldig = profil.utgave().k200Artsliste() ? profil.isKirkeFunksjon089Art(p)
                : Profil.isFunksjon089Intervall(p.artInt());
        if (!p.isBevilgning() || p.funksjon3() != 89 || gyldig) {
            return;
        }
        String message = "Art " + p.artFelt() + " er ikke gyldig på funksjon 089 (finansieringstransaksjoner). Bruk"
                + " en art i 500-580, 830 eller 900-980, eller før posteringen på funksjon 041-045.";
        Severity severity = profil.utgave().k200Alvorlighet();
        out.accept(profil.utgave().k200Linje() ? p.finding(control(), severity, "art", p.artFelt(), message)
                : new Finding(control(), severity, "art", p.artFelt(), message, List.of()));
    }
}

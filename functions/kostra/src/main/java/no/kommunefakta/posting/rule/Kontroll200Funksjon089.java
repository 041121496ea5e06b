package no.kommunefakta.posting.rule;

import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 200 : Funksjon 089, Finansieringstransaksjoner (kirkelig fellesråd): funksjon 089 only with the 0F arts
 * 500-580, 830 and 900-980. Never reports for 2021 data ({@link Utgave#k200()}); without a line for 2022 data
 * ({@link Utgave#k200Linje()}); for 2018/2019 data only on kontoklasse 3 and 4, as the packages read the fields
 * ({@link Utgave#k200Kontoklasser()}).
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
        java.util.Set<Character> kontoklasser = profil.utgave().k200Kontoklasser();
        if (!kontoklasser.isEmpty()) {
            // the Java packages: the raw kontoklasse, funksjon and art read up to the first blank as integers
            if (!kontoklasser.contains(p.at(31)) || Pakkekontroller.heltallTilBlank(p, 32, 36) != 89) {
                return;
            }
            long art = Pakkekontroller.heltallTilBlank(p, 36, 39);
            if (art == Pakkekontroller.UGYLDIG || Profil.isFunksjon089Intervall((int) art)) {
                return;
            }
        } else {
            boolean gyldig = profil.utgave().k200Artsliste() ? profil.isKirkeFunksjon089Art(p)
                    : Profil.isFunksjon089Intervall(p.artInt());
            if (!p.isBevilgning() || p.funksjon3() != 89 || gyldig) {
                return;
            }
        }
        String message = "Art " + p.artFelt() + " er ikke gyldig på funksjon 089 (finansieringstransaksjoner). Bruk"
                + " en art i 500-580, 830 eller 900-980, eller før posteringen på funksjon 041-045.";
        Severity severity = profil.utgave().k200Alvorlighet();
        out.accept(profil.utgave().k200Linje() ? p.finding(control(), severity, "art", p.artFelt(), message)
                : new Finding(control(), severity, "art", p.artFelt(), message, List.of()));
    }
}

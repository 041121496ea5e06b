package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 003 : Skjema. The record's skjema (positions 1-2) must equal the first two characters of the argument (for
 * 2022 quarterly fylke files the fylke skjema, {@link Profil#skjema003()}); ignoring case with the release setting
 * {@link Utgave#k003UtenStorrelse()}.
 */
public final class Kontroll003Skjema implements PostingRule {
    @Override
    public String control() {
        return "003";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String expected = profil.skjema003();
        String value = p.skjemaFelt();
        if (expected.length() == 2 && (p.regionMatches(0, expected)
                || profil.utgave().k003UtenStorrelse() && value.equalsIgnoreCase(expected))) {
            return;
        }
        out.accept(p.finding(control(), Severity.ERROR, "skjema", value,
                "Skjema i posteringen er '" + value + "', men filen leveres som " + profil.context().skjema()
                        + ". Sett skjema (posisjon 1-2) til '" + expected + "' eller lever posteringen i riktig fil."));
    }

    /**
     * The per-skjema programs of 2018 and 2019 refuse a file in which a line does not start with the argument's skjema
     * before any control runs ("Innholdet i kildefilen stemmer ikke overens med angitt type regnskap"): one finding
     * for the file, without lines.
     */
    public static Finding uensartet(String argument, String expected) {
        return new Finding("003", Severity.ERROR, "skjema", argument,
                "Filen inneholder poster som ikke er av skjema '" + expected + "' (" + argument + "). Sett skjema"
                        + " (posisjon 1-2) til '" + expected + "' i alle poster, eller lever postene i riktig fil.");
    }
}

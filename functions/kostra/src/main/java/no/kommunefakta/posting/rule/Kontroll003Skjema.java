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
}

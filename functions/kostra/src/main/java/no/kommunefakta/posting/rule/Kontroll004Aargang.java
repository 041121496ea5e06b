package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Kontroll 004 : Årgang. The record's aargang (positions 3-6) must equal the reporting year argument. */
public final class Kontroll004Aargang implements PostingRule {
    @Override
    public String control() {
        return "004";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String expected = profil.context().aargang();
        if (profil.aargangChars().length == 4 && p.regionMatches(2, profil.aargangChars())) {
            return;
        }
        String value = p.field(2, 6);
        out.accept(p.finding(control(), Severity.ERROR, "aargang", value,
                "Årgang i posteringen er '" + value + "', men filen gjelder " + expected
                        + ". Sett årgang (posisjon 3-6) til " + expected + "."));
    }
}

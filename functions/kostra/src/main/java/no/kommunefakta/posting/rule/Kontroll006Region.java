package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Kontroll 006 : Region. The record's region (positions 8-13) must equal the region argument. */
public final class Kontroll006Region implements PostingRule {
    @Override
    public String control() {
        return "006";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String expected = profil.context().region();
        if (profil.regionChars().length == 6 && p.regionMatches(7, profil.regionChars())) {
            return;
        }
        String value = p.field(7, 13);
        out.accept(p.finding(control(), Severity.ERROR, "region", value,
                "Region i posteringen er '" + value + "', men filen leveres for region " + expected
                        + ". Sett region (posisjon 8-13) til " + expected + "."));
    }
}

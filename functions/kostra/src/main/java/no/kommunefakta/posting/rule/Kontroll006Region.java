package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 006 : Region. The record's region (positions 8-13) must equal the region argument and, in the releases that
 * check it against their own lists ({@link Profil#gyldigeRegioner()}: 2018, quarterly 2019), be one of them.
 */
public final class Kontroll006Region implements PostingRule {
    @Override
    public String control() {
        return "006";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String expected = profil.context().region();
        boolean lik = profil.regionChars().length == 6 && p.regionMatches(7, profil.regionChars());
        java.util.Set<String> gyldige = profil.gyldigeRegioner();
        if (lik && gyldige.isEmpty()) {
            return;
        }
        String value = p.field(7, 13);
        // the packages look at their list first, then at the argument (ControlKommunenummer: if ... else if)
        if (!gyldige.isEmpty() && !gyldige.contains(value)) {
            Finding f = p.finding(control(), Severity.ERROR, "region", value,
                    "Region '" + value + "' er ikke et gyldig " + (profil.skjema().isKvartal() ? "kvartals" : "")
                            + "regionnummer for " + profil.skjema().kode() + " i kontrollprogrammet for "
                            + profil.year() + ". Oppgi kommune- eller fylkesnummeret slik det var det året.");
            out.accept(profil.pakke().filter(pk -> pk.utenLinje("006/ugyldig")).isPresent()
                    ? new Finding(f.control(), f.severity(), f.field(), f.value(), f.message(), java.util.List.of())
                    : f);
            return;
        }
        if (lik) {
            return;
        }
        out.accept(p.finding(control(), Severity.ERROR, "region", value,
                "Region i posteringen er '" + value + "', men filen leveres for region " + expected
                        + ". Sett region (posisjon 8-13) til " + expected + "."));
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 007 : Organisasjonsnummer. The record's orgnr (positions 14-22) must equal the orgnr argument; in the 2023
 * release one of the argument's comma-separated orgnr.
 */
public final class Kontroll007Organisasjonsnummer implements PostingRule {
    @Override
    public String control() {
        return "007";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String expected = profil.context().orgnr();
        if (profil.pakke().isPresent()) {
            // the release's package: its own ControlOrgNummer
            if (!profil.pakke().get().orgnrAvviser(p, expected)) {
                return;
            }
            expected = profil.pakke().get().orgnrBlank() ? "         " : expected;
        } else if (profil.isArgumentOrgnr(p, 13)) {
            return;
        }
        String value = p.field(13, 22);
        String forventet = expected.isBlank() ? "blankt (ni mellomrom)" : "'" + expected + "'";
        out.accept(p.finding(control(), Severity.ERROR, "orgnr", value,
                "Organisasjonsnummer i posteringen er '" + value + "', men skal være " + forventet
                        + " for denne filen. Rett posisjon 14-22 til " + forventet + "."));
    }
}

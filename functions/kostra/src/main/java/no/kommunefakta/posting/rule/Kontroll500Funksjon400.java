package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 500 : Funksjon 400 (helseforetak). A resultat record (record skjema 0X) on funksjon 400 whose orgnr is not
 * one of the regional and jointly owned health trusts' ({@code helseforetak.csv}, {@code orgnr_hf}). WARNING.
 */
public final class Kontroll500Funksjon400 implements PostingRule {
    @Override
    public String control() {
        return "500";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!p.isResultat() || p.funksjon3() != 400) {
            return;
        }
        String orgnr = p.field(13, 22);
        if (!profil.kontoplan().helseforetak("orgnr_hf").contains(orgnr)) {
            out.accept(p.finding(control(), Severity.WARNING, "funksjon", p.funksjonFelt(),
                    "Funksjon 400 kan bare brukes av de regionale helseforetakene og de nasjonale felleseide"
                            + " helseforetakene; organisasjonsnummer '" + orgnr + "' er ikke ett av dem. Korriger"
                            + " funksjonen."));
        }
    }
}

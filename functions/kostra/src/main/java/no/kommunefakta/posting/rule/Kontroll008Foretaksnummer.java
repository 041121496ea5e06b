package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Kontroll 008 : Foretaksnummer. Foretaksnr (positions 23-31) must be blank or equal the orgnr argument. */
public final class Kontroll008Foretaksnummer implements PostingRule {
    @Override
    public String control() {
        return "008";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String orgnr = profil.context().orgnr();
        if (p.isBlank(22, 31) || profil.orgnrChars().length == 9 && p.regionMatches(22, profil.orgnrChars())) {
            return;
        }
        String value = p.field(22, 31);
        out.accept(p.finding(control(), Severity.ERROR, "foretaksnr", value,
                "Foretaksnummer '" + value + "' er verken blankt eller lik organisasjonsnummeret for filen ('"
                        + orgnr + "'). La posisjon 23-31 stå blank eller fyll inn organisasjonsnummeret."));
    }
}

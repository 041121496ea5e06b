package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 008 : Foretaksnummer. Foretaksnr (positions 23-31) must be blank or equal the orgnr argument (one of its
 * comma-separated orgnr when the release splits it, {@link Utgave#k007OrgnrListe()}); in the 2023
 * release it must equal the separate foretaksnr argument ({@link no.kommunefakta.posting.ValidationContext#foretaksnr},
 * nine blanks when not given).
 */
public final class Kontroll008Foretaksnummer implements PostingRule {
    @Override
    public String control() {
        return "008";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String orgnr = profil.context().orgnr();
        if (profil.utgave().k008MotForetaksnr()) {
            String foretaksnr = profil.context().foretaksnr();
            if (foretaksnr.length() == 9 && p.regionMatches(22, foretaksnr)) {
                return;
            }
            String value = p.field(22, 31);
            out.accept(p.finding(control(), Severity.ERROR, "foretaksnr", value,
                    "Foretaksnummer '" + value + "' er ikke lik foretaksnummeret for filen ('" + foretaksnr
                            + "'). Fyll inn foretaksnummeret i posisjon 23-31 (blankt når det ikke er oppgitt)."));
            return;
        }
        if (p.isBlank(22, 31) || profil.isArgumentOrgnr(p, 22)) {
            return;
        }
        String value = p.field(22, 31);
        out.accept(p.finding(control(), Severity.ERROR, "foretaksnr", value,
                "Foretaksnummer '" + value + "' er verken blankt eller lik organisasjonsnummeret for filen ('"
                        + orgnr + "'). La posisjon 23-31 stå blank eller fyll inn organisasjonsnummeret."));
    }
}

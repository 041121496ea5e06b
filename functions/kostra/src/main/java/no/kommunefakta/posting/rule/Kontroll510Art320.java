package no.kommunefakta.posting.rule;

import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 510 : art 320 (helseforetak). ISF income (art 320) in a resultat record (record skjema 0X) only on the
 * funksjoner of somatic care, mental health care and substance abuse treatment ({@code helseforetak.csv},
 * {@code funksjon_art320}). WARNING.
 */
public final class Kontroll510Art320 implements PostingRule {
    @Override
    public String control() {
        return "510";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!p.isResultat() || !"320".equals(p.artFelt())) {
            return;
        }
        List<String> funksjoner = profil.kontoplan().helseforetak("funksjon_art320");
        if (!funksjoner.contains(p.trimmed(32, 36))) {
            out.accept(p.finding(control(), Severity.WARNING, "funksjon", p.funksjonFelt(),
                    "Art 320 (ISF-inntekter) kan bare føres på somatikk, psykisk helsevern og rus; funksjon '"
                            + p.trimmed(32, 36) + "' er ikke en av " + String.join(", ", funksjoner)
                            + ". Korriger funksjonen."));
        }
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Kontroll 009 : Kontoklasse. The kontoklasse (position 32) must be one the skjema allows. */
public final class Kontroll009Kontoklasse implements PostingRule {
    @Override
    public String control() {
        return "009";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String allowed = profil.skjema().kontoklasser();
        if (allowed.indexOf(p.kontoklasse()) >= 0) {
            return;
        }
        String value = p.field(31, 32);
        String text = profil.skjema().isBevilgning()
                ? "bruk " + profil.skjema().drift() + " for drift eller " + profil.skjema().investering()
                + " for investering"
                : "bruk " + allowed.charAt(0) + " for balanse";
        out.accept(p.finding(control(), Severity.ERROR, "kontoklasse", value,
                "Kontoklasse '" + value + "' er ikke gyldig i " + profil.skjema().kode() + ": " + text + "."));
    }
}

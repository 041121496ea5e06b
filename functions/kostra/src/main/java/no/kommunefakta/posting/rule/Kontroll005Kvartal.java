package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 005 : Kvartal. The record's kvartal (position 7) must equal the kvartal argument; in a release with
 * per-skjema packages ({@link Pakke}) the kvartal of the skjema argument (0AK3: 3), blank for the annual packages,
 * whatever the kvartal argument ({@code regn*}/ControlKvartal).
 */
public final class Kontroll005Kvartal implements PostingRule {
    @Override
    public String control() {
        return "005";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String expected = profil.pakke().isPresent() ? pakkeKvartal(profil) : profil.context().kvartal();
        if (expected.length() == 1 && p.kvartal() == expected.charAt(0)) {
            return;
        }
        String value = p.field(6, 7);
        String forventet = " ".equals(expected) ? "blank (årsregnskap)" : "'" + expected + "'";
        out.accept(p.finding(control(), Severity.ERROR, "kvartal", value,
                "Kvartal i posteringen er '" + value + "', men filen leveres med kvartal " + forventet
                        + ". Sett kvartal (posisjon 7) til " + forventet + "."));
    }

    private static String pakkeKvartal(Profil profil) {
        String skjema = profil.context().skjema();
        return profil.skjema().isKvartal() && skjema.length() == 4 ? skjema.substring(3) : " ";
    }
}

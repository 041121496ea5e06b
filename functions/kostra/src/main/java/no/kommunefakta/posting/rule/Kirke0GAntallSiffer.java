package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * "Kontroll 9, sjekk at beløpene ikke har mer enn 6 siffer" of the 2018 release's kirke balance package
 * ({@code regn0G/ControlAntallSifferBelop}), which has no counterpart in the later numbering and keeps its own title as
 * its id: a record whose belop (after its last blank) does not read as an integer in -999999..999999, WARNING.
 * Runs only where the release's package lists it ({@link Pakke#egne()}).
 */
public final class Kirke0GAntallSiffer implements PostingRule {

    /** The control id: the package and the release's title. */
    public static final String CONTROL = "0G Kontroll 9, sjekk at beløpene ikke har mer enn 6 siffer";

    private static final String MELDING = "Beløpet har mer enn 6 siffer. Er beløpene oppgitt i 1000 kroner (30 000"
            + " kroner oppgis som 30)?";

    @Override
    public String control() {
        return CONTROL;
    }

    @Override
    public boolean feltkontroll() {
        return false;
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.pakke().filter(p -> p.kjorer(CONTROL)).isPresent();
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        String belop = etterBlank(p.field(39, 48));
        boolean feil;
        try {
            int b = Integer.parseInt(belop);
            feil = b < -999_999 || b > 999_999;
        } catch (NumberFormatException e) {
            feil = true;
        }
        if (feil) {
            out.accept(p.finding(CONTROL, Severity.WARNING, "belop", belop, MELDING));
        }
    }

    private static String tilBlank(String felt) {
        int blank = felt.indexOf(' ');
        return blank < 0 ? felt : felt.substring(0, blank);
    }

    private static String etterBlank(String felt) {
        return felt.substring(felt.lastIndexOf(' ') + 1);
    }
}

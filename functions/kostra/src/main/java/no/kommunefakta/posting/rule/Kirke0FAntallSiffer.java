package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * "Kontroll 15, sjekk at beløpene ikke har mer enn 6 siffer" of the 2018 and 2019 releases' kirke package
 * ({@code regn0F/ControlAntallSifferBelop}), which has no counterpart in the later numbering and keeps its own title as
 * its id: a record whose art (up to its first blank) reads as a number in 10-590 or 600-990 and whose belop (after its
 * last blank, without {@code -}) has more than 6 characters, WARNING (the amount is likely not in 1000 kroner).
 * Runs only where the release's package lists it ({@link Pakke#egne()}).
 */
public final class Kirke0FAntallSiffer implements PostingRule {

    /** The control id: the package and the release's title. */
    public static final String CONTROL = "0F Kontroll 15, sjekk at beløpene ikke har mer enn 6 siffer";

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
        int art;
        try {
            art = Integer.parseInt(tilBlank(p.field(36, 39)));
        } catch (NumberFormatException e) {
            return;
        }
        String belop = etterBlank(p.field(39, 48));
        if ((art >= 10 && art <= 590 || art >= 600 && art <= 990) && belop.replace("-", "").length() > 6) {
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

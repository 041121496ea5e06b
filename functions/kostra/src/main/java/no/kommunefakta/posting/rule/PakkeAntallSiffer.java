package no.kommunefakta.posting.rule;

import java.util.function.Consumer;
import java.util.function.Predicate;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * The kirke packages' "sjekk at beløpene ikke har mer enn 6 siffer" of the 2018 and 2019 releases
 * ({@code ControlAntallSifferBelop}), which have no counterpart in the later numbering and keep their own titles as
 * their ids, WARNING (the amount is likely not in 1000 kroner). Each runs only where the release's package lists it
 * ({@link Pakke#egne()}):
 * <ul>
 *   <li>{@link #kirke0F()}, "0F Kontroll 15": a record whose art (up to its first blank) reads as a number in 10-590
 *       or 600-990 and whose belop (after its last blank, without {@code -}) has more than 6 characters;</li>
 *   <li>{@link #kirke0G()}, "0G Kontroll 9" (2018): a record whose belop (after its last blank) does not read as an
 *       integer in -999999..999999.</li>
 * </ul>
 */
public final class PakkeAntallSiffer implements PostingRule {

    /** The id of the 0F check: the package and the release's title. */
    public static final String KIRKE_0F = "0F Kontroll 15, sjekk at beløpene ikke har mer enn 6 siffer";
    /** The id of the 0G check: the package and the release's title. */
    public static final String KIRKE_0G = "0G Kontroll 9, sjekk at beløpene ikke har mer enn 6 siffer";

    private static final String MELDING = "Beløpet har mer enn 6 siffer. Er beløpene oppgitt i 1000 kroner (30 000"
            + " kroner oppgis som 30)?";

    private final String control;
    private final Predicate<PostingView> avviser;

    private PakkeAntallSiffer(String control, Predicate<PostingView> avviser) {
        this.control = control;
        this.avviser = avviser;
    }

    /** regn0F/ControlAntallSifferBelop. */
    public static PakkeAntallSiffer kirke0F() {
        return new PakkeAntallSiffer(KIRKE_0F, p -> {
            int art;
            try {
                art = Integer.parseInt(Pakke.tilBlank(p.field(36, 39)));
            } catch (NumberFormatException e) {
                return false;
            }
            return (art >= 10 && art <= 590 || art >= 600 && art <= 990)
                    && belop(p).replace("-", "").length() > 6;
        });
    }

    /** regn0G/ControlAntallSifferBelop (71ddb528). */
    public static PakkeAntallSiffer kirke0G() {
        return new PakkeAntallSiffer(KIRKE_0G, p -> {
            try {
                int b = Integer.parseInt(belop(p));
                return b < -999_999 || b > 999_999;
            } catch (NumberFormatException e) {
                return true;
            }
        });
    }

    @Override
    public String control() {
        return control;
    }

    @Override
    public boolean feltkontroll() {
        return false;
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.pakke().filter(p -> p.kjorer(control)).isPresent();
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (avviser.test(p)) {
            out.accept(p.finding(control, Severity.WARNING, "belop", belop(p), MELDING));
        }
    }

    /** The belop as the packages read it: after its last blank. */
    private static String belop(PostingView p) {
        String felt = p.field(39, 48);
        return felt.substring(felt.lastIndexOf(' ') + 1);
    }
}

package no.kommunefakta.posting.rule;

import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 014 : Beløp. Belop (positions 40-48) must be a whole number, right-aligned, optional minus sign. The 2022
 * quarterly program numbers the record among those left after dropping the zero amounts
 * ({@link Utgave#k014LinjeEtterNullposter()}).
 */
public final class Kontroll014Belop implements PostingRule {
    @Override
    public String control() {
        return "014";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (profil.pakke().isPresent()) {
            // the release's package: its ControlNumericalFields, not the belop
            if (profil.pakke().get().tallfeltAvviser(p)) {
                String value = p.field(2, 39);
                out.accept(p.finding(control(), Severity.ERROR, "record", value, "Posteringen har andre tegn enn"
                        + " sifrene 0-9 og mellomrom i tallfeltene (posisjon 3-39), eller funksjon/art 000."));
            }
            return;
        }
        if (p.isBelopGyldig()) {
            return;
        }
        String value = p.belopFelt();
        String message = "Beløp '" + value + "' er ikke et gyldig heltall. Oppgi beløpet i hele 1000 kroner,"
                + " høyrejustert i posisjon 40-48, uten mellomrom etter tallet, uten '+', tusenskille eller desimaler"
                + " (f.eks. '     -1250').";
        if (profil.utgave().k014LinjeEtterNullposter().contains(profil.skjema().familie().name())
                && p.lineNo() != 0) {
            out.accept(new Finding(control(), Severity.ERROR, "belop", value, message,
                    List.of(p.lineNoEtterNullposter())));
            return;
        }
        out.accept(p.finding(control(), Severity.ERROR, "belop", value, message));
    }
}

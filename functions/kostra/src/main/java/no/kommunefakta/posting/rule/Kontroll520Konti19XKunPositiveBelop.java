package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 520 : Konti 190, 192, 194, 195 inneholder kun positive beløp (helseforetak). A balance record on one of
 * those sektor codes ({@code helseforetak.csv}, {@code art_positiv}) must have an amount above 0 (a non-numeric
 * amount counts as 0). ERROR.
 */
public final class Kontroll520Konti19XKunPositiveBelop implements PostingRule {
    @Override
    public String control() {
        return "520";
    }

    @Override
    public int kontotyper() {
        return PostingView.M_BALANSE;
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!p.isBalanse() || (int) p.belop() > 0
                || !profil.kontoplan().helseforetak("art_positiv").contains(p.artFelt())) {
            return;
        }
        out.accept(p.finding(control(), Severity.ERROR, "belop", p.belopFelt(),
                "Konto " + p.artFelt() + " kan bare ha positive beløp; fant " + p.belop() + ". Korriger beløpet."));
    }
}

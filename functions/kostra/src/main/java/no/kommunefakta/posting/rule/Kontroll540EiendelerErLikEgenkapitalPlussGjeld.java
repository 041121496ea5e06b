package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 540 : Eiendeler = egenkapital + gjeld (helseforetak). Over the balance records, eiendeler (sektor below
 * 200, a non-numeric sektor counts as 0), egenkapital (200-209) and gjeld (from 210) must sum to 0 within ±50
 * (32-bit sums, as the program). WARNING.
 */
public final class Kontroll540EiendelerErLikEgenkapitalPlussGjeld implements FileRule {
    @Override
    public String control() {
        return "540";
    }

    @Override
    public int kontotyper() {
        return PostingView.M_BALANSE;
    }

    @Override
    public Accumulator start(Profil profil) {
        return new Accumulator() {
            int eiendeler;
            int egenkapital;
            int gjeld;

            @Override
            public void add(PostingView p) {
                if (!p.isBalanse()) {
                    return;
                }
                int sektor = p.artInt();
                if (sektor < 200) {
                    eiendeler += (int) p.belop();
                } else if (sektor < 210) {
                    egenkapital += (int) p.belop();
                } else {
                    gjeld += (int) p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                int sum = eiendeler + egenkapital + gjeld;
                if (sum < -50 || sum > 50) {
                    out.accept(FilFunn.of(control(), Severity.WARNING, sum, "Balansen (" + sum + ") skal gå i 0:"
                            + " eiendeler (" + eiendeler + ") = egenkapital (" + egenkapital + ") + gjeld (" + gjeld
                            + "), tillatt ±50. Rett beløpene."));
                }
            }
        };
    }
}

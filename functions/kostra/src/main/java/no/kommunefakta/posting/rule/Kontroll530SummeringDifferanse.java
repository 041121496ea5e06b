package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 530 : Sum inntekter og kostnader = 0 (helseforetak). The amounts of the resultat records (record skjema
 * 0X), when there are any, must sum to 0 within ±100 (decided on 32-bit sums, as the program). WARNING.
 */
public final class Kontroll530SummeringDifferanse implements FileRule {
    @Override
    public String control() {
        return "530";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new Accumulator() {
            boolean any;
            long sum;

            @Override
            public void add(PostingView p) {
                if (p.isResultat()) {
                    any = true;
                    sum += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if (any && FilFunn.utenfor(sum, 100)) {
                    out.accept(FilFunn.of(control(), Severity.WARNING, sum, "Summen av art 300 til og med 899 skal"
                            + " være 0, men er " + sum + " (tillatt ±100). Rett beløpene slik at inntekter og"
                            + " kostnader går i 0."));
                }
            }
        };
    }
}

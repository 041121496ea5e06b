package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 143 : Avskrivninger (kirkelig fellesråd). In drift on funksjon 041-045, avskrivninger (art 590) and motpost
 * avskrivninger (art 990) must balance within ±30.
 */
public final class Kontroll143Avskrivninger implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "143";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new Accumulator() {
            long sum;

            @Override
            public void add(PostingView p) {
                int f = p.funksjonInt();
                if (p.isDrift() && f >= 41 && f <= 45 && (p.art3() == 590 || p.art3() == 990)) {
                    sum += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if (FilFunn.utenfor(sum, 30)) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, sum,
                            "Avskrivninger (art 590) og motpost avskrivninger (art 990) på funksjon 041-045 avviker"
                                    + " med " + sum + " (tillatt ±30). Før motposten med samme beløp."));
                }
            }
        };
    }
}

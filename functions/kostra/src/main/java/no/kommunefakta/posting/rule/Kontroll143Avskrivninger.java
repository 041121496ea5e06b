package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 143 : Avskrivninger (kirkelig fellesråd). In drift on funksjon 041-045, avskrivninger (art 590) and motpost
 * avskrivninger (art 990) must balance within ±30. The Java releases (2020-2022 data,
 * {@link Utgave#k143AlleFunksjoner()}) sum every drift record of skjema 0F, whatever its funksjon.
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
        boolean alleFunksjoner = profil.utgave().k143AlleFunksjoner();
        return new Accumulator() {
            long sum;

            @Override
            public void add(PostingView p) {
                int f = p.funksjonInt();
                boolean omfang = alleFunksjoner ? p.regionMatches(0, "0F") : f >= 41 && f <= 45;
                if (p.isDrift() && omfang && (p.art3() == 590 || p.art3() == 990)) {
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

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 165 : Avskrivninger, motpost avskrivninger ført på andre funksjoner. Not Oslo bydel: art 990 on other
 * funksjoner than 860 in drift must sum to 0.
 */
public final class Kontroll165MotpostAndreFunksjoner implements FileRule {
    @Override
    public boolean appliesTo(Profil profil) {
        return !profil.avskrivningerUnntatt();
    }

    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "165";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new Accumulator() {
            long sum;

            @Override
            public void add(PostingView p) {
                if (p.isDrift() && profil.avskrivningSer(p) && p.art3() == 990 && p.funksjon3() != 860) {
                    sum += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((int) sum != 0) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, sum,
                            "Motpost avskrivninger (art 990) er ført på andre funksjoner enn 860 (sum " + sum
                                    + "). Før motposten på funksjon 860."));
                }
            }
        };
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 160 : Avskrivninger, avskrivninger ført på andre funksjoner. Not Oslo bydel: art 590 on funksjon 800-899
 * in drift must sum to 0.
 */
public final class Kontroll160AvskrivningerAndreFunksjoner implements FileRule {
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
        return "160";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new Accumulator() {
            long sum;

            @Override
            public void add(PostingView p) {
                int f = p.funksjonInt();
                if (p.isDrift() && profil.avskrivningSer(p) && f >= 800 && f <= 899 && p.art3() == 590) {
                    sum += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((int) sum != 0) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, sum,
                            "Avskrivninger (art 590) er ført på funksjon 800-899 (sum " + sum + "). Før"
                                    + " avskrivningene på tjenestefunksjonene (100-799)."));
                }
            }
        };
    }
}

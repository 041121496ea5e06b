package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 155 : Avskrivninger, differanse. Not Oslo bydel: when there is drift, avskrivninger (funksjon 100-799 art
 * 590) and motpost (funksjon 860 art 990) must balance within ±30.
 */
public final class Kontroll155AvskrivningerDifferanse implements FileRule {
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
        return "155";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new Accumulator() {
            boolean any;
            long avskrivninger;
            long motpost;

            @Override
            public void add(PostingView p) {
                if (!p.isDrift() || !profil.avskrivningSer(p)) {
                    return;
                }
                any = true;
                int f = p.funksjonInt();
                if (f >= 100 && f <= 799 && p.art3() == 590) {
                    avskrivninger += p.belop();
                } else if (p.funksjon3() == 860 && p.art3() == 990) {
                    motpost += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                long sum = avskrivninger + motpost;
                if (any && FilFunn.utenfor(sum, 30)) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, sum,
                            "Avskrivninger (" + avskrivninger + ") og motpost avskrivninger (" + motpost
                                    + ") avviker med " + sum + " (tillatt ±30). Før motposten på funksjon 860, art 990"
                                    + " med samme beløp som avskrivningene."));
                }
            }
        };
    }
}

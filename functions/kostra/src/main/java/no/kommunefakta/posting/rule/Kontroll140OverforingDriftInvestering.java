package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 140 : Overføring mellom drifts- og investeringsregnskap. Not Oslo bydel: art 570 in drift and art 970 in
 * investering must balance within ±30.
 */
public final class Kontroll140OverforingDriftInvestering implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT | PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "140";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean argument = profil.utgave().sumAllePoster();
        boolean utenPoster = profil.differanseEtterArgument();
        return new Accumulator() {
            long drift;
            long investering;

            @Override
            public void add(PostingView p) {
                if (!profil.summerer(p, false)) {
                    return;
                }
                if (p.isDrift() && p.art3() == 570) {
                    drift += p.belop();
                } else if (p.isInvestering() && p.art3() == 970) {
                    investering += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                long sum = drift + investering;
                if ((!argument || utenPoster) && FilFunn.utenfor(sum, 30)) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, sum,
                            "Overføringen fra drift (art 570: " + drift + ") og overføringen mottatt i investering"
                                    + " (art 970: " + investering + ") avviker med " + sum + " (tillatt ±30). Beløpene"
                                    + " skal motsvare hverandre."));
                }
            }
        };
    }
}

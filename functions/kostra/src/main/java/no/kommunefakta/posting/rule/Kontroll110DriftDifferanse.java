package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 110 : Summeringskontroller driftsregnskapet, differanse i driftsregnskapet. Not Oslo bydel: utgifter must
 * be > 0, inntekter < 0, and they must balance within ±30.
 * With the release setting {@link Utgave#kunDifferanse()} (2022) only a difference outside ±30 is reported.
 */
public final class Kontroll110DriftDifferanse implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "110";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean kunDifferanse = profil.utgave().kunDifferanse();
        boolean argument = profil.utgave().sumAllePoster();
        boolean utenPoster = profil.differanseEtterArgument();
        return new Accumulator() {
            boolean any;
            long utgifter;
            long inntekter;

            @Override
            public void add(PostingView p) {
                if (p.isDrift() && profil.summerer(p, false)) {
                    any = true;
                    if (profil.isSumUtgift(p)) {
                        utgifter += p.belop();
                    } else if (profil.isSumInntekt(p, true)) {
                        inntekter += p.belop();
                    }
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                long sum = argument ? (int) (utgifter + inntekter) : utgifter + inntekter;
                boolean feil = kunDifferanse ? FilFunn.utenfor(sum, 30)
                        : !((int) utgifter > 0 && (int) inntekter < 0 && !FilFunn.utenfor(sum, 30));
                if ((argument ? utenPoster : any) && feil) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, sum,
                            "Driftsregnskapet går ikke i balanse: utgifter " + utgifter + " og inntekter " + inntekter
                                    + " gir differanse " + sum + " (tillatt ±30, og både utgifter og inntekter må"
                                    + " finnes). Rett beløpene slik at driftsregnskapet går i 0."));
                }
            }
        };
    }
}

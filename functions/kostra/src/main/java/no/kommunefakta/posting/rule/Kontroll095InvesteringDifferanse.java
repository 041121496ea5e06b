package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 095 : Summeringskontroller investeringsregnskapet, differanse i investeringsregnskapet. Not Oslo bydel:
 * utgifter and inntekter in investering must balance within ±30.
 */
public final class Kontroll095InvesteringDifferanse implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "095";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean argument = profil.utgave().sumAllePoster();
        boolean utenPoster = profil.differanseEtterArgument();
        return new Accumulator() {
            boolean any;
            int ukjentKontoklasse;
            long utgifter;
            long inntekter;

            @Override
            public void add(PostingView p) {
                if (p.isInvestering() && profil.summerer(p, false)) {
                    any = true;
                    if (p.isUkjentKontoklasse()) {
                        ukjentKontoklasse++;
                    }
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
                if ((argument ? utenPoster : any) && FilFunn.utenfor(sum, 30)) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, sum,
                            "Investeringsregnskapet går ikke i balanse: utgifter " + utgifter + " og inntekter "
                                    + inntekter + " gir differanse " + sum + " (tillatt ±30). Rett beløpene slik at"
                                    + " investeringsregnskapet går i 0."
                                    + Meldinger.ukjentKontoklasse(ukjentKontoklasse)));
                }
            }
        };
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 090 : Summeringskontroller investeringsregnskapet, inntektsposteringer i investeringsregnskapet.
 * Regional skjema, not Oslo bydel: when there are investering records, the income (art 600-999) must sum to < 0.
 * With the release setting {@link Utgave#sumUtenPoster()} (2022) decided by the argument skjema and region alone,
 * also without such records.
 */
public final class Kontroll090InvesteringInntekter implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "090";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean utenPoster = profil.sumUtenPoster(java.util.Set.of("0A", "0C", "0M", "0P"));
        boolean etterArgument = profil.utgave().sumUtenPoster();
        return new Accumulator() {
            boolean any;
            int ukjentKontoklasse;
            long inntekter;

            @Override
            public void add(PostingView p) {
                if (p.isInvestering() && profil.summerer(p, true)) {
                    any = true;
                    if (p.isUkjentKontoklasse()) {
                        ukjentKontoklasse++;
                    }
                    if (profil.isSumInntekt(p, false)) {
                        inntekter += p.belop();
                    }
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((etterArgument ? utenPoster : any) && (int) inntekter >= 0) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, inntekter,
                            "Investeringsregnskapet mangler inntekter: summen av art 600-999 er " + inntekter
                                    + ". Før finansieringen av investeringene (negative beløp) i filen."
                                    + Meldinger.ukjentKontoklasse(ukjentKontoklasse)));
                }
            }
        };
    }
}

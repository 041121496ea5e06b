package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 105 : Summeringskontroller driftsregnskapet, inntektsposteringer i driftsregnskapet. Regional skjema, not
 * Oslo bydel: when there are drift records, the income (art 600-999) must sum to < 0. WARNING in quarterly runs.
 * With the release setting {@link Utgave#sumUtenPoster()} (2022) decided by the argument skjema and region alone,
 * also without such records.
 */
public final class Kontroll105DriftInntekter implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "105";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean utenPoster = profil.sumUtenPoster(java.util.Set.of("0A", "0C", "0I", "0M", "0P"));
        boolean etterArgument = profil.utgave().sumUtenPoster();
        boolean kirke = profil.kirkeSummerEtterArgument();
        return new Accumulator() {
            boolean any;
            long inntekter;

            @Override
            public void add(PostingView p) {
                if (p.isDrift() && (kirke || profil.summerer(p, true))) {
                    any = true;
                    if (profil.isSumInntekt(p, false)) {
                        inntekter += p.belop();
                    }
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((kirke || (etterArgument ? utenPoster : any)) && (int) inntekter >= 0) {
                    out.accept(FilFunn.of(control(), profil.severityKvartalsrapport(), inntekter,
                            "Driftsregnskapet mangler inntekter: summen av art 600-999 er " + inntekter
                                    + ". Før driftsinntektene (negative beløp) i filen."));
                }
            }
        };
    }
}

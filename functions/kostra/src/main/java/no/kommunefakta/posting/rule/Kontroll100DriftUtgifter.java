package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 100 : Summeringskontroller driftsregnskapet, utgiftsposteringer i driftsregnskapet. Not Oslo bydel: when
 * there are drift records, the expenses (art 010-599) must sum to > 0. WARNING in quarterly runs.
 * With the release setting {@link Utgave#sumUtenPoster()} (2022) decided by the argument skjema and region alone,
 * also without such records.
 */
public final class Kontroll100DriftUtgifter implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "100";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean utenPoster = profil.sumUtenPoster(java.util.Set.of("0A", "0C", "0I", "0M", "0P"));
        boolean etterArgument = profil.utgave().sumUtenPoster();
        boolean kirke = profil.kirkeSummerEtterArgument();
        return new Accumulator() {
            boolean any;
            long utgifter;

            @Override
            public void add(PostingView p) {
                if (p.isDrift() && (kirke || profil.summerer(p, false))) {
                    any = true;
                    if (profil.isSumUtgift(p)) {
                        utgifter += p.belop();
                    }
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((kirke || (etterArgument ? utenPoster : any)) && (int) utgifter <= 0) {
                    out.accept(FilFunn.of(control(), profil.severityKvartalsrapport(), utgifter,
                            "Driftsregnskapet mangler utgifter: summen av art 010-599 er " + utgifter
                                    + ". Før driftsutgiftene (positive beløp) i filen."));
                }
            }
        };
    }
}

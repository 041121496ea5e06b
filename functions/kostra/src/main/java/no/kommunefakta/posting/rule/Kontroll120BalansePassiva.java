package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 120 : Summeringskontroller balanseregnskapet, registrering av passiva (kapittel 31-5999 sum < 0).
 * With the release setting {@link Utgave#sumUtenPoster()} (2022) decided by the argument skjema alone, also without
 * balance records.
 */
public final class Kontroll120BalansePassiva implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_BALANSE;
    }

    @Override
    public String control() {
        return "120";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean utenPoster = profil.argSkjemaUtenPoster(java.util.Set.of("0B", "0D", "0G", "0J", "0L", "0N", "0Q"));
        boolean etterArgument = profil.utgave().sumUtenPoster();
        return new Accumulator() {
            boolean any;
            long passiva;

            @Override
            public void add(PostingView p) {
                int k = p.funksjonInt();
                if (p.isBalanse() && k >= 31 && k <= 5999) {
                    any = true;
                    passiva += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((etterArgument ? utenPoster : any) && (int) passiva >= 0) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, passiva,
                            "Gjeld og egenkapital (kapittel 31-5999) summerer til " + passiva + ", men skal være"
                                    + " negative. Før gjeld og egenkapital med negativt fortegn."));
                }
            }
        };
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 115 : Summeringskontroller balanseregnskapet, registrering av aktiva (kapittel 10-29 must sum to > 0;
 * the range is the release setting {@link Utgave#aktivaKapitler()}).
 * With the release setting {@link Utgave#sumUtenPoster()} (2022) decided by the argument skjema alone, also without
 * balance records.
 */
public final class Kontroll115BalanseAktiva implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_BALANSE;
    }

    @Override
    public String control() {
        return "115";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean utenPoster = profil.argSkjemaUtenPoster(java.util.Set.of("0B", "0D", "0G", "0J", "0L", "0N", "0Q"));
        boolean etterArgument = profil.utgave().sumUtenPoster();
        Utgave.Intervall aktivaKapitler = profil.utgave().aktivaKapitler(profil.skjema().familie());
        return new Accumulator() {
            boolean any;
            long aktiva;

            @Override
            public void add(PostingView p) {
                int k = p.funksjonInt();
                if (p.isBalanse() && aktivaKapitler.inneholder(k)) {
                    any = true;
                    aktiva += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((etterArgument ? utenPoster : any) && (int) aktiva <= 0) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, aktiva,
                            "Eiendelene (kapittel " + aktivaKapitler.fra() + "-" + aktivaKapitler.til() + ") summerer til " + aktiva + ", men skal være positive. Før"
                                    + " eiendeler med positivt fortegn."));
                }
            }
        };
    }
}

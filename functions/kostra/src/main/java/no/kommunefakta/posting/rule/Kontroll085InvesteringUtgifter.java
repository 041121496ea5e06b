package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 085 : Summeringskontroller investeringsregnskapet, utgiftsposteringer i investeringsregnskapet.
 * Regional skjema, not Oslo bydel: when there are investering records, the expenses (art 010-599) must sum to > 0.
 * With the release setting {@link Utgave#sumUtenPoster()} (2022) decided by the argument skjema and region alone,
 * also without such records.
 */
public final class Kontroll085InvesteringUtgifter implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "085";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean utenPoster = profil.sumUtenPoster(java.util.Set.of("0A", "0C", "0M", "0P"));
        boolean etterArgument = profil.utgave().sumUtenPoster();
        return new Accumulator() {
            boolean any;
            int ukjentKontoklasse;
            long utgifter;

            @Override
            public void add(PostingView p) {
                if (p.isInvestering() && profil.summerer(p, true)) {
                    any = true;
                    if (p.isUkjentKontoklasse()) {
                        ukjentKontoklasse++;
                    }
                    if (profil.isSumUtgift(p)) {
                        utgifter += p.belop();
                    }
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((etterArgument ? utenPoster : any) && (int) utgifter <= 0) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, utgifter,
                            "Investeringsregnskapet mangler utgifter: summen av art 010-599 er " + utgifter
                                    + ". Før investeringsutgiftene (positive beløp) i filen."
                                    + Meldinger.ukjentKontoklasse(ukjentKontoklasse)));
                }
            }
        };
    }
}

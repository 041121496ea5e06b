package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 150 : Avskrivninger, avskrivninger. Not Oslo bydel: when there are drift records on funksjon 100-799 art
 * 590, they must not sum to 0 (release setting {@link Utgave#sumUtenPoster()}: decided by the argument skjema
 * alone). ERROR for regional skjema, INFO otherwise; WARNING for every skjema for 2020 data
 * ({@link Utgave#k150Alvorlighet()}).
 */
public final class Kontroll150Avskrivninger implements FileRule {
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
        return "150";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean utenPoster = profil.sumUtenPoster(java.util.Set.of("0A", "0C", "0I", "0K", "0M", "0P"));
        boolean etterArgument = profil.utgave().sumUtenPoster();
        boolean argRegional = !java.util.Set.of("0I", "0K").contains(profil.argSkjema2());
        return new Accumulator() {
            boolean any;
            boolean regional;
            long sum;

            @Override
            public void add(PostingView p) {
                int f = p.funksjonInt();
                if (p.isDrift() && profil.avskrivningSer(p) && f >= 100 && f <= 799 && p.art3() == 590) {
                    if (!any) {
                        regional = p.isRegional();
                    }
                    any = true;
                    sum += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((etterArgument ? utenPoster : any) && (int) sum == 0) {
                    boolean hard = etterArgument ? argRegional : regional;
                    out.accept(FilFunn.of(control(), profil.utgave().k150Alvorlighet()
                            .orElse(hard ? Severity.ERROR : Severity.INFO), sum,
                            "Avskrivningene (art 590 på funksjon 100-799) summerer til 0. Før årets avskrivninger"
                                    + " på funksjonene der anleggsmidlene brukes."));
                }
            }
        };
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 145 : Avskrivninger, motpost avskrivninger. Not Oslo bydel: when there are drift records on funksjon 860
 * art 990, they must not sum to 0 (release setting {@link Utgave#sumUtenPoster()}: decided by the argument skjema
 * alone). ERROR for regional skjema, otherwise (0I, 0K) INFO ({@link Utgave#k145Myk()}: WARNING for 2020 data).
 */
public final class Kontroll145MotpostAvskrivninger implements FileRule {
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
        return "145";
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
                if (p.isDrift() && profil.avskrivningSer(p) && p.funksjon3() == 860 && p.art3() == 990) {
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
                    out.accept(FilFunn.of(control(), hard ? Severity.ERROR : profil.utgave().k145Myk(), sum,
                            "Motpost avskrivninger (funksjon 860, art 990) summerer til 0. Før motposten til årets"
                                    + " avskrivninger på funksjon 860, art 990."));
                }
            }
        };
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 130 : Skatteinntekter. Regional skjema, not Oslo bydel, not Longyearbyen: when there is drift, funksjon
 * 800 art 870 must sum to &lt; 0. WARNING in quarterly runs.
 * With the release setting {@link Utgave#sumUtenPoster()} (2022) decided by the argument skjema and region alone,
 * also without such records.
 */
public final class Kontroll130Skatteinntekter implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "130";
    }

    @Override
    public Accumulator start(Profil profil) {
        char[] longyearbyen = profil.kontoplan().parameter("longyearbyen").get(0).toCharArray();
        boolean utenPoster = profil.sumUtenPoster(java.util.Set.of("0A", "0C", "0M", "0P"), new String(longyearbyen));
        boolean etterArgument = profil.utgave().sumUtenPoster();
        boolean alle = profil.utgave().sumAllePoster();
        return new Accumulator() {
            boolean any;
            long skatt;

            @Override
            public void add(PostingView p) {
                // the Java releases (sumAllePoster) add every drift record: the argument alone decides (utenPoster)
                if (p.isDrift() && (alle || p.isRegional() && !p.isOsloBydel() && !p.regionMatches(7, longyearbyen))) {
                    any = true;
                    if (p.funksjon3() == 800 && p.art3() == 870) {
                        skatt += p.belop();
                    }
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((etterArgument ? utenPoster : any) && (int) skatt >= 0) {
                    out.accept(FilFunn.of(control(), profil.severityKvartalsrapport(), skatt,
                            "Skatteinntektene mangler: funksjon 800 art 870 summerer til " + skatt + ". Før"
                                    + " skatteinntektene som inntekt (negativt beløp) på funksjon 800, art 870."));
                }
            }
        };
    }
}

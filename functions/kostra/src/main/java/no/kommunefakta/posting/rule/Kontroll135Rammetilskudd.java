package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 135 : Rammetilskudd. Regional skjema, not Oslo bydel, not Longyearbyen and not 501400: when there is
 * drift, funksjon 840 art 800 must sum to &lt; 0. WARNING in quarterly runs.
 * With the release setting {@link Utgave#sumUtenPoster()} (2022) decided by the argument skjema and region alone,
 * also without such records. Not in the release for 2020 data ({@link Utgave#k135()}).
 */
public final class Kontroll135Rammetilskudd implements FileRule {
    @Override
    public boolean appliesTo(Profil profil) {
        return profil.utgave().k135();
    }

    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "135";
    }

    @Override
    public Accumulator start(Profil profil) {
        char[] longyearbyen = profil.kontoplan().parameter("longyearbyen").get(0).toCharArray();
        char[] unntak = profil.kontoplan().parameter("unntak_rammetilskudd").get(0).toCharArray();
        boolean utenPoster = profil.sumUtenPoster(java.util.Set.of("0A", "0C", "0M", "0P"), new String(longyearbyen),
                new String(unntak));
        boolean etterArgument = profil.utgave().sumUtenPoster();
        boolean alle = profil.utgave().sumAllePoster();
        return new Accumulator() {
            boolean any;
            long ramme;

            @Override
            public void add(PostingView p) {
                // the Java releases (sumAllePoster) add every drift record: the argument alone decides (utenPoster)
                if (p.isDrift() && (alle || p.isRegional() && !p.isOsloBydel() && !p.regionMatches(7, longyearbyen)
                        && !p.regionMatches(7, unntak))) {
                    any = true;
                    if (p.funksjon3() == 840 && p.art3() == 800) {
                        ramme += p.belop();
                    }
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((etterArgument ? utenPoster : any) && (int) ramme >= 0) {
                    out.accept(FilFunn.of(control(), profil.severityKvartalsrapport(), ramme,
                            "Rammetilskuddet mangler: funksjon 840 art 800 summerer til " + ramme + ". Før"
                                    + " rammetilskuddet som inntekt (negativt beløp) på funksjon 840, art 800."));
                }
            }
        };
    }
}

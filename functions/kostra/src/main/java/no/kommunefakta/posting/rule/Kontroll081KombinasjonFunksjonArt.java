package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 081 : Ulogisk kombinasjon i bevilgningsregnskapet, funksjon og art. Outside fylke skjema, funksjon 850
 * only with art 450, 810 or 850. WARNING; ERROR when the argument kvartal is 3 or 4.
 */
public final class Kontroll081KombinasjonFunksjonArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.BEVILGNING;
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.utgave().k081Familier().contains(profil.skjema().familie().name());
    }

    @Override
    public String control() {
        return "081";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        int a = p.art3();
        Utgave u = profil.utgave();
        if (!p.isBevilgning() || p.isFylkeSkjema() || !profil.kombinasjonSer(p) || p.funksjon3() != 850
                || a >= 0 && u.k081Arter().contains(a)) {
            return;
        }
        String arter = u.k081Arter().stream().sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        out.accept(p.finding(control(), u.k081Alvorlighet(profil.argKvartal()), "art", p.artFelt(),
                "Funksjon 850 (generelt statstilskudd vedrørende flyktninger m.m.) brukes bare med art " + arter
                        + " (her: art " + p.artFelt() + "). Velg en av disse artene eller funksjonen tjenesten"
                        + " gjelder."));
    }
}

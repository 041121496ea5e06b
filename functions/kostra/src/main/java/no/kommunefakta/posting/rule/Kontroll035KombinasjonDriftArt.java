package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Kontroll 035 : Kombinasjon i driftsregnskapet, kontoklasse og art (520/920 in drift only on 281, 325, 701). */
public final class Kontroll035KombinasjonDriftArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "035";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        int a = p.art3();
        if (a != 520 && a != 920 || !profil.kombinasjonSer(p) || !p.isDrift()) {
            return;
        }
        int f = p.funksjon3();
        Utgave u = profil.utgave();
        // the funksjon must be exactly the three digits (the program compares "281 " with the field)
        if (f >= 0 && u.k035UnntatteFunksjoner().contains(f) && p.at(35) == ' ') {
            return;
        }
        if (u.k035UnntatteFunksjoner().isEmpty()) {
            out.accept(p.finding(control(), u.k035Alvorlighet(), "art", p.artFelt(), "Art " + p.artFelt()
                    + " regnes som ulogisk i driftsregnskapet, med mindre posteringen gjelder sosiale utlån og"
                    + " næringsutlån eller mottatte avdrag på slike utlån som finansieres av driftsinntekter."));
            return;
        }
        out.accept(p.finding(control(), u.k035Alvorlighet(), "art", p.artFelt(),
                "Art " + p.artFelt() + (a == 520 ? " (utlån)" : " (mottatte avdrag på utlån)")
                        + " i driftsregnskapet skal bare brukes på funksjon 281, 325 eller 701 (her: "
                        + p.funksjonFelt().trim() + "). Flytt posteringen til en av disse funksjonene eller til"
                        + " investeringsregnskapet."));
    }
}

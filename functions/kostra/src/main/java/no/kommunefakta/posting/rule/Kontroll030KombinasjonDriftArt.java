package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Kontroll 030 : Kombinasjon i driftsregnskapet, kontoklasse og art (art 285/660 are illogical in drift). INFO. */
public final class Kontroll030KombinasjonDriftArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "030";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonSer(p) || !p.isDrift() || !profil.isArtUlogiskIDrift(p)) {
            return;
        }
        out.accept(p.finding(control(), Severity.INFO, "art", p.artFelt(),
                "Art " + p.artFelt() + " er uvanlig i driftsregnskapet. Kontroller at posteringen hører hjemme i"
                        + " drift; ellers før den i investeringsregnskapet."));
    }
}

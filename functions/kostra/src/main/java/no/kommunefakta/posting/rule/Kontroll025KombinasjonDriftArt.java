package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/** Kontroll 025 : Kombinasjon i driftsregnskapet, kontoklasse og art (arts only valid in investering). */
public final class Kontroll025KombinasjonDriftArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.kirkeKontoklasseArt() == Utgave.KirkeKontoklasseArt.DELT;
    }

    @Override
    public String control() {
        return "025";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonSer(p) || !p.isDrift() || !(profil.isArtUgyldigIDrift(p)
                || profil.kombinasjonMotKontoliste() && !profil.isGyldigArt(p))) {
            return;
        }
        out.accept(p.finding(control(), profil.severityKombinasjon(), "art", p.artFelt(),
                "Art " + p.artFelt() + " er bare gyldig i investeringsregnskapet, ikke i drift (kontoklasse "
                        + p.kontoklasse() + "). Før posteringen i investeringsregnskapet (kontoklasse "
                        + p.investeringKontoklasse() + ") eller velg en art som gjelder drift."));
    }
}

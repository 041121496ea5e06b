package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 050 : Ugyldig kombinasjon i investeringsregnskapet, kontoklasse og art (arts only valid in drift); in the
 * kirke files of the 2021/2022 releases also the drift records' art ({@link Utgave#kirkeKontoklasseArt()}).
 */
public final class Kontroll050KombinasjonInvesteringArt implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING | PostingView.M_DRIFT;
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.kirkeKontoklasseArt() != Utgave.KirkeKontoklasseArt.INGEN;
    }

    @Override
    public String control() {
        return "050";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (p.isDrift() && profil.kirkeKontoklasseArt() == Utgave.KirkeKontoklasseArt.EN) {
            if (profil.kombinasjonSer(p) && (profil.isArtUgyldigIDrift(p) || !profil.isGyldigArt(p))) {
                out.accept(p.finding(control(), profil.severityKombinasjon(), "art", p.artFelt(),
                        "Art " + p.artFelt() + " er ikke gyldig i driftsregnskapet (kontoklasse " + p.kontoklasse()
                                + "). Velg en art som gjelder drift, eller før posteringen i investeringsregnskapet."));
            }
            return;
        }
        if (!profil.kombinasjonSer(p) || !p.isInvestering() || !(profil.isArtUgyldigIInvestering(p)
                || profil.kombinasjonMotKontoliste() && !profil.isGyldigArt(p))) {
            return;
        }
        out.accept(p.finding(control(), profil.severityKombinasjon(), "art", p.artFelt(), Meldinger.investering(p,
                "Art " + p.artFelt() + " er bare gyldig i driftsregnskapet, ikke i investering (kontoklasse "
                        + p.kontoklasse() + "). Før posteringen i drift (kontoklasse " + p.driftKontoklasse()
                        + ") eller velg en art som gjelder investering.")));
    }
}

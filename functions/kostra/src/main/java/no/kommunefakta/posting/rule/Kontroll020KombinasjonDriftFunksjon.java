package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/** Kontroll 020 : Kombinasjon i driftsregnskapet, kontoklasse og funksjon (841 only in investering). */
public final class Kontroll020KombinasjonDriftFunksjon implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "020";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonSer(p) || !p.isDrift()
                || !(profil.isFunksjonUgyldigIDrift(p) && profil.isKombinasjonFunksjon(p)
                || profil.kombinasjonMotKontoliste() && !profil.isGyldigFunksjonSomFelt(p))) {
            return;
        }
        String f = p.funksjonFelt().trim();
        out.accept(p.finding(control(), profil.severityKombinasjon(), "funksjon", p.funksjonFelt(),
                "Funksjon " + f + " kan ikke brukes i driftsregnskapet (kontoklasse " + p.kontoklasse()
                        + "). Før posteringen i investeringsregnskapet (kontoklasse "
                        + p.investeringKontoklasse() + ") eller bruk en driftsfunksjon."));
    }
}

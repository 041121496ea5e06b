package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/** Kontroll 040 : Kombinasjon i investeringsregnskapet, kontoklasse og funksjon (800, 840, 850, 860 only in drift). */
public final class Kontroll040KombinasjonInvesteringFunksjon implements PostingRule {
    @Override
    public boolean appliesTo(Profil profil) {
        return !profil.kombinasjonMotKontoliste();
    }

    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "040";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonSer(p) || !p.isInvestering() || !profil.isFunksjonUgyldigIInvestering(p)
                || !profil.isKombinasjonFunksjon(p)) {
            return;
        }
        String f = p.funksjonFelt().trim();
        out.accept(p.finding(control(), profil.severityArgQ12(), "funksjon", p.funksjonFelt(), Meldinger.investering(p,
                "Funksjon " + f + " er bare gyldig i driftsregnskapet, ikke i investering (kontoklasse "
                        + p.kontoklasse() + "). Før posteringen i drift (kontoklasse " + p.driftKontoklasse()
                        + ") eller bruk funksjonen investeringen gjelder (f.eks. 841 for finansielle transaksjoner).")));
    }
}

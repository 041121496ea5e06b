package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Kontroll 045 : Kombinasjon i investeringsregnskapet, kontoklasse og funksjon (illogical functions). INFO. */
public final class Kontroll045KombinasjonInvesteringFunksjon implements PostingRule {
    @Override
    public int kontotyper() {
        return PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "045";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!profil.kombinasjonSer(p) || !p.isInvestering() || !profil.isFunksjonUlogiskIInvestering(p)
                || !profil.isKombinasjonFunksjon(p)) {
            return;
        }
        String f = p.funksjonFelt().trim();
        out.accept(p.finding(control(), Severity.INFO, "funksjon", p.funksjonFelt(), Meldinger.investering(p,
                "Funksjon " + f + " er uvanlig i investeringsregnskapet. Kontroller at investeringen ikke heller hører"
                        + " til funksjonen for bygg/anlegg den gjelder (f.eks. 130 administrasjonslokaler).")));
    }
}

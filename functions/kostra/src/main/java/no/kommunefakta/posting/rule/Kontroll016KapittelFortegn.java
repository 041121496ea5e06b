package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 016 : Kapittel, fortegn. Balance kapittel 5900 and 5970 may only carry amounts ≥ 0. Not in the release for
 * 2020 data ({@link Utgave#k016()}).
 */
public final class Kontroll016KapittelFortegn implements PostingRule {
    @Override
    public boolean appliesTo(Profil profil) {
        return profil.utgave().k016();
    }

    private static final long K5900 = PostingView.packCode("5900", 4);
    private static final long K5970 = PostingView.packCode("5970", 4);

    @Override
    public int kontotyper() {
        return PostingView.M_BALANSE;
    }

    @Override
    public String control() {
        return "016";
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (!p.isBalanse() || p.belop() >= 0 || p.kapittelKey() != K5900 && p.kapittelKey() != K5970) {
            return;
        }
        String kapittel = p.funksjonFelt();
        out.accept(p.finding(control(), Severity.ERROR, "belop", p.belopFelt(),
                "Kapittel " + kapittel + (p.kapittelKey() == K5900 ? " (merforbruk i driftsregnskapet)"
                        : " (udekket beløp i investeringsregnskapet)")
                        + " har negativt beløp " + p.belopFelt().trim() + ". Kapittelet kan bare ha beløp større"
                        + " enn eller lik 0; et mindreforbruk eller udisponert beløp posteres etter forskriftens"
                        + " §§ 4-3 og 4-6."));
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 125 : Summeringskontroller balanseregnskapet, differanse i balanseregnskapet. Eiendeler (kapittel 10-29)
 * &gt; 0, gjeld og egenkapital (31-5999) &lt; 0, and they balance within ±10.
 * With the release setting {@link Utgave#kunDifferanse()} (2022) only a difference outside ±10 is reported.
 */
public final class Kontroll125BalanseDifferanse implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_BALANSE;
    }

    @Override
    public String control() {
        return "125";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean altUtenomAktiva = profil.utgave().k125PassivaAltUtenomAktiva();
        boolean kunDifferanse = profil.utgave().kunDifferanse();
        Utgave.Intervall aktivaKapitler = profil.utgave().aktivaKapitler(profil.skjema().familie());
        return new Accumulator() {
            boolean any;
            long aktiva;
            long passiva;

            @Override
            public void add(PostingView p) {
                if (!p.isBalanse()) {
                    return;
                }
                any = true;
                int k = p.funksjonInt();
                if (aktivaKapitler.inneholder(k)) {
                    aktiva += p.belop();
                } else if (altUtenomAktiva || k >= 31 && k <= 5999) {
                    passiva += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                long sum = aktiva + passiva;
                boolean feil = kunDifferanse ? FilFunn.utenfor(sum, 10)
                        : !((int) aktiva > 0 && (int) passiva < 0 && !FilFunn.utenfor(sum, 10));
                if (any && feil) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, sum,
                            "Balansen går ikke opp: eiendeler " + aktiva + " og gjeld og egenkapital " + passiva
                                    + " gir differanse " + sum + " (tillatt ±10). Rett beløpene slik at balansen"
                                    + " går i 0."));
                }
            }
        };
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 190 : Memoriakonti. Memoriakonti (kapittel 9100-9998) and their motkonto (9999) must balance within ±10.
 */
public final class Kontroll190Memoriakonti implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_BALANSE;
    }

    @Override
    public String control() {
        return "190";
    }

    @Override
    public Accumulator start(Profil profil) {
        Utgave u = profil.utgave();
        return new Accumulator() {
            long memoria;
            long motkonto;

            @Override
            public void add(PostingView p) {
                int k = p.funksjonInt();
                if (!p.isBalanse() || k < 9100 || k > 9999) {
                    return;
                }
                if (k == 9999) {
                    motkonto += p.belop();
                } else {
                    memoria += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                long sum = memoria + motkonto;
                if (FilFunn.utenfor(sum, u.k190Margin())) {
                    out.accept(FilFunn.of(control(), u.k190Alvorlighet(), sum,
                            "Memoriakontiene (" + memoria + ") og motkontoen for memoriakontiene, kapittel 9999 ("
                                    + motkonto + "), avviker med " + sum + " (tillatt ±" + u.k190Margin() + "). Før motposten på"
                                    + " kapittel 9999 slik at de går i 0."));
                }
            }
        };
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 113 : Summeringskontroller driftsregnskapet, tilskudd (kirkelig fellesråd). When there are drift records,
 * art 830 (tilskudd fra kommunen) must sum to < 0. Not in the release for 2022 data ({@link Utgave#k113()}).
 */
public final class Kontroll113Tilskudd implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.ALLE;
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.utgave().k113();
    }

    @Override
    public String control() {
        return "113";
    }

    @Override
    public Accumulator start(Profil profil) {
        boolean kirke = profil.kirkeSummerEtterArgument();
        return new Accumulator() {
            boolean any;
            long tilskudd;

            @Override
            public void add(PostingView p) {
                if (kirke) {
                    // the 2020 release sums art 830 of every record, whatever its kontoklasse
                    if ("830".equals(p.artFelt())) {
                        tilskudd += p.belop();
                    }
                } else if (p.isDrift()) {
                    any = true;
                    if (p.art3() == 830) {
                        tilskudd += p.belop();
                    }
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                if ((kirke || any) && (int) tilskudd >= 0) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, tilskudd,
                            "Driftsregnskapet mangler tilskudd fra kommunen: art 830 summerer til " + tilskudd
                                    + ". Før tilskuddet som inntekt (negativt beløp) på art 830."));
                }
            }
        };
    }
}

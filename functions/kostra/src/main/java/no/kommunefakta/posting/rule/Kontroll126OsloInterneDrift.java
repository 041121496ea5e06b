package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 126 : Summeringskontroller driftsregnskapet for de Oslointerne artene 298 og 798. Oslo bydel drift:
 * art 298 and 798 must balance within ±10. WARNING. Not in the Java releases
 * (2020-2022 data, {@link Utgave#k126()}).
 */
public final class Kontroll126OsloInterneDrift implements FileRule {
    @Override
    public boolean appliesTo(Profil profil) {
        return profil.utgave().k126();
    }

    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT;
    }

    @Override
    public String control() {
        return "126";
    }

    @Override
    public Accumulator start(Profil profil) {
        return new OsloInterne(control(), true, profil.utgave());
    }

    /** Shared by 126 (drift) and 127 (investering). */
    static final class OsloInterne implements Accumulator {
        private final String control;
        private final boolean drift;
        private final Utgave utgave;
        private long sum;

        OsloInterne(String control, boolean drift, Utgave utgave) {
            this.control = control;
            this.drift = drift;
            this.utgave = utgave;
        }

        @Override
        public void add(PostingView p) {
            boolean omfang = utgave.k126Bydel() ? p.isOsloBydel() : p.isOsloKommune() && p.isKommuneBevilgning();
            if (omfang && (drift ? p.isDrift() : p.isInvestering()) && (p.art3() == 298 || p.art3() == 798)) {
                sum += p.belop();
            }
        }

        @Override
        public void finish(Consumer<Finding> out) {
            if (FilFunn.utenfor(sum, 10)) {
                out.accept(FilFunn.of(control, utgave.k126Alvorlighet(), sum,
                        "De Oslointerne artene 298 og 798 i " + (drift ? "driftsregnskapet" : "investeringsregnskapet")
                                + " går ikke i 0 (differanse " + sum + ", tillatt ±10). Kjøp (298) og salg (798)"
                                + " mellom bydeler skal motsvare hverandre."));
            }
        }
    }
}

package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * One whole-file control of SSB's control program: it accumulates over every record in one pass and decides at the
 * end. The rule itself is stateless; {@link #start} gives a fresh accumulator per validation run.
 */
public interface FileRule {

    /** The SSB control number, three digits. */
    String control();

    /**
     * Bit mask ({@code 1 << Posting.DRIFT} ...) of the record kontotyper the control sums; the validators skip it for
     * other records. Default: all.
     */
    default int kontotyper() {
        return Posting.ALLE;
    }

    /** A fresh accumulator for one run, or null when the control does not run for it. */
    Accumulator start(Profil profil);

    /** Per-run state of a whole-file control. */
    interface Accumulator {
        /** Sees one record (never a zero-amount record). */
        void add(Posting posting);

        /** Reports the findings after the last record. */
        void finish(Consumer<Finding> out);
    }
}

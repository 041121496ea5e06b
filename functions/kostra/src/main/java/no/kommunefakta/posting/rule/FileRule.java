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
     * Bit mask ({@code 1 << PostingView.DRIFT} ...) of the record kontotyper the control sums; the validators skip it for
     * other records. Default: all.
     */
    default int kontotyper() {
        return PostingView.ALLE;
    }

    /** Whether the control runs at all for this run (default: yes). */
    default boolean appliesTo(Profil profil) {
        return true;
    }

    /**
     * Whether the accumulator is costly per record and touches nothing but its own state: a validator may then feed
     * it on a second thread (it still sees the records in file order, and {@link Accumulator#finish} is called in
     * the rules' order after the last record). Default: no.
     */
    default boolean separateThread() {
        return false;
    }

    /** A fresh accumulator for one run (only called when {@link #appliesTo} holds; {@link Profil#fileRules} has those). */
    Accumulator start(Profil profil);

    /** Per-run state of a whole-file control. */
    interface Accumulator {
        /** Sees one record (never a zero-amount record). */
        void add(PostingView posting);

        /**
         * Whether it also sees the zero-amount records that the release drops before the other controls (the 2018 and
         * 2019 packages' sums, {@link Pakkekontroller}, see every record). Default: no.
         */
        default boolean seesNullposter() {
            return false;
        }

        /** Reports the findings after the last record. */
        void finish(Consumer<Finding> out);
    }
}

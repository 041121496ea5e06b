package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * One posting-level control of SSB's control program: decides from a single record plus the run arguments.
 * Implementations are stateless and thread-safe.
 */
public interface PostingRule {

    /**
     * The field of a finding that is one record's part of a file sum (its value is the record's belop): the file
     * validator reports the findings of one control with this field as one finding without lines when their belop do
     * not sum to 0 (in 32-bit arithmetic, as the program sums), and none otherwise ({@link Utgave#skattSomSum()}).
     */
    String SUMMERT = "sum";

    /**
     * The field of a finding that switches the file sums of its control off ({@link #SUMMERT}): the file validator
     * then reports none of them (the 2018/2019 packages' {@code ControlSkatteinntekter}, off for a file with a record
     * of an Oslo bydel or of Longyearbyen); never reported itself.
     */
    String SUMMERT_AV = "sum_av";

    /** The SSB control number, three digits. */
    String control();

    /** Whether the control runs at all for this run (e.g. only for balance skjema). */
    default boolean appliesTo(Profil profil) {
        return true;
    }

    /**
     * Bit mask ({@code 1 << PostingView.DRIFT} ...) of the record kontotyper this control can fire for; the validators skip
     * it for other records. Default: all.
     */
    default int kontotyper() {
        return PostingView.ALLE;
    }

    /**
     * Whether this is the second pass of 010-013 ({@link Kontroll010PostensSkjema}), whose findings the validators
     * drop where another control already reported the same control, severity and lines (the release's identical
     * entries are one finding), after the field controls' line limit.
     */
    default boolean andrePass() {
        return false;
    }

    /**
     * Whether this is one of the field controls 003-014 that the Java releases run over the file's record list
     * ({@code ControlIntegritet}, see {@link Utgave#feltkontrollLinjerMaks()}); not the second pass of 010-013
     * ({@link Kontroll010PostensSkjema}), which reports record by record.
     */
    default boolean feltkontroll() {
        return control().compareTo("003") >= 0 && control().compareTo("014") <= 0;
    }

    /** Checks one record (never a zero-amount record) and reports findings to {@code out}. */
    void check(PostingView posting, Profil profil, Consumer<Finding> out);
}

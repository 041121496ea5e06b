package no.kommunefakta.posting;

/**
 * Runs every posting-level control of SSB's control program (001, 003-014, 016, 020-081, 200, unknown skjema) on one
 * posting, with the code lists of the year given in the context. Thread-safe; build once, reuse.
 */
public final class PostingValidator {

    /** The validator over the embedded chart of accounts 2018-2026 (loaded once). */
    public static PostingValidator standard() {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /** Validates one raw record (48 characters expected; any other length gives control 001). */
    public ValidationResult validate(ValidationContext context, String record) {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /** Validates one parsed posting. */
    public ValidationResult validate(ValidationContext context, Kontostreng posting) {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }
}

package no.kommunefakta.posting;

import java.io.BufferedReader;
import java.util.List;

/**
 * Runs all controls of the official program on a whole file: the posting-level ones per line and the whole-file
 * ones (015, 085-190, 113, 143, 210-220) in one streaming pass. Memory grows only with what the sums need.
 */
public final class FileValidator {

    /** The validator over the embedded chart of accounts 2018-2026. */
    public static FileValidator standard() {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /** Validates a file read line by line (lines split on '\n', '\r' stripped, empty lines dropped). */
    public ValidationResult validate(ValidationContext context, BufferedReader file) {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /** Validates the given records as the lines of one file (line numbers are 1-based list positions). */
    public ValidationResult validate(ValidationContext context, List<String> records) {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }
}

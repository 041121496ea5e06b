package no.kommunefakta.posting;

/**
 * Severity of a finding, ordered as in SSB's control program: OK &lt; INFO &lt; WARNING &lt; ERROR &lt; FATAL.
 * ERROR and FATAL block submission to SSB; WARNING and INFO do not.
 */
public enum Severity {
    OK, INFO, WARNING, ERROR, FATAL;

    /** Exit code of the official CLI for this overall severity: 0 for OK/INFO, 1 for WARNING, 2 for ERROR/FATAL. */
    public int exitCode() {
        return switch (this) {
            case OK, INFO -> 0;
            case WARNING -> 1;
            case ERROR, FATAL -> 2;
        };
    }

    /** The more severe of the two. */
    public Severity max(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}

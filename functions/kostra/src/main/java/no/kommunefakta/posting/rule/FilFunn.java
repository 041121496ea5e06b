package no.kommunefakta.posting.rule;

import java.util.List;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Findings of the whole-file controls (field {@code fil}, the offending sum as value, no lines). */
final class FilFunn {

    private FilFunn() {
    }

    static Finding of(String control, Severity severity, long value, String message) {
        String text = message;
        if ((int) value != value) {
            text += " SSBs kontrollprogram summerer med 32-biters heltall, så summen " + value + " blir "
                    + (int) value + " der; kontroller om et beløp er for stort (beløp føres i hele 1000 kroner).";
        }
        return new Finding(control, severity, "fil", Long.toString(value), text);
    }

    /** The same finding naming one record. */
    static Finding of(String control, Severity severity, long value, String message, int line) {
        Finding f = of(control, severity, value, message);
        return new Finding(f.control(), f.severity(), f.field(), f.value(), f.message(), List.of(line));
    }

    /**
     * Whether a sum is outside {@code -margin..margin} as the program decides it: it sums 32-bit integers, which
     * wrap around on overflow, so the decision is taken on the sum reduced to 32 bits (the true sum goes in the
     * message).
     */
    static boolean utenfor(long sum, int margin) {
        int s = (int) sum;
        return s < -margin || s > margin;
    }
}

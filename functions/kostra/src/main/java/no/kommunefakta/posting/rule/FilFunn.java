package no.kommunefakta.posting.rule;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Findings of the whole-file controls (field {@code fil}, the offending sum as value, no lines). */
final class FilFunn {

    private FilFunn() {
    }

    static Finding of(String control, Severity severity, long value, String message) {
        return new Finding(control, severity, "fil", Long.toString(value), message);
    }
}

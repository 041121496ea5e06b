package no.kommunefakta.posting;

import java.util.List;

/**
 * One result of one control.
 *
 * @param control  the SSB control number, e.g. {@code "010"} (three digits as SSB writes them)
 * @param severity the severity the official program gives for this case
 * @param field    the kontostreng field the finding is about ({@code "funksjon"}, {@code "art"}, {@code "belop"} ...),
 *                 or {@code "fil"} for whole-file controls
 * @param value    the offending value exactly as found (may be blank, never null)
 * @param message  Norwegian text saying what is wrong and what to do instead
 * @param lines    1-based line numbers in the file the finding refers to; empty for a single posting or a file total
 */
public record Finding(String control, Severity severity, String field, String value, String message, List<Integer> lines) {
    public Finding {
        lines = lines == null ? List.of() : List.copyOf(lines);
        value = value == null ? "" : value;
    }

    public Finding(String control, Severity severity, String field, String value, String message) {
        this(control, severity, field, value, message, List.of());
    }
}

package no.kommunefakta.api.posting;

import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationResult;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * Answer of {@code POST /validatePosting}.
 *
 * @param verdict  OK, INFO, WARNING, ERROR or FATAL: the highest severity found
 * @param findings one entry per control that fired, ordered by control
 */
@RegisterForReflection
public record PostingAnswer(Severity verdict, List<PostingFinding> findings) {

    static PostingAnswer of(ValidationResult result) {
        return new PostingAnswer(result.verdict(), result.findings().stream()
                .map(f -> new PostingFinding(f.control(), f.severity(), f.field(), f.value(), f.message()))
                .toList());
    }

    /**
     * One finding on one posting.
     *
     * @param control  SSB control number, e.g. {@code 010}
     * @param severity severity as the official program gives it
     * @param field    the field at fault
     * @param value    the offending value as written
     * @param message  Norwegian text: what is wrong and what to do instead
     */
    @RegisterForReflection
    public record PostingFinding(String control, Severity severity, String field, String value, String message) {
    }
}

package no.kommunefakta.api.posting;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationResult;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * Answer of {@code POST /validateFile}.
 *
 * @param verdict  OK, INFO, WARNING, ERROR or FATAL; ERROR for a file without records, as the official program
 * @param findings one entry per control and case, ordered by control then line; {@code lines} are 1-based and empty
 *                 for whole-file totals
 */
@RegisterForReflection
public record FileAnswer(Severity verdict, List<Finding> findings) {

    static FileAnswer of(ValidationResult result) {
        return new FileAnswer(result.verdict(), result.findings());
    }
}

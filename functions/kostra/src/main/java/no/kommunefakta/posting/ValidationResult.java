package no.kommunefakta.posting;

import java.util.List;

/**
 * The answer of a validation: the overall verdict and every finding, ordered by control and line.
 *
 * @param verdict  the highest severity among the findings (OK when there are none; see the validators for
 *                 the official program's special cases, e.g. ERROR for an empty file)
 * @param findings all findings, never null
 */
public record ValidationResult(Severity verdict, List<Finding> findings) {
    public ValidationResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}

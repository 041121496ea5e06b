package no.kommunefakta.posting.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.rule.PostingRule;

/**
 * The second pass of 010-013 ({@link PostingRule#andrePass()}) reports every record; the release's entries that are
 * identical to the first pass's (same control, severity and lines) are one finding, so such a finding is dropped.
 */
final class AndrePass {

    private AndrePass() {
    }

    /** Removes, in place, each finding of {@code andre} (by identity) equal to another finding in control, severity and lines. */
    static void fjernLike(List<Finding> findings, Set<Finding> andre) {
        if (andre.isEmpty()) {
            return;
        }
        Set<List<Object>> forste = new HashSet<>();
        for (Finding f : findings) {
            if (!andre.contains(f)) {
                forste.add(nokkel(f));
            }
        }
        findings.removeIf(f -> andre.contains(f) && !forste.add(nokkel(f)));
    }

    private static List<Object> nokkel(Finding f) {
        return List.of(Objects.toString(f.control()), f.severity(), f.lines());
    }
}

package no.kommunefakta.site.lambda;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Output of {@code render}.
 *
 * @param action    what was done: {@code publish}, {@code rollback} or {@code sync}
 * @param live      the release now live
 * @param history   releases in the pointer, live first (rollback targets follow)
 * @param files     files uploaded (0 for a rollback)
 * @param bytes     bytes uploaded (0 for a rollback)
 * @param pruned    releases deleted because they fell out of the retained history
 * @param refresh   {@code ok}, {@code failed} (some tables kept their last good data; see the log and /om/) or
 *                  {@code skipped}
 */
@RegisterForReflection
public record RenderAnswer(String action, String live, List<String> history, int files, long bytes, List<String> pruned,
                           String refresh) {
    public RenderAnswer {
        history = List.copyOf(history);
        pruned = List.copyOf(pruned);
    }
}

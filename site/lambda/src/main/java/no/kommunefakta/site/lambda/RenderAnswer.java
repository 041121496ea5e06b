package no.kommunefakta.site.lambda;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Output of {@code render}.
 *
 * @param action   what was done: {@code publish} or {@code rollback}
 * @param live     the release now live
 * @param history  releases in the pointer, live first (rollback targets follow)
 * @param files    files uploaded (0 for a rollback)
 * @param bytes    bytes uploaded (0 for a rollback)
 * @param pruned   releases deleted because they fell out of the retained history
 */
@RegisterForReflection
public record RenderAnswer(String action, String live, List<String> history, int files, long bytes, List<String> pruned) {
    public RenderAnswer {
        history = List.copyOf(history);
        pruned = List.copyOf(pruned);
    }
}

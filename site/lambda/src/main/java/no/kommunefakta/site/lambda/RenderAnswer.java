package no.kommunefakta.site.lambda;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;
import no.kommunefakta.publish.PageCountOverride;

/**
 * Output of {@code render}.
 *
 * @param action      what was done: {@code publish}, {@code rollback} or {@code sync}
 * @param live        the release now live
 * @param history     releases in the pointer, live first (rollback targets follow)
 * @param files       files uploaded (0 for a rollback)
 * @param bytes       bytes uploaded (0 for a rollback)
 * @param pruned      releases deleted because they fell out of the retained history
 * @param refresh     {@code ok}, {@code failed} (some tables kept their last good data; see the log and /om/) or
 *                    {@code skipped}
 * @param pages       pages in the published release (0 for a rollback or sync)
 * @param pagesBefore pages of the release that was live before the publication (0 for a rollback, sync or first
 *                    publication)
 * @param override    the operator's page-count override the release went live with; absent from the JSON otherwise
 */
@RegisterForReflection
public record RenderAnswer(String action, String live, List<String> history, int files, long bytes, List<String> pruned,
                           String refresh, int pages, int pagesBefore,
                           @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<PageOverride> override) {
    public RenderAnswer {
        history = List.copyOf(history);
        pruned = List.copyOf(pruned);
    }

    /** A rollback or sync: nothing uploaded, nothing counted. */
    static RenderAnswer pointerOnly(String action, String live, List<String> history) {
        return new RenderAnswer(action, live, history, 0, 0, List.of(), "skipped", 0, 0, Optional.empty());
    }

    /**
     * A page-count override as applied.
     *
     * @param allowFewerPages the exact page count the operator allowed (and the release has)
     * @param reason          why the site shrank
     */
    @RegisterForReflection
    public record PageOverride(int allowFewerPages, String reason) {
        static PageOverride of(PageCountOverride o) {
            return new PageOverride(o.pages(), o.reason());
        }
    }
}

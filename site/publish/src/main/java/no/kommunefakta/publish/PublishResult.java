package no.kommunefakta.publish;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of a successful publication.
 *
 * @param release  the release id that is now live
 * @param previous the release that was live before, empty when this was the first publication
 * @param files    number of files uploaded
 * @param bytes    total bytes uploaded
 * @param pruned   releases deleted because they fell out of the retained history
 * @param pages     pages ({@code .html} files) in the release
 * @param livePages pages of the release that was live before, 0 when this was the first publication
 * @param override  the operator's page-count override this publication was made with, if any
 */
public record PublishResult(String release, List<String> previous, int files, long bytes, List<String> pruned, int pages,
                            int livePages, Optional<PageCountOverride> override) {
    public PublishResult {
        previous = List.copyOf(previous);
        pruned = List.copyOf(pruned);
    }
}

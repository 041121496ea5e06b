package no.kommunefakta.publish;

import java.util.List;

/**
 * Outcome of a successful publication.
 *
 * @param release  the release id that is now live
 * @param previous the release that was live before, empty when this was the first publication
 * @param files    number of files uploaded
 * @param bytes    total bytes uploaded
 * @param pruned   releases deleted because they fell out of the retained history
 */
public record PublishResult(String release, List<String> previous, int files, long bytes, List<String> pruned) {
    public PublishResult {
        previous = List.copyOf(previous);
        pruned = List.copyOf(pruned);
    }
}

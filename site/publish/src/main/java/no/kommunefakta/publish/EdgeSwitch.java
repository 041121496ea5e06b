package no.kommunefakta.publish;

/**
 * Tells the edge which release to serve. The pointer object in the bucket stays the record (history, concurrency);
 * the edge reads its own copy of the live release id.
 */
public interface EdgeSwitch {

    /** Makes the edge serve {@code releaseId}; throws {@link PublishException} when it could not. */
    void show(String releaseId);

    /** For stores the edge does not read (tests, S3-compatible stores without CloudFront). */
    EdgeSwitch NONE = releaseId -> {
    };
}

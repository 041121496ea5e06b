package no.kommunefakta.publish;

/** A publication or rollback did not complete; the live site is unchanged. */
public class PublishException extends RuntimeException {
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }

    public PublishException(String message) {
        super(message);
    }
}

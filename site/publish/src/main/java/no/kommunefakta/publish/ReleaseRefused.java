package no.kommunefakta.publish;

/** The rendered site is not fit to replace the live release (fewer pages, broken links); nothing was uploaded. */
public class ReleaseRefused extends PublishException {
    public ReleaseRefused(String message) {
        super(message);
    }
}

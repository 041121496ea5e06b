package no.kommunefakta.publish;

/**
 * An operator's explicit permission to publish a release with fewer pages than the live one (kommuner merged, a page
 * kind removed). It names the exact page count the operator expects, so it cannot let an accidental larger drop
 * through, and says why; it never excuses a broken internal link.
 *
 * @param pages  the number of pages ({@code .html} files) the new release must have, at least 1
 * @param reason why the site legitimately shrinks; one line, logged and reported with the publication
 */
public record PageCountOverride(int pages, String reason) {

    /** Longest reason accepted (it goes into logs and the workflow summary). */
    public static final int MAX_REASON = 300;

    public PageCountOverride {
        if (pages < 1) {
            throw new IllegalArgumentException("allowFewerPages: " + pages + " is not a page count (a whole number of at least 1)");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: required with allowFewerPages=" + pages + " (why the site legitimately shrinks)");
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason: " + reason.length() + " characters, at most " + MAX_REASON + " are kept");
        }
        if (reason.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("reason: '" + reason.replaceAll("\\p{Cntrl}", "?") + "' must be one line of text"
                    + " without control characters");
        }
    }
}

package no.kommunefakta.publish;

import java.util.Optional;

/**
 * Maps a reader's URL to the live release: {@code /kommune/0301.html} becomes
 * {@code /releases/<live>/kommune/0301.html}.
 *
 * <p>The router answers with a redirect, so every page and asset a reader loads afterwards stays inside one release
 * prefix (the site links relatively): a reader never mixes two releases, even if the pointer flips in between.
 * Release paths are immutable and served straight from the bucket.
 */
public final class ReleaseRouter {

    /** Key prefix under which every release lives. */
    public static final String RELEASES = "releases/";

    private ReleaseRouter() {
    }

    /**
     * The location a request path redirects to, or empty when the path is not a page path (it tries to climb out
     * with {@code ..}, or it already names a release).
     */
    public static Optional<String> location(String requestPath, String liveRelease) {
        Pointer.requireValidId(liveRelease);
        String path = requestPath == null || requestPath.isEmpty() ? "/" : requestPath;
        if (!path.startsWith("/") || path.contains("..") || path.contains("\\") || path.startsWith("/" + RELEASES)) {
            return Optional.empty();
        }
        if (path.endsWith("/")) {
            path = path + "index.html";
        }
        return Optional.of("/" + RELEASES + liveRelease + path);
    }
}

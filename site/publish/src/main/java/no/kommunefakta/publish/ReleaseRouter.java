package no.kommunefakta.publish;

import java.util.Optional;

/**
 * The object a reader's URL reaches in a release, as the site's CloudFront Function maps it
 * ({@code infra/src/main/resources/edge/site-viewer-request.js}): {@code /kommune/oslo/} and {@code /kommune/oslo}
 * become {@code /releases/<live>/kommune/oslo/index.html}, {@code /data/x.csv} stays a file.
 */
public final class ReleaseRouter {

    /** Key prefix under which every release lives. */
    public static final String RELEASES = "releases/";

    private ReleaseRouter() {
    }

    /** The object key path ({@code /releases/<id>/...}) for a request path, or empty when it tries to climb out. */
    public static Optional<String> location(String requestPath, String liveRelease) {
        Pointer.requireValidId(liveRelease);
        String path = requestPath == null || requestPath.isEmpty() ? "/" : requestPath;
        if (!path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            return Optional.empty();
        }
        return LinkCheck.resolve("index.html", path).map(key -> "/" + RELEASES + liveRelease + "/" + key);
    }
}

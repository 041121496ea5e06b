package no.kommunefakta.site.lambda;

import java.util.Map;
import java.util.Optional;

import io.quarkus.funqy.Funq;
import no.kommunefakta.publish.Pointer;
import no.kommunefakta.publish.ReleaseRouter;

/**
 * {@code route}: CloudFront's default origin. Answers every page request with a redirect into the live release, read
 * from the pointer object (cached for {@code site.route.pointer-cache}). Release paths never reach it.
 */
public class RouteFunction {

    private final Publishing publishing;
    private volatile CachedPointer cached;

    private record CachedPointer(Optional<Pointer> pointer, long readAtNanos) {
    }

    public RouteFunction(Publishing publishing) {
        this.publishing = publishing;
    }

    @Funq("route")
    public RouteResponse route(RouteRequest request) {
        String path = request == null ? "/" : request.rawPath();
        Optional<Pointer> pointer = pointer();
        if (pointer.isEmpty()) {
            return text(503, "Kommunefakta er ikke publisert ennå (the site has not been published yet).", "no-store");
        }
        return ReleaseRouter.location(path, pointer.get().current())
                .map(location -> new RouteResponse(302, Map.of(
                        "Location", location,
                        "Cache-Control", "public, max-age=" + publishing.config().route().maxAge()), ""))
                .orElseGet(() -> text(404, "Siden finnes ikke (not found): " + path, "public, max-age=60"));
    }

    private Optional<Pointer> pointer() {
        CachedPointer now = cached;
        long maxAge = publishing.config().route().pointerCache().toNanos();
        if (now == null || System.nanoTime() - now.readAtNanos() > maxAge) {
            now = new CachedPointer(publishing.publisher().current(), System.nanoTime());
            cached = now;
        }
        return now.pointer();
    }

    private static RouteResponse text(int status, String body, String cacheControl) {
        return new RouteResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8", "Cache-Control", cacheControl), body);
    }
}

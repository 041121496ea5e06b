package no.kommunefakta.site.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.funqy.Funq;
import no.kommunefakta.publish.PublishResult;

/**
 * {@code render}: renders the site into the Lambda's /tmp and publishes it as a new release (atomic: the live site
 * switches only when the whole release is uploaded), or rolls back to the previous release.
 */
public class RenderFunction {

    private static final Logger LOG = Logger.getLogger(RenderFunction.class);
    private static final DateTimeFormatter RELEASE_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Publishing publishing;
    private final Instance<SiteRenderer> renderer;
    private final Clock clock = Clock.systemUTC();

    public RenderFunction(Publishing publishing, Instance<SiteRenderer> renderer) {
        this.publishing = publishing;
        this.renderer = renderer;
    }

    @Funq("render")
    public RenderAnswer render(RenderRequest request) {
        String action = request == null || request.action() == null || request.action().isBlank() ? "publish" : request.action();
        String trigger = request == null || request.trigger() == null ? "direct" : request.trigger();
        LOG.infof("render: action=%s trigger=%s", action, trigger);
        return switch (action) {
            case "publish" -> publish();
            case "rollback" -> {
                var pointer = publishing.publisher().rollBack();
                yield new RenderAnswer("rollback", pointer.current(), pointer.releases(), 0, 0, List.of());
            }
            default -> throw new IllegalArgumentException("action: '" + action + "' is not one of publish, rollback");
        };
    }

    private RenderAnswer publish() {
        if (!renderer.isResolvable()) {
            throw new IllegalStateException("no SiteRenderer in this build: site/lambda must depend on site/generator");
        }
        Path out = null;
        try {
            out = Files.createTempDirectory("kommunefakta-site-");
            int written = renderer.get().render(out);
            String release = RELEASE_ID.format(clock.instant());
            PublishResult result = publishing.publisher().publish(out, release);
            LOG.infof("published %s: %d files rendered, %d uploaded, %d bytes; pruned %s", release, written, result.files(),
                    result.bytes(), result.pruned());
            var history = publishing.publisher().current().orElseThrow().releases();
            return new RenderAnswer("publish", result.release(), history, result.files(), result.bytes(), result.pruned());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work directory in " + System.getProperty("java.io.tmpdir"), e);
        } finally {
            deleteQuietly(out);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("could not clean %s: %s", dir, e.getMessage());
        }
    }
}

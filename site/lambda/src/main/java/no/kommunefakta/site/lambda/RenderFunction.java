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
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.funqy.Funq;
import no.kommunefakta.publish.PageCountOverride;
import no.kommunefakta.publish.PublishResult;

/**
 * {@code render}: one render path for the schedule, publish.yml and deploy.yml. Downloads the last data directory from
 * the bucket, refreshes it from SSB (a failed table keeps its last good data and is reported), uploads it again,
 * renders the site into /tmp with that data ({@code kommunefakta.data-dir}), and publishes it as a new release: link
 * check and page count first (an operator's {@code allowFewerPages} + {@code reason} lets a legitimate shrink through,
 * never a broken link), then atomic upload, pointer, edge. Or rolls back, or re-syncs the edge.
 */
public class RenderFunction {

    private static final Logger LOG = Logger.getLogger(RenderFunction.class);
    private static final DateTimeFormatter RELEASE_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Publishing publishing;
    private final Instance<SiteRenderer> renderer;
    private final Instance<DataRefresher> refresher;
    private final Optional<String> dataDir;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public RenderFunction(Publishing publishing, Instance<SiteRenderer> renderer, Instance<DataRefresher> refresher,
                          @ConfigProperty(name = "kommunefakta.data-dir") Optional<String> dataDir, ObjectMapper json) {
        this.publishing = publishing;
        this.json = json;
        this.renderer = renderer;
        this.refresher = refresher;
        this.dataDir = dataDir.filter(d -> !d.isBlank());
    }

    /**
     * With an {@code idempotencyKey}, runs at most once per key ({@link RunRecords}): a repeated delivery answers
     * {@code duplicate} and does nothing; the outcome is recorded under {@code runs/<key>.json} for the caller to poll.
     */
    @Funq("render")
    public RenderAnswer render(RenderRequest request) {
        RenderRequest r = request == null ? new RenderRequest(null, null, null, null, null) : request;
        if (r.idempotencyKey() == null || r.idempotencyKey().isBlank()) {
            return run(r);
        }
        String key = RunRecords.checked(r.idempotencyKey());
        var runs = new RunRecords(publishing.s3(), publishing.config().bucket(), json, clock);
        Optional<String> earlier = runs.claim(key, r.actionOrDefault());
        if (earlier.isPresent()) {
            LOG.warnf("render: idempotency key %s was used before, nothing done; its record: %s", key, earlier.get());
            var pointer = publishing.publisher().current();
            return RenderAnswer.pointerOnly("duplicate", pointer.map(p -> p.current()).orElse(""),
                    pointer.map(p -> p.releases()).orElse(List.of()));
        }
        try {
            RenderAnswer answer = run(r);
            runs.done(key, r.actionOrDefault(), answer);
            return answer;
        } catch (RuntimeException e) {
            runs.failed(key, r.actionOrDefault(), e.getMessage());
            throw e;
        }
    }

    private RenderAnswer run(RenderRequest r) {
        String action = r.actionOrDefault();
        Optional<PageCountOverride> override = r.pageCountOverride();
        LOG.infof("render: action=%s trigger=%s", action, r.triggerOrDefault());
        override.ifPresent(o -> LOG.warnf("render: page-count override from trigger=%s: allowFewerPages=%d, reason: %s",
                r.triggerOrDefault(), o.pages(), o.reason()));
        return switch (action) {
            case "publish" -> publish(override);
            case "rollback" -> {
                var pointer = publishing.publisher().rollBack();
                yield RenderAnswer.pointerOnly("rollback", pointer.current(), pointer.releases());
            }
            case "sync" -> {
                var pointer = publishing.publisher().sync()
                        .orElseThrow(() -> new IllegalStateException("nothing published yet; nothing to sync"));
                yield RenderAnswer.pointerOnly("sync", pointer.current(), pointer.releases());
            }
            default -> throw new IllegalArgumentException("action: '" + action + "' is not one of publish, rollback, sync");
        };
    }

    private RenderAnswer publish(Optional<PageCountOverride> override) {
        if (!renderer.isResolvable()) {
            throw new IllegalStateException("no SiteRenderer in this build: site/lambda must depend on site/generator");
        }
        Path out = null;
        try {
            String refresh = refreshData();
            out = Files.createTempDirectory("kommunefakta-site-");
            int written = renderer.get().render(out, override.map(RenderFunction::merknad));
            String release = RELEASE_ID.format(clock.instant());
            PublishResult result = publishing.publisher().publish(out, release, override);
            LOG.infof("published %s: %d files rendered, %d uploaded, %d bytes, %d pages (%d before)%s; pruned %s", release, written,
                    result.files(), result.bytes(), result.pages(), result.livePages(),
                    result.override().map(o -> ", allowFewerPages=" + o.pages() + " (" + o.reason() + ")").orElse(""),
                    result.pruned());
            keepData();
            var history = publishing.publisher().current().orElseThrow().releases();
            return new RenderAnswer("publish", result.release(), history, result.files(), result.bytes(), result.pruned(), refresh,
                    result.pages(), result.livePages(), result.override().map(RenderAnswer.PageOverride::of));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work directory in " + System.getProperty("java.io.tmpdir"), e);
        } finally {
            deleteQuietly(out);
        }
    }

    /** The release log's note for an approved shrink (it is public: the log shows why pages went away). */
    static String merknad(PageCountOverride o) {
        return "Godkjent nedgang til " + o.pages() + " sider: " + o.reason();
    }

    /** Last data from the bucket → refresh; the render reads the same directory. */
    private String refreshData() {
        if (dataDir.isEmpty()) {
            LOG.warn("kommunefakta.data-dir is not set: rendering the embedded data, nothing refreshed or kept");
            return "skipped";
        }
        Path dir = Path.of(dataDir.get());
        LOG.infof("data: %d files of the last refresh restored into %s", dataStore().download(dir), dir);
        if (!publishing.config().refresh() || !refresher.isResolvable()) {
            return "skipped";
        }
        boolean ok = refresher.get().refresh(dir);
        if (!ok) {
            LOG.warn("refresh: some SSB tables failed; they keep their last good data and the site says so");
        }
        return ok ? "ok" : "failed";
    }

    /**
     * Back to the bucket once the release is live: the refreshed tables and the release log ({@code endringer.json}),
     * which the render extends, so the log lists published releases only.
     */
    private void keepData() {
        dataDir.map(Path::of).ifPresent(dir -> LOG.infof("data: %d files kept in the bucket for the next render",
                dataStore().upload(dir)));
    }

    private DataStore dataStore() {
        return new DataStore(publishing.s3(), publishing.config().bucket(), publishing.config().dataPrefix());
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

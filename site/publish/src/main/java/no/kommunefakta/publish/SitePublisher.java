package no.kommunefakta.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Publishes a rendered site directory atomically.
 *
 * <ol>
 *   <li>Every file is uploaded under a new, immutable prefix {@code releases/<id>/}. Readers cannot reach it yet.</li>
 *   <li>The prefix is listed back and compared with the local files: only a whole release goes live.</li>
 *   <li>ONE {@code PutObject} replaces the pointer object {@value #POINTER_KEY} (conditional on the version read
 *       in step 0, so two concurrent publishers cannot silently overwrite each other).</li>
 *   <li>The edge is told to serve the new release ({@link EdgeSwitch}: the CloudFront KeyValueStore), and told again
 *       if the pointer moved on meanwhile, so it always ends on the pointer's live release.</li>
 *   <li>Releases that fell out of the retained history are deleted; a release that never was in the pointer only
 *       once its newest object is older than the upload grace (another publisher may still be uploading it), and
 *       never one the pointer names now.</li>
 * </ol>
 * Before anything is uploaded the site must be fit to replace the live one: no broken internal link
 * ({@link LinkCheck}) and at least as many pages as the live release; otherwise {@link ReleaseRefused}. A legitimate
 * shrink needs a {@link PageCountOverride} naming the new release's exact page count; it never excuses broken links.
 * If anything fails before step 3 the pointer, and so the live site, is untouched; the partial prefix is removed.
 * {@link #rollBack()} is one conditional {@code PutObject} of the pointer with its head dropped.
 */
public final class SitePublisher {

    /** Key of the pointer object at the bucket root. */
    public static final String POINTER_KEY = "current";

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final System.Logger LOG = System.getLogger(SitePublisher.class.getName());

    private final S3Client s3;
    private final String bucket;
    private final int retention;
    private final int parallelUploads;

    /** Default number of uploads in flight. */
    public static final int DEFAULT_PARALLEL_UPLOADS = 8;

    /** Default age below which an unknown release prefix counts as still uploading (render Lambda timeout: 10 min). */
    public static final java.time.Duration DEFAULT_UPLOAD_GRACE = java.time.Duration.ofHours(1);

    /** Key of the error page CloudFront serves for missing objects (copied from the live release). */
    public static final String ERROR_PAGE_KEY = "errors/404.html";

    private final EdgeSwitch edge;
    private final java.time.Duration uploadGrace;

    /**
     * @param s3        client for the site bucket
     * @param bucket    site bucket name
     * @param retention number of releases kept (live + rollback targets), at least 2
     */
    public SitePublisher(S3Client s3, String bucket, int retention) {
        this(s3, bucket, retention, DEFAULT_PARALLEL_UPLOADS);
    }

    /**
     * @param parallelUploads uploads in flight at once (the site has thousands of small files)
     */
    public SitePublisher(S3Client s3, String bucket, int retention, int parallelUploads) {
        this(s3, bucket, retention, parallelUploads, EdgeSwitch.NONE, DEFAULT_UPLOAD_GRACE);
    }

    /**
     * @param edge        what the edge reads the live release from
     * @param uploadGrace how old an unknown release must be before pruning may delete it
     */
    public SitePublisher(S3Client s3, String bucket, int retention, int parallelUploads, EdgeSwitch edge,
                         java.time.Duration uploadGrace) {
        if (retention < 2) {
            throw new IllegalArgumentException("retention: must keep at least 2 releases (live + previous), was " + retention);
        }
        if (parallelUploads < 1) {
            throw new IllegalArgumentException("parallelUploads: must be at least 1, was " + parallelUploads);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.retention = retention;
        this.parallelUploads = parallelUploads;
        this.edge = edge;
        this.uploadGrace = uploadGrace;
    }

    /** The pointer as it is now, empty before the first publication. */
    public Optional<Pointer> current() {
        return readPointer().map(VersionedPointer::pointer);
    }

    /** Uploads {@code siteDir} as release {@code releaseId} and makes it live. */
    public PublishResult publish(Path siteDir, String releaseId) {
        return publish(siteDir, releaseId, Optional.empty());
    }

    /**
     * As {@link #publish(Path, String)}; with {@code override} the release may have fewer pages than the live one, but
     * then exactly {@link PageCountOverride#pages()} of them.
     */
    public PublishResult publish(Path siteDir, String releaseId, Optional<PageCountOverride> override) {
        Pointer.requireValidId(releaseId);
        Map<String, Path> files = siteFiles(siteDir);
        if (!files.containsKey("index.html")) {
            throw new IllegalArgumentException("siteDir: " + siteDir + " has no index.html; refusing to publish an incomplete site");
        }
        Optional<VersionedPointer> before = readPointer();
        if (before.map(p -> p.pointer().releases().contains(releaseId)).orElse(false)) {
            throw new IllegalArgumentException("releaseId: '" + releaseId + "' was already published; use a new id");
        }
        PageCount count = refuseUnfit(releaseId, files, before.map(p -> p.pointer().current()), override);

        String prefix = ReleaseRouter.RELEASES + releaseId + "/";
        List<String> uploaded = java.util.Collections.synchronizedList(new ArrayList<>());
        long bytes = files.values().stream().mapToLong(SitePublisher::size).sum();
        try {
            upload(prefix, files, uploaded);
            verifyWhole(prefix, files);
        } catch (SdkException | PublishException e) {
            deleteQuietly(uploaded, e);
            throw new PublishException("release " + releaseId + " not published (" + uploaded.size() + " of " + files.size()
                    + " uploads attempted); live site unchanged", e);
        }

        Pointer next = before.map(p -> p.pointer().advance(releaseId, retention)).orElseGet(() -> new Pointer(List.of(releaseId)));
        try {
            writePointer(next, before);
        } catch (PublishException e) {
            deleteQuietly(uploaded, e);
            throw e;
        }
        copyErrorPage(releaseId);
        showLive(next);
        List<String> previous = before.map(p -> p.pointer().releases()).orElse(List.of());
        return new PublishResult(releaseId, previous, files.size(), bytes, prune(next, previous), count.pages(), count.livePages(),
                override);
    }

    private record PageCount(int pages, int livePages) {
    }

    /**
     * Refuses a site with broken internal links (always), with fewer pages than the live release (unless overridden),
     * or whose page count is not the one an override names.
     */
    private PageCount refuseUnfit(String releaseId, Map<String, Path> files, Optional<String> live,
                                  Optional<PageCountOverride> override) {
        List<LinkCheck.BrokenLink> broken = LinkCheck.broken(files);
        if (!broken.isEmpty()) {
            throw new ReleaseRefused("release " + releaseId + " refused: " + broken.size() + " broken internal link(s), e.g. "
                    + broken.subList(0, Math.min(5, broken.size())).stream().map(b -> b.page() + " -> " + b.target()).toList()
                    + (override.isPresent() ? " (allowFewerPages never excuses broken links)" : "") + "; live site unchanged");
        }
        int pages = (int) files.keySet().stream().filter(k -> k.endsWith(".html")).count();
        int livePages = live.map(id -> (int) s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(ReleaseRouter.RELEASES + id + "/"))
                .contents().stream().filter(o -> o.key().endsWith(".html")).count()).orElse(0);
        String liveText = live.map(id -> "the live release " + id + " has " + livePages).orElse("nothing is live yet");
        if (override.isPresent()) {
            PageCountOverride o = override.get();
            if (pages != o.pages()) {
                throw new ReleaseRefused("release " + releaseId + " refused: " + pages + " pages, but allowFewerPages=" + o.pages()
                        + " allows exactly " + o.pages() + " (" + liveText + "); live site unchanged");
            }
            LOG.log(System.Logger.Level.WARNING, "release " + releaseId + ": " + pages + " pages, " + liveText
                    + "; allowed by allowFewerPages=" + o.pages() + ", reason: " + o.reason());
        } else if (pages < livePages) {
            throw new ReleaseRefused("release " + releaseId + " refused: " + pages + " pages, " + liveText
                    + "; if that shrink is intended, publish with allowFewerPages=" + pages + " and a reason; live site unchanged");
        }
        return new PageCount(pages, livePages);
    }

    /** Tells the edge the pointer's live release; again if the pointer moved on meanwhile (another publisher). */
    private void showLive(Pointer written) {
        String shown = written.current();
        edge.show(shown);
        for (int i = 0; i < 3; i++) {
            String now = readPointer().map(p -> p.pointer().current()).orElse(shown);
            if (now.equals(shown)) {
                return;
            }
            edge.show(now);
            shown = now;
        }
    }

    /** Makes the edge serve the pointer's live release (repairs a switch that failed after the pointer was written). */
    public Optional<Pointer> sync() {
        Optional<Pointer> now = current();
        now.ifPresent(this::showLive);
        return now;
    }

    private void copyErrorPage(String releaseId) {
        String source = ReleaseRouter.RELEASES + releaseId + "/404.html";
        try {
            s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(source).destinationBucket(bucket).destinationKey(ERROR_PAGE_KEY)
                    .cacheControl("public, max-age=60").contentType(ContentTypes.of("404.html"))
                    .metadataDirective(software.amazon.awssdk.services.s3.model.MetadataDirective.REPLACE));
        } catch (NoSuchKeyException e) {
            LOG.log(System.Logger.Level.WARNING, "release " + releaseId + " has no 404.html; the error page stays as it was");
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "release " + releaseId + " has no 404.html; the error page stays as it was");
        }
    }

    /** Makes the previous release live again: one conditional write of the pointer. */
    public Pointer rollBack() {
        VersionedPointer now = readPointer().orElseThrow(() -> new PublishException("nothing published yet; nothing to roll back"));
        if (!now.pointer().canRollBack()) {
            throw new PublishException("no previous release to roll back to (only " + now.pointer().current() + ")");
        }
        Pointer back = now.pointer().rollBack();
        writePointer(back, Optional.of(now));
        copyErrorPage(back.current());
        showLive(back);
        return back;
    }

    /** Uploads every file under {@code prefix}; stops at the first failure (the caller removes what was uploaded). */
    private void upload(String prefix, Map<String, Path> files, List<String> uploaded) {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(parallelUploads, r -> {
            var t = new Thread(r, "site-upload");
            t.setDaemon(true);
            return t;
        });
        var done = new java.util.concurrent.ExecutorCompletionService<String>(pool);
        var failed = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            for (var file : files.entrySet()) {
                done.submit(() -> {
                    if (failed.get()) {
                        return null;
                    }
                    String key = prefix + file.getKey();
                    // recorded before the attempt: a PUT can land even when its answer is lost
                    uploaded.add(key);
                    try {
                        s3.putObject(PutObjectRequest.builder()
                                .bucket(bucket)
                                .key(key)
                                .contentType(ContentTypes.of(file.getKey()))
                                .cacheControl(IMMUTABLE)
                                .build(), RequestBody.fromFile(file.getValue()));
                    } catch (SdkException e) {
                        failed.set(true);
                        throw e;
                    }
                    return key;
                });
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    done.take().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof SdkException sdk) {
                        throw sdk;
                    }
                    throw new PublishException("upload failed: " + e.getCause(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while uploading", e);
        } finally {
            pool.shutdown(); // queued tasks see `failed` and skip; in-flight uploads finish before cleanup
            try {
                pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record VersionedPointer(Pointer pointer, String etag) {
    }

    private Optional<VersionedPointer> readPointer() {
        try {
            var response = s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(POINTER_KEY).build());
            return Optional.of(new VersionedPointer(Pointer.parse(response.asByteArray()), response.response().eTag()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    private void writePointer(Pointer next, Optional<VersionedPointer> expected) {
        var request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(POINTER_KEY)
                .contentType("text/plain; charset=utf-8")
                .cacheControl("no-store");
        expected.ifPresentOrElse(p -> request.ifMatch(p.etag()), () -> request.ifNoneMatch("*"));
        try {
            s3.putObject(request.build(), RequestBody.fromBytes(next.toBytes()));
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                // The SDK retries a write whose answer was lost; the retry then fails its own precondition.
                // If the pointer now holds exactly what we wrote, our write landed.
                if (readPointer().map(VersionedPointer::pointer).filter(next::equals).isPresent()) {
                    return;
                }
                throw new PublishException("the pointer changed while publishing (another publisher?); live site not switched to "
                        + next.current(), e);
            }
            throw e;
        }
    }

    private void verifyWhole(String prefix, Map<String, Path> files) {
        Map<String, Long> remote = new LinkedHashMap<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()
                .forEach((S3Object o) -> remote.put(o.key().substring(prefix.length()), o.size()));
        for (var file : files.entrySet()) {
            Long remoteSize = remote.get(file.getKey());
            if (remoteSize == null || remoteSize != size(file.getValue())) {
                throw new PublishException("uploaded release is not whole: " + prefix + file.getKey()
                        + (remoteSize == null ? " is missing" : " has " + remoteSize + " bytes, expected " + size(file.getValue())));
            }
        }
    }

    /**
     * Deletes releases that are neither in {@code kept} nor in the pointer as it is now: those that fell out of the
     * history ({@code previous}) at once, others (failed or abandoned uploads) only when older than the upload grace,
     * since another publisher may be uploading them right now.
     */
    private List<String> prune(Pointer kept, List<String> previous) {
        List<String> pruned = new ArrayList<>();
        try {
            List<String> releases = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(ReleaseRouter.RELEASES).delimiter("/"))
                    .commonPrefixes().stream()
                    .map(CommonPrefix::prefix)
                    .map(p -> p.substring(ReleaseRouter.RELEASES.length(), p.length() - 1))
                    .toList();
            java.util.Set<String> keep = new java.util.HashSet<>(kept.releases());
            readPointer().ifPresent(p -> keep.addAll(p.pointer().releases()));
            java.time.Instant cutoff = java.time.Instant.now().minus(uploadGrace);
            for (String release : releases) {
                if (keep.contains(release)) {
                    continue;
                }
                List<S3Object> objects = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(ReleaseRouter.RELEASES + release + "/"))
                        .contents().stream().toList();
                boolean dropped = previous.contains(release);
                boolean abandoned = objects.stream().map(S3Object::lastModified).allMatch(t -> t.isBefore(cutoff));
                if (dropped || abandoned) {
                    delete(objects.stream().map(S3Object::key).toList());
                    pruned.add(release);
                }
            }
        } catch (SdkException e) {
            // the new release is live already; leftovers are pruned by the next publication
            LOG.log(System.Logger.Level.WARNING, "pruning old releases failed; will retry on next publication", e);
        }
        return pruned;
    }

    private void deleteQuietly(List<String> keys, Exception cause) {
        try {
            delete(keys);
        } catch (SdkException e) {
            cause.addSuppressed(e);
        }
    }

    private void delete(List<String> keys) {
        for (int from = 0; from < keys.size(); from += 1000) {
            var batch = keys.subList(from, Math.min(keys.size(), from + 1000)).stream()
                    .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
            s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().objects(batch).quiet(true).build()));
        }
    }

    /** Relative, '/'-separated paths of all regular files, sorted for a deterministic upload order. */
    static Map<String, Path> siteFiles(Path siteDir) {
        if (!Files.isDirectory(siteDir)) {
            throw new IllegalArgumentException("siteDir: " + siteDir + " is not a directory");
        }
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(siteDir)) {
            walk.filter(Files::isRegularFile)
                    .sorted()
                    .forEach(p -> files.put(siteDir.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException("siteDir: cannot read " + siteDir, e);
        }
        return files;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

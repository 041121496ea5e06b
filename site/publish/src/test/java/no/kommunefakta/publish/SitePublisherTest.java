package no.kommunefakta.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Publication against S3Proxy running inside the test JVM (transient store, random port). */
class SitePublisherTest {

    private static final String BUCKET = "kommunefakta-site";

    @RegisterExtension
    final S3ProxyExtension s3proxy = S3ProxyExtension.builder()
            .withCredentials("access", "secret")
            .withPort(0)
            .build();

    @TempDir
    Path tmp;

    S3Client s3;

    @BeforeEach
    void client() {
        s3 = S3Clients.create("eu-north-1", Optional.of(s3proxy.getUri()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(s3proxy.getAccessKey(), s3proxy.getSecretKey())));
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterEach
    void close() {
        s3.close();
    }

    @Test
    void firstPublicationUploadsTheReleaseAndPointsAtIt() throws IOException {
        Path site = site("v1", 3);
        var publisher = new SitePublisher(s3, BUCKET, 3);

        var result = publisher.publish(site, "r1");

        assertThat(result.release()).isEqualTo("r1");
        assertThat(result.previous()).isEmpty();
        assertThat(result.files()).isEqualTo(5);
        assertThat(keys("releases/")).containsExactly(
                "releases/r1/css/site.css", "releases/r1/index.html",
                "releases/r1/kommune/k0.html", "releases/r1/kommune/k1.html", "releases/r1/kommune/k2.html");
        assertThat(live("index.html")).isEqualTo("<html>v1 index</html>");
        assertThat(publisher.current()).contains(new Pointer(List.of("r1")));

        var head = s3.headObject(b -> b.bucket(BUCKET).key("releases/r1/index.html"));
        assertThat(head.contentType().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
        assertThat(head.cacheControl()).isEqualTo(SitePublisher.IMMUTABLE);
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key("releases/r1/css/site.css")).contentType())
                .satisfies(ct -> assertThat(ct.replace(" ", "")).isEqualTo("text/css;charset=utf-8"));
    }

    @Test
    void secondPublicationFlipsThePointerAndKeepsThePreviousRelease() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 3);
        publisher.publish(site("v1", 2), "r1");

        var result = publisher.publish(site("v2", 2), "r2");

        assertThat(result.previous()).containsExactly("r1");
        assertThat(publisher.current().orElseThrow().releases()).containsExactly("r2", "r1");
        assertThat(live("kommune/k1.html")).isEqualTo("<html>v2 k1</html>");
        assertThat(text("releases/r1/kommune/k1.html")).isEqualTo("<html>v1 k1</html>");
    }

    @Test
    void publicationInterruptedHalfWayLeavesTheLiveSiteUntouched() throws IOException {
        new SitePublisher(s3, BUCKET, 3).publish(site("v1", 4), "r1");
        var pointerBefore = text(SitePublisher.POINTER_KEY);
        var releaseBefore = keys("releases/r1/");

        // the network dies after three uploads of the new release
        S3Client failing = failingAfter(s3, 3);
        var publisher = new SitePublisher(failing, BUCKET, 3, 1);

        assertThatThrownBy(() -> publisher.publish(site("v2", 4), "r2"))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("release r2 not published (4 of 6 uploads attempted); live site unchanged")
                .hasRootCauseMessage("injected: connection reset after 3 uploads");

        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo(pointerBefore).isEqualTo("r1\n");
        assertThat(live("kommune/k2.html")).isEqualTo("<html>v1 k2</html>");
        assertThat(keys("releases/r1/")).isEqualTo(releaseBefore);
        assertThat(keys("releases/r2/")).as("partial release removed").isEmpty();

        // the next attempt publishes normally
        new SitePublisher(s3, BUCKET, 3).publish(site("v2", 4), "r2");
        assertThat(live("kommune/k2.html")).isEqualTo("<html>v2 k2</html>");
    }

    @Test
    void parallelUploadInterruptedLeavesTheLiveSiteUntouchedAndNoPartialRelease() throws IOException {
        new SitePublisher(s3, BUCKET, 3).publish(site("v1", 40), "r1");

        var publisher = new SitePublisher(failingAfter(s3, 20), BUCKET, 3, 4);

        assertThatThrownBy(() -> publisher.publish(site("v2", 40), "r2"))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("live site unchanged");
        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo("r1\n");
        assertThat(live("kommune/k39.html")).isEqualTo("<html>v1 k39</html>");
        assertThat(keys("releases/r2/")).as("partial release removed").isEmpty();
    }

    @Test
    void rollbackIsOnePointerWriteBackToThePreviousRelease() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 3);
        publisher.publish(site("v1", 1), "r1");
        publisher.publish(site("v2", 1), "r2");

        var counting = new AtomicInteger();
        Pointer back = new SitePublisher(countingPuts(s3, counting), BUCKET, 3).rollBack();

        assertThat(back.releases()).containsExactly("r1");
        assertThat(counting).as("PutObject calls in a rollback").hasValue(1);
        assertThat(live("index.html")).isEqualTo("<html>v1 index</html>");
        assertThat(keys("releases/r2/")).as("rolled-back release stays for inspection until pruned").isNotEmpty();
        assertThatThrownBy(publisher::rollBack)
                .isInstanceOf(PublishException.class)
                .hasMessage("no previous release to roll back to (only r1)");
    }

    @Test
    void oldReleasesBeyondRetentionArePruned() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 2);
        publisher.publish(site("v1", 1), "r1");
        publisher.publish(site("v2", 1), "r2");

        var result = publisher.publish(site("v3", 1), "r3");

        assertThat(result.pruned()).containsExactly("r1");
        assertThat(publisher.current().orElseThrow().releases()).containsExactly("r3", "r2");
        assertThat(keys("releases/")).allMatch(k -> k.startsWith("releases/r2/") || k.startsWith("releases/r3/"));
    }

    @Test
    void aConcurrentPointerChangeIsDetectedAndNotOverwritten() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 3);
        publisher.publish(site("v1", 1), "r1");
        // another publisher flips the pointer while our upload is running
        S3Client racing = beforeNthPut(s3, 3, () -> s3.putObject(
                b -> b.bucket(BUCKET).key(SitePublisher.POINTER_KEY),
                software.amazon.awssdk.core.sync.RequestBody.fromString("other\nr1\n")));

        assertThatThrownBy(() -> new SitePublisher(racing, BUCKET, 3).publish(site("v2", 1), "r2"))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("the pointer changed while publishing");
        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo("other\nr1\n");
    }

    @Test
    void badInputIsRejectedWithTheFieldAndValue() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 3);
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("a.css"), "x");

        assertThatThrownBy(() -> publisher.publish(empty, "r1"))
                .hasMessageContaining("siteDir: ").hasMessageContaining("has no index.html");
        assertThatThrownBy(() -> publisher.publish(site("v1", 1), "../evil"))
                .hasMessageStartingWith("releaseId: '../evil' is not a release id");
        assertThatThrownBy(() -> new SitePublisher(s3, BUCKET, 1))
                .hasMessageStartingWith("retention: must keep at least 2");
        assertThat(keys("")).isEmpty();
    }

    @Test
    void aReleaseWithFewerPagesThanTheLiveOneIsRefusedBeforeUploading() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 3);
        publisher.publish(site("v1", 4), "r1");

        assertThatThrownBy(() -> publisher.publish(site("v2", 3), "r2"))
                .isInstanceOf(ReleaseRefused.class)
                .hasMessage("release r2 refused: 4 pages, the live release r1 has 5; if that shrink is intended, publish with"
                        + " allowFewerPages=4 and a reason; live site unchanged");
        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo("r1\n");
        assertThat(keys("releases/r2/")).isEmpty();
        var result = publisher.publish(site("v2", 4), "r2");
        assertThat(result.release()).as("as many pages is fine").isEqualTo("r2");
        assertThat(result.pages()).isEqualTo(5);
        assertThat(result.livePages()).isEqualTo(5);
        assertThat(result.override()).isEmpty();
    }

    @Test
    void aShrinkIsPublishedWithAnOverrideNamingItsExactPageCount() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 3);
        publisher.publish(site("v1", 4), "r1");
        var merged = new PageCountOverride(3, "kommune k3 merged into k2");

        var result = publisher.publish(site("v2", 2), "r2", Optional.of(merged));

        assertThat(result.release()).isEqualTo("r2");
        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.livePages()).isEqualTo(5);
        assertThat(result.override()).contains(merged);
        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo("r2\nr1\n");
        assertThat(keys("releases/r2/")).containsExactly("releases/r2/css/site.css", "releases/r2/index.html",
                "releases/r2/kommune/k0.html", "releases/r2/kommune/k1.html");
    }

    @Test
    void anOverrideWithAnotherPageCountIsRefused() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 3);
        publisher.publish(site("v1", 9), "r1");

        // the operator expected one kommune to go; the render lost seven pages
        assertThatThrownBy(() -> publisher.publish(site("v2", 2), "r2", Optional.of(new PageCountOverride(9, "one kommune merged"))))
                .isInstanceOf(ReleaseRefused.class)
                .hasMessage("release r2 refused: 3 pages, but allowFewerPages=9 allows exactly 9 (the live release r1 has 10);"
                        + " live site unchanged");
        // nor does it let through a release that did not shrink as expected
        assertThatThrownBy(() -> publisher.publish(site("v2", 9), "r2", Optional.of(new PageCountOverride(9, "one kommune merged"))))
                .isInstanceOf(ReleaseRefused.class)
                .hasMessageStartingWith("release r2 refused: 10 pages, but allowFewerPages=9 allows exactly 9");
        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo("r1\n");
        assertThat(keys("releases/r2/")).isEmpty();
    }

    @Test
    void anOverrideNeverExcusesBrokenLinks() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 3);
        publisher.publish(site("v1", 3), "r1");
        Path shrunk = site("v2", 2);
        Files.writeString(shrunk.resolve("index.html"), "<html><a href=\"/kommune/k2.html\">merged away</a></html>");

        assertThatThrownBy(() -> publisher.publish(shrunk, "r2", Optional.of(new PageCountOverride(3, "k2 merged into k1"))))
                .isInstanceOf(ReleaseRefused.class)
                .hasMessage("release r2 refused: 1 broken internal link(s), e.g. [/index.html -> /kommune/k2.html]"
                        + " (allowFewerPages never excuses broken links); live site unchanged");
        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo("r1\n");
        assertThat(keys("releases/r2/")).isEmpty();
    }

    @Test
    void anOverrideNeedsAPageCountAndAOneLineReason() {
        assertThatThrownBy(() -> new PageCountOverride(0, "x"))
                .hasMessage("allowFewerPages: 0 is not a page count (a whole number of at least 1)");
        assertThatThrownBy(() -> new PageCountOverride(3, " "))
                .hasMessage("reason: required with allowFewerPages=3 (why the site legitimately shrinks)");
        assertThatThrownBy(() -> new PageCountOverride(3, "merged\nFAKE LOG LINE"))
                .hasMessage("reason: 'merged?FAKE LOG LINE' must be one line of text without control characters");
        assertThatThrownBy(() -> new PageCountOverride(3, "x".repeat(301)))
                .hasMessage("reason: 301 characters, at most 300 are kept");
        assertThat(new PageCountOverride(3, "  k2 merged into k1 ").reason()).isEqualTo("k2 merged into k1");
    }

    @Test
    void aReleaseWithBrokenInternalLinksIsRefusedBeforeUploading() throws IOException {
        var publisher = new SitePublisher(s3, BUCKET, 3);
        publisher.publish(site("v1", 2), "r1");
        Path broken = site("v2", 2);
        Files.writeString(broken.resolve("kommune/k1.html"), "<html><a href=\"/kommune/k0.html\">ok</a> <a href=\"/om/\">gone</a>"
                + " <a href=\"https://www.ssb.no/x\">external</a> <a href=\"#top\">fragment</a> <img src=\"../css/site.css\"></html>");

        assertThatThrownBy(() -> publisher.publish(broken, "r2"))
                .isInstanceOf(ReleaseRefused.class)
                .hasMessage("release r2 refused: 1 broken internal link(s), e.g. [/kommune/k1.html -> /om/]; live site unchanged");
        assertThat(keys("releases/r2/")).isEmpty();
        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo("r1\n");
    }

    @Test
    void pruningNeverDeletesAReleaseAnotherPublisherIsStillUploading() throws IOException {
        var publisherB = new SitePublisher(s3, BUCKET, 2);
        publisherB.publish(site("v1", 2), "r1");
        publisherB.publish(site("v2", 2), "r2");
        List<String> seenWhileUploading = new java.util.ArrayList<>();
        // A uploads r3 slowly; half-way, B publishes r4 and prunes (r1 falls out of B's history)
        S3Client slowA = beforeNthPut(s3, 3, () -> {
            try {
                assertThat(publisherB.publish(site("v4", 2), "r4").pruned()).containsExactly("r1");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            seenWhileUploading.addAll(keys("releases/r3/"));
        });

        assertThatThrownBy(() -> new SitePublisher(slowA, BUCKET, 2, 1).publish(site("v3", 2), "r3"))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("the pointer changed while publishing");

        assertThat(seenWhileUploading).as("A's upload survived B's pruning").containsExactly("releases/r3/css/site.css", "releases/r3/index.html");
        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo("r4\nr2\n");
        assertThat(live("kommune/k1.html")).isEqualTo("<html>v4 k1</html>");
        assertThat(keys("releases/r3/")).as("A removed its own release when it lost the race").isEmpty();
        assertThat(keys("releases/r1/")).isEmpty();
        assertThat(keys("releases/r2/")).isNotEmpty();
    }

    @Test
    void pruningNeverDeletesTheReleaseAnotherPublisherJustMadeLive() throws IOException {
        var publisherB = new SitePublisher(s3, BUCKET, 2);
        publisherB.publish(site("v1", 1), "r1");
        // A (no upload grace: only the pointer protects) is about to prune when B publishes r3
        S3Client racingA = beforePrune(s3, () -> {
            try {
                publisherB.publish(site("v3", 1), "r3");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var result = new SitePublisher(racingA, BUCKET, 2, 1, EdgeSwitch.NONE, java.time.Duration.ZERO).publish(site("v2", 1), "r2");

        assertThat(result.pruned()).doesNotContain("r3");
        assertThat(text(SitePublisher.POINTER_KEY)).isEqualTo("r3\nr2\n");
        assertThat(live("index.html")).isEqualTo("<html>v3 index</html>");
    }

    @Test
    void abandonedUploadsArePrunedOnceOlderThanTheGrace() throws IOException {
        new SitePublisher(s3, BUCKET, 3).publish(site("v1", 1), "r1");
        s3.putObject(b -> b.bucket(BUCKET).key("releases/crashed/index.html"), software.amazon.awssdk.core.sync.RequestBody.fromString("x"));

        var young = new SitePublisher(s3, BUCKET, 3).publish(site("v2", 1), "r2");
        assertThat(young.pruned()).isEmpty();
        var old = new SitePublisher(s3, BUCKET, 3, 1, EdgeSwitch.NONE, java.time.Duration.ZERO).publish(site("v3", 1), "r3");
        assertThat(old.pruned()).containsExactly("crashed");
        assertThat(keys("releases/")).noneMatch(k -> k.startsWith("releases/crashed/"));
    }

    @Test
    void theEdgeIsSwitchedAfterThePointerAndTheErrorPageFollowsTheLiveRelease() throws IOException {
        List<String> shown = new java.util.ArrayList<>();
        EdgeSwitch edge = release -> {
            assertThat(text(SitePublisher.POINTER_KEY)).as("pointer written before the edge switches").startsWith(release + "\n");
            shown.add(release);
        };
        var publisher = new SitePublisher(s3, BUCKET, 3, 2, edge, SitePublisher.DEFAULT_UPLOAD_GRACE);
        Path v1 = site("v1", 1);
        Files.writeString(v1.resolve("404.html"), "<html>v1 404</html>");
        publisher.publish(v1, "r1");
        Path v2 = site("v2", 1);
        Files.writeString(v2.resolve("404.html"), "<html>v2 404</html>");
        publisher.publish(v2, "r2");
        assertThat(text(SitePublisher.ERROR_PAGE_KEY)).isEqualTo("<html>v2 404</html>");

        publisher.rollBack();

        assertThat(shown).containsExactly("r1", "r2", "r1");
        assertThat(text(SitePublisher.ERROR_PAGE_KEY)).isEqualTo("<html>v1 404</html>");
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key(SitePublisher.ERROR_PAGE_KEY)).contentType().replace(" ", ""))
                .isEqualTo("text/html;charset=utf-8");
        assertThat(publisher.sync()).map(Pointer::current).contains("r1");
        assertThat(shown).last().isEqualTo("r1");
    }

    private static S3Client beforePrune(S3Client delegate, Runnable action) {
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("listObjectsV2Paginator") && args != null && args[0] instanceof java.util.function.Consumer<?>
                            && !done.get()) {
                        var probe = software.amazon.awssdk.services.s3.model.ListObjectsV2Request.builder();
                        @SuppressWarnings("unchecked")
                        var consumer = (java.util.function.Consumer<software.amazon.awssdk.services.s3.model.ListObjectsV2Request.Builder>) args[0];
                        consumer.accept(probe);
                        if ("/".equals(probe.build().delimiter()) && done.compareAndSet(false, true)) {
                            action.run();
                        }
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    // --- helpers ---

    private Path site(String version, int pages) throws IOException {
        Path dir = Files.createTempDirectory(tmp, version);
        Files.writeString(dir.resolve("index.html"), "<html>" + version + " index</html>");
        Files.createDirectories(dir.resolve("css"));
        Files.writeString(dir.resolve("css/site.css"), "body{} /* " + version + " */");
        Files.createDirectories(dir.resolve("kommune"));
        for (int i = 0; i < pages; i++) {
            Files.writeString(dir.resolve("kommune/k" + i + ".html"), "<html>" + version + " k" + i + "</html>");
        }
        return dir;
    }

    /** What a reader gets for {@code path}: resolve the pointer, then read inside the live release. */
    private String live(String path) {
        String release = Pointer.parse(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(SitePublisher.POINTER_KEY)).asByteArray()).current();
        String location = ReleaseRouter.location("/" + path, release).orElseThrow();
        return text(location.substring(1));
    }

    private String text(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asString(StandardCharsets.UTF_8);
    }

    private List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix)).contents().stream()
                .map(S3Object::key).filter(k -> !k.equals(SitePublisher.POINTER_KEY) || !prefix.isEmpty()).sorted().toList();
    }

    private static S3Client failingAfter(S3Client delegate, int successfulPuts) {
        var puts = new AtomicInteger();
        return intercepting(delegate, () -> {
            if (puts.getAndIncrement() >= successfulPuts) {
                throw SdkClientException.create("injected: connection reset after " + successfulPuts + " uploads");
            }
        });
    }

    private static S3Client countingPuts(S3Client delegate, AtomicInteger counter) {
        return intercepting(delegate, counter::incrementAndGet);
    }

    private static S3Client beforeNthPut(S3Client delegate, int n, Runnable action) {
        var puts = new AtomicInteger();
        return intercepting(delegate, () -> {
            if (puts.incrementAndGet() == n) {
                action.run();
            }
        });
    }

    /** A client that runs {@code beforePut} before every PutObject and otherwise delegates. */
    private static S3Client intercepting(S3Client delegate, Runnable beforePut) {
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("putObject") && args != null && args[0] instanceof PutObjectRequest) {
                        beforePut.run();
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void readingBeforeAnyPublicationIsEmpty() {
        assertThat(new SitePublisher(s3, BUCKET, 2).current()).isEmpty();
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket(BUCKET).key(SitePublisher.POINTER_KEY)))
                .isInstanceOf(NoSuchKeyException.class);
    }
}

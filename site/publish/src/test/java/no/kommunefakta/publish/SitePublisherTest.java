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

package no.kommunefakta.site.lambda;

import no.kommunefakta.lambdatest.PackagedLambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.kommunefakta.publish.KeyValueStoreStandIn;
import no.kommunefakta.publish.S3Clients;
import no.kommunefakta.publish.SitePublisher;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The real site {@code function.zip} (JVM via the runtime interface client, or native {@code bootstrap}) as the
 * deployed render Lambda against S3Proxy: rolling back, and refresh (SSB unreachable: the last data is kept and the
 * site still published) → render of the real site → link check → atomic publication; the edge switch through the
 * CloudFront KeyValueStore API (SigV4a over the JDK HTTP client) against {@link KeyValueStoreStandIn}, which verifies
 * the signature. Every error path answers the caller with the message (never a Lambda timeout): bad input, a refresh
 * that cannot restore its data, a refused release, a failed edge switch.
 */
class SiteLambdaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "kommunefakta-site-packaged";
    /** A whole-site render (and upload of its ~6,000 files to S3Proxy) on a busy 2-core machine. */
    private static final java.time.Duration RENDER_TIMEOUT = java.time.Duration.ofMinutes(6);

    static S3ProxyJunitCore s3proxy;
    static S3Client s3;
    static KeyValueStoreStandIn kvs;

    @BeforeAll
    static void s3() throws Exception {
        // the signing test suite's credentials: the only ones the KeyValueStore stand-in verifies, S3Proxy takes them too
        s3proxy = new S3ProxyJunitCore.Builder().withCredentials(KeyValueStoreStandIn.ACCESS_KEY, KeyValueStoreStandIn.SECRET_KEY)
                .withPort(0).build();
        s3proxy.beforeEach();
        s3 = S3Clients.create("eu-north-1", Optional.of(s3proxy.getUri()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(KeyValueStoreStandIn.ACCESS_KEY, KeyValueStoreStandIn.SECRET_KEY)));
        kvs = KeyValueStoreStandIn.start();
        s3.createBucket(b -> b.bucket(BUCKET));
        var publisher = new SitePublisher(s3, BUCKET, 5);
        publisher.publish(site("first"), "20261120T070500Z");
        publisher.publish(site("second"), "20261123T070500Z");
    }

    @AfterAll
    static void stop() {
        kvs.close();
        s3.close();
        s3proxy.afterEach();
    }

    @Test
    void renderRollsBackWithOneCall() throws Exception {
        try (var lambda = start("rollback")) {
            var before = new SitePublisher(s3, BUCKET, 5).current().orElseThrow().releases();
            JsonNode answer = JSON.readTree(lambda.invoke("{\"action\":\"rollback\",\"trigger\":\"it\"}"));

            assertThat(answer.path("live").asText()).as(lambda.logTail()).isEqualTo(before.get(1));
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(SitePublisher.POINTER_KEY)).asString(StandardCharsets.UTF_8))
                    .isEqualTo(String.join("\n", before.subList(1, before.size())) + "\n");
        }
    }

    @Test
    void aBadPageCountOverrideIsRefusedNamingTheFieldBeforeAnythingIsRendered() throws Exception {
        try (var lambda = start("bad-override")) {
            var before = new SitePublisher(s3, BUCKET, 5).current().orElseThrow();
            String answer = lambda.invoke("{\"trigger\":\"it\",\"allowFewerPages\":\"356 pages\",\"reason\":\"merged\"}");

            assertThat(answer).as(lambda.logTail()).contains("allowFewerPages: '356 pages' is not a page count (a whole number of at least 1)")
                    .doesNotContain("at no.kommunefakta");
            assertThat(new SitePublisher(s3, BUCKET, 5).current()).contains(before);
        }
    }

    @Test
    void syncTellsTheKeyValueStoreTheLiveReleaseSignedWithSigV4a() throws Exception {
        var env = Map.of("SITE_KEY_VALUE_STORE_ARN", KeyValueStoreStandIn.ARN,
                "SITE_KEY_VALUE_STORE_ENDPOINT", kvs.endpoint().toString());
        try (var lambda = start("sync", env)) {
            String live = new SitePublisher(s3, BUCKET, 5).current().orElseThrow().current();
            JsonNode answer = JSON.readTree(lambda.invoke("{\"action\":\"sync\",\"trigger\":\"it\"}"));

            assertThat(answer.path("live").asText()).as(lambda.logTail()).isEqualTo(live);
            assertThat(kvs.store()).containsEntry("live", live);
            assertThat(kvs.requests()).last().asString().startsWith("PUT /key-value-stores/").endsWith("/keys/live signed If-Match=KV1");
        }
    }

    @Test
    void aFailedEdgeSwitchIsAnErrorNamingTheStore() throws Exception {
        String unknown = "arn:aws:cloudfront::123456789012:key-value-store/00000000-0000-0000-0000-000000000000";
        var env = Map.of("SITE_KEY_VALUE_STORE_ARN", unknown, "SITE_KEY_VALUE_STORE_ENDPOINT", kvs.endpoint().toString());
        try (var lambda = start("sync-refused", env)) {
            String answer = lambda.invoke("{\"action\":\"sync\",\"trigger\":\"it\"}");

            assertThat(answer).as(lambda.logTail()).contains("KeyValueStore " + unknown + ": GET ", " answered 404")
                    .doesNotContain("at no.kommunefakta");
        }
    }

    @Test
    void aRefreshThatCannotRestoreItsDataIsAnErrorNamingTheBucket() throws Exception {
        try (var lambda = start("refresh-failed", Map.of("SITE_BUCKET", "kommunefakta-no-such-bucket"))) {
            String answer = lambda.invoke("{\"trigger\":\"it\"}");

            assertThat(answer).as(lambda.logTail())
                    .contains("data: cannot restore the last refresh from s3://kommunefakta-no-such-bucket/data/")
                    .doesNotContain("at no.kommunefakta");
        }
    }

    @Test
    void aRefusedReleaseIsAnErrorAndTheLiveSiteStays() throws Exception {
        try (var lambda = start("refused")) {
            var before = new SitePublisher(s3, BUCKET, 5).current().orElseThrow();
            String answer = lambda.invoke("{\"trigger\":\"it\",\"allowFewerPages\":\"1\",\"reason\":\"it: not the real count\"}",
                    RENDER_TIMEOUT);

            assertThat(answer).as(lambda.logTail()).containsPattern("release \\d{8}T\\d{6}Z refused: \\d+ pages, but allowFewerPages=1"
                    + " allows exactly 1 \\(the live release " + before.current() + " has \\d+\\); live site unchanged")
                    .doesNotContain("at no.kommunefakta");
            assertThat(new SitePublisher(s3, BUCKET, 5).current()).contains(before);
        }
    }

    @Test
    void renderPublishesTheGeneratedSiteAtomically() throws Exception {
        try (var lambda = start("publish")) {
            JsonNode answer = JSON.readTree(lambda.invoke("{\"trigger\":\"it\"}", RENDER_TIMEOUT));

            String live = answer.path("live").asText();
            assertThat(answer.path("files").asInt()).as(lambda.logTail()).isGreaterThan(300);
            assertThat(answer.path("refresh").asText()).as("SSB unreachable here").isEqualTo("failed");
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(SitePublisher.POINTER_KEY)).asString(StandardCharsets.UTF_8))
                    .startsWith(live + "\n");
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("releases/" + live + "/index.html")).asString(StandardCharsets.UTF_8))
                    .contains("<html");
        }
    }

    private static PackagedLambda start(String folder) throws Exception {
        return start(folder, Map.of());
    }

    /** The render Lambda, its files under {@code function.work/<folder>}, with {@code env} added or overriding. */
    private static PackagedLambda start(String folder, Map<String, String> env) throws Exception {
        var all = new java.util.HashMap<>(Map.of("QUARKUS_FUNQY_EXPORT", "render",
                        "SITE_BUCKET", BUCKET,
                        "SITE_ENDPOINT", s3proxy.getUri().toString(),
                        // SSB is not reachable from tests: a closed local port fails fast, as an outage would
                        "KOMMUNEFAKTA_PXWEBAPI_BASE_URL", "http://127.0.0.1:9/api/pxwebapi/v2",
                        "KOMMUNEFAKTA_PXWEBAPI_RETRIES", "0",
                        "KOMMUNEFAKTA_DATA_DIR", Path.of(System.getProperty("function.work"), "data").toAbsolutePath().toString(),
                        "KOMMUNEFAKTA_SITE_URL", "https://kommunefakta.example",
                        "AWS_ACCESS_KEY_ID", KeyValueStoreStandIn.ACCESS_KEY,
                        "AWS_SECRET_ACCESS_KEY", KeyValueStoreStandIn.SECRET_KEY));
        all.putAll(env);
        return PackagedLambda.startBuilt(folder, PackagedLambda.FUNQY_HANDLER, all);
    }

    private static Path site(String version) throws Exception {
        Path dir = Files.createTempDirectory("site-" + version);
        Files.writeString(dir.resolve("index.html"), "<html>" + version + "</html>");
        Files.createDirectories(dir.resolve("kommune/0301"));
        Files.writeString(dir.resolve("kommune/0301/index.html"), "<html>Oslo " + version + "</html>");
        return dir;
    }
}

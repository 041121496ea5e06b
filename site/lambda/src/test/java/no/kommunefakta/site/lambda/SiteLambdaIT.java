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

import no.kommunefakta.publish.S3Clients;
import no.kommunefakta.publish.SitePublisher;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The real site {@code function.zip} (JVM via the runtime interface client, or native {@code bootstrap}) as the two
 * deployed render Lambda against S3Proxy: rolling back, and refresh (SSB unreachable: the last data is kept and the
 * site still published) → render of the real site → link check → atomic publication.
 */
class SiteLambdaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "kommunefakta-site-packaged";

    static S3ProxyJunitCore s3proxy;
    static S3Client s3;

    @BeforeAll
    static void s3() throws Exception {
        s3proxy = new S3ProxyJunitCore.Builder().withCredentials("access", "secret").withPort(0).build();
        s3proxy.beforeEach();
        s3 = S3Clients.create("eu-north-1", Optional.of(s3proxy.getUri()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")));
        s3.createBucket(b -> b.bucket(BUCKET));
        var publisher = new SitePublisher(s3, BUCKET, 5);
        publisher.publish(site("first"), "20261120T070500Z");
        publisher.publish(site("second"), "20261123T070500Z");
    }

    @AfterAll
    static void stop() {
        s3.close();
        s3proxy.afterEach();
    }

    @Test
    void renderRollsBackWithOneCall() throws Exception {
        try (var lambda = start("render")) {
            var before = new SitePublisher(s3, BUCKET, 5).current().orElseThrow().releases();
            JsonNode answer = JSON.readTree(lambda.invoke("{\"action\":\"rollback\",\"trigger\":\"it\"}"));

            assertThat(answer.path("live").asText()).as(lambda.logTail()).isEqualTo(before.get(1));
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(SitePublisher.POINTER_KEY)).asString(StandardCharsets.UTF_8))
                    .isEqualTo(String.join("\n", before.subList(1, before.size())) + "\n");
        }
    }

    @Test
    void aBadPageCountOverrideIsRefusedNamingTheFieldBeforeAnythingIsRendered() throws Exception {
        try (var lambda = start("render")) {
            var before = new SitePublisher(s3, BUCKET, 5).current().orElseThrow();
            String answer = lambda.invoke("{\"trigger\":\"it\",\"allowFewerPages\":\"356 pages\",\"reason\":\"merged\"}");

            assertThat(answer).as(lambda.logTail()).contains("allowFewerPages: '356 pages' is not a page count (a whole number of at least 1)")
                    .doesNotContain("at no.kommunefakta");
            assertThat(new SitePublisher(s3, BUCKET, 5).current()).contains(before);
        }
    }

    @Test
    void renderPublishesTheGeneratedSiteAtomically() throws Exception {
        try (var lambda = start("render")) {
            JsonNode answer = JSON.readTree(lambda.invoke("{\"trigger\":\"it\"}", java.time.Duration.ofMinutes(3)));

            String live = answer.path("live").asText();
            assertThat(answer.path("files").asInt()).as(lambda.logTail()).isGreaterThan(300);
            assertThat(answer.path("refresh").asText()).as("SSB unreachable here").isEqualTo("failed");
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(SitePublisher.POINTER_KEY)).asString(StandardCharsets.UTF_8))
                    .startsWith(live + "\n");
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("releases/" + live + "/index.html")).asString(StandardCharsets.UTF_8))
                    .contains("<html");
        }
    }

    private static PackagedLambda start(String export) throws Exception {
        return PackagedLambda.startBuilt(export, PackagedLambda.FUNQY_HANDLER,
                Map.of("QUARKUS_FUNQY_EXPORT", export,
                        "SITE_BUCKET", BUCKET,
                        "SITE_ENDPOINT", s3proxy.getUri().toString(),
                        // SSB is not reachable from tests: a closed local port fails fast, as an outage would
                        "KOMMUNEFAKTA_PXWEBAPI_BASE_URL", "http://127.0.0.1:9/api/pxwebapi/v2",
                        "KOMMUNEFAKTA_PXWEBAPI_RETRIES", "0",
                        "KOMMUNEFAKTA_DATA_DIR", Path.of(System.getProperty("function.work"), "data").toAbsolutePath().toString(),
                        "KOMMUNEFAKTA_SITE_URL", "https://kommunefakta.example",
                        "AWS_ACCESS_KEY_ID", "access",
                        "AWS_SECRET_ACCESS_KEY", "secret"));
    }

    private static Path site(String version) throws Exception {
        Path dir = Files.createTempDirectory("site-" + version);
        Files.writeString(dir.resolve("index.html"), "<html>" + version + "</html>");
        Files.createDirectories(dir.resolve("kommune/0301"));
        Files.writeString(dir.resolve("kommune/0301/index.html"), "<html>Oslo " + version + "</html>");
        return dir;
    }
}

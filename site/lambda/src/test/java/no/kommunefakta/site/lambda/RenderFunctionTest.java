package no.kommunefakta.site.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import no.kommunefakta.publish.SitePublisher;

/**
 * {@code render} through the mock Lambda event server: refresh into the data kept in the bucket, render, publish
 * atomically to S3Proxy, roll back.
 */
@QuarkusTest
@QuarkusTestResource(S3ProxyResource.class)
@TestProfile(RenderFunctionTest.ExportRender.class)
class RenderFunctionTest {

    public static class ExportRender implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "render");
        }
    }

    @Test
    void refreshedDataIsKeptInTheBucketAndAFailedRefreshStillPublishes() throws Exception {
        given().contentType("application/json").body("{\"trigger\":\"test\"}")
                .post().then().statusCode(200).body("refresh", equalTo("ok"));
        Thread.sleep(1100); // release ids have second resolution
        FixedDataRefresher.failNext = true;
        String live = given().contentType("application/json").body("{\"trigger\":\"test\"}")
                .post().then().statusCode(200)
                .body("refresh", equalTo("failed"))
                .body("action", equalTo("publish"))
                .extract().path("live");

        assertThat(pointer()).startsWith(live + "\n");
        try (var s3 = S3ProxyResource.client()) {
            // the second run started from the first run's data (downloaded), and its result went back to the bucket
            assertThat(s3.getObjectAsBytes(b -> b.bucket(S3ProxyResource.BUCKET).key("data/refresh-status.csv"))
                    .asString(StandardCharsets.UTF_8)).startsWith("tabell;hentet;status;melding\n12362;2026-11-29T08:05:00Z;ok;\n"
                            + "12362;2026-11-29T08:05:00Z;feilet;SSB svarte 503\n");
        }
    }

    @Test
    void publishesTwoReleasesThenRollsBackWithOneCall() throws Exception {
        Thread.sleep(1100);
        String first = given().contentType("application/json").body("{\"trigger\":\"test\"}")
                .post()
                .then().statusCode(200)
                .body("action", equalTo("publish"))
                .body("files", equalTo(3))
                .extract().path("live");
        Thread.sleep(1100); // release ids have second resolution
        String second = given().contentType("application/json").body("{\"action\":\"publish\",\"trigger\":\"test\"}")
                .post()
                .then().statusCode(200)
                .body("history[1]", equalTo(first))
                .extract().path("live");
        assertThat(second).isGreaterThan(first);
        assertThat(pointer()).startsWith(second + "\n" + first + "\n");
        try (var s3 = S3ProxyResource.client()) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket(S3ProxyResource.BUCKET).key("releases/" + second + "/kommune/0301/index.html"))
                    .asString(StandardCharsets.UTF_8)).contains("Oslo");
        }

        given().contentType("application/json").body("{\"action\":\"rollback\"}")
                .post()
                .then().statusCode(200)
                .body("action", equalTo("rollback"))
                .body("live", equalTo(first));
        assertThat(pointer()).startsWith(first + "\n");
    }

    @Test
    void aShrinkGoesLiveOnlyWithTheOperatorsExactPageCount() throws Exception {
        Thread.sleep(1100); // release ids have second resolution
        String before = given().contentType("application/json").body("{\"trigger\":\"test\"}")
                .post().then().statusCode(200)
                .body("pages", equalTo(2))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("override")))
                .extract().path("live");
        Thread.sleep(1100);

        FixedSiteRenderer.shrinkNext = true;
        String refused = given().contentType("application/json").body("{\"trigger\":\"test\"}")
                .post().then().statusCode(500).extract().asString();
        assertThat(refused).contains("refused: 1 pages, the live release " + before + " has 2; if that shrink is intended,"
                + " publish with allowFewerPages=1 and a reason");
        FixedSiteRenderer.shrinkNext = true;
        given().contentType("application/json").body("{\"trigger\":\"test\",\"allowFewerPages\":\"2\",\"reason\":\"Oslo split\"}")
                .post().then().statusCode(500).body(org.hamcrest.Matchers.containsString("1 pages, but allowFewerPages=2 allows exactly 2"));
        assertThat(pointer()).startsWith(before + "\n");

        FixedSiteRenderer.shrinkNext = true;
        given().contentType("application/json")
                .body("{\"trigger\":\"workflow_dispatch\",\"allowFewerPages\":1,\"reason\":\"Oslo merged away (test)\"}")
                .post().then().statusCode(200)
                .body("pages", equalTo(1))
                .body("pagesBefore", equalTo(2))
                .body("override.allowFewerPages", equalTo(1))
                .body("override.reason", equalTo("Oslo merged away (test)"))
                .body("history[1]", equalTo(before));
        // the public release log says why the pages went away
        assertThat(FixedSiteRenderer.lastNote).contains("Godkjent nedgang til 1 sider: Oslo merged away (test)");
    }

    @Test
    void aBadOverrideIsRefusedNamingTheFieldBeforeAnythingIsRendered() {
        String pointerBefore = pointerOrEmpty();
        String answer = given().contentType("application/json").body("{\"trigger\":\"test\",\"allowFewerPages\":\"lots\",\"reason\":\"x\"}")
                .post().then().statusCode(500).extract().asString();

        assertThat(answer).contains("allowFewerPages: 'lots' is not a page count").doesNotContain("at no.kommunefakta");
        assertThat(pointerOrEmpty()).isEqualTo(pointerBefore);
    }

    /**
     * Asynchronous invocations are delivered at least once and a CLI may retry its call: one idempotency key makes
     * one release, whatever the number of deliveries, and its outcome is recorded for the caller to poll.
     */
    @Test
    void aRepeatedDeliveryOfOneIdempotencyKeyMakesOneRelease() throws Exception {
        Thread.sleep(1100); // release ids have second resolution
        String key = "gh-4711-1-publish-" + System.nanoTime();
        String event = "{\"trigger\":\"workflow_dispatch\",\"idempotencyKey\":\"" + key + "\"}";
        String live = given().contentType("application/json").body(event)
                .post().then().statusCode(200).body("action", equalTo("publish")).extract().path("live");
        Thread.sleep(1100);
        given().contentType("application/json").body(event)
                .post().then().statusCode(200).body("action", equalTo("duplicate")).body("live", equalTo(live)).body("files", equalTo(0));

        assertThat(pointer()).as("no second release").startsWith(live + "\n").doesNotStartWith(live + "\n" + live);
        assertThat(record(key)).contains("\"key\":\"" + key + "\"", "\"state\":\"done\"", "\"live\":\"" + live + "\"");

        String failing = "gh-4711-2-publish-" + System.nanoTime();
        given().contentType("application/json")
                .body("{\"trigger\":\"test\",\"allowFewerPages\":\"lots\",\"reason\":\"x\",\"idempotencyKey\":\"" + failing + "\"}")
                .post().then().statusCode(500);
        assertThat(record(failing)).contains("\"state\":\"failed\"", "allowFewerPages: 'lots' is not a page count");

        given().contentType("application/json").body("{\"idempotencyKey\":\"../../current\"}")
                .post().then().statusCode(500).body(org.hamcrest.Matchers.containsString("idempotencyKey: '../../current' is not"));
        assertThat(pointer()).startsWith(live + "\n");
    }

    private static String record(String key) {
        try (var s3 = S3ProxyResource.client()) {
            return s3.getObjectAsBytes(b -> b.bucket(S3ProxyResource.BUCKET).key("runs/" + key + ".json")).asString(StandardCharsets.UTF_8);
        }
    }

    private static String pointerOrEmpty() {
        try {
            return pointer();
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return "";
        }
    }

    private static String pointer() {
        try (var s3 = S3ProxyResource.client()) {
            return s3.getObjectAsBytes(b -> b.bucket(S3ProxyResource.BUCKET).key(SitePublisher.POINTER_KEY)).asString(StandardCharsets.UTF_8);
        }
    }
}

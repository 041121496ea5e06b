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


    private static String pointer() {
        try (var s3 = S3ProxyResource.client()) {
            return s3.getObjectAsBytes(b -> b.bucket(S3ProxyResource.BUCKET).key(SitePublisher.POINTER_KEY)).asString(StandardCharsets.UTF_8);
        }
    }
}

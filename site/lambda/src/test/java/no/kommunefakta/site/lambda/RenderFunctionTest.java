package no.kommunefakta.site.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import no.kommunefakta.publish.SitePublisher;

/** {@code render} through the mock Lambda event server: render, publish atomically to S3Proxy, roll back. */
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
    void publishesTwoReleasesThenRollsBackWithOneCall() throws Exception {
        String first = given().contentType("application/json").body("{\"trigger\":\"test\"}")
                .post()
                .then().statusCode(200)
                .body("action", equalTo("publish"))
                .body("files", equalTo(3))
                .body("history", hasSize(1))
                .extract().path("live");
        Thread.sleep(1100); // release ids have second resolution
        String second = given().contentType("application/json").body("{\"action\":\"publish\",\"trigger\":\"test\"}")
                .post()
                .then().statusCode(200)
                .body("history", hasSize(2))
                .extract().path("live");
        assertThat(second).isGreaterThan(first);
        assertThat(pointer()).isEqualTo(second + "\n" + first + "\n");
        try (var s3 = S3ProxyResource.client()) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket(S3ProxyResource.BUCKET).key("releases/" + second + "/kommune/0301/index.html"))
                    .asString(StandardCharsets.UTF_8)).contains("Oslo");
        }

        given().contentType("application/json").body("{\"action\":\"rollback\"}")
                .post()
                .then().statusCode(200)
                .body("action", equalTo("rollback"))
                .body("live", equalTo(first));
        assertThat(pointer()).isEqualTo(first + "\n");
    }

    private static String pointer() {
        try (var s3 = S3ProxyResource.client()) {
            return s3.getObjectAsBytes(b -> b.bucket(S3ProxyResource.BUCKET).key(SitePublisher.POINTER_KEY)).asString(StandardCharsets.UTF_8);
        }
    }
}

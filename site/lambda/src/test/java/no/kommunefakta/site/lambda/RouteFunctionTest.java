package no.kommunefakta.site.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.kommunefakta.publish.SitePublisher;

/** {@code route} through the mock Lambda event server, against S3Proxy. */
@QuarkusTest
@QuarkusTestResource(S3ProxyResource.class)
class RouteFunctionTest {

    @Test
    void redirectsIntoTheLiveReleaseOrSaysNotPublished() throws Exception {
        // nothing published: 503, not a redirect to nowhere
        given().contentType("application/json").body("{\"rawPath\":\"/\",\"version\":\"2.0\",\"headers\":{}}")
                .post()
                .then().statusCode(200)
                .body("statusCode", equalTo(503))
                .body("headers.Cache-Control", equalTo("no-store"));

        Path site = Files.createTempDirectory("route-test");
        Files.writeString(site.resolve("index.html"), "<html>r1</html>");
        try (var s3 = S3ProxyResource.client()) {
            new SitePublisher(s3, S3ProxyResource.BUCKET, 3).publish(site, "20261123T080500Z");
        }
        Thread.sleep(10); // pointer cache in tests is PT0S (application.properties under src/test)

        given().contentType("application/json")
                .body("{\"version\":\"2.0\",\"rawPath\":\"/kommune/0301/\",\"requestContext\":{\"http\":{\"method\":\"GET\"}}}")
                .post()
                .then().statusCode(200)
                .body("statusCode", equalTo(302))
                .body("headers.Location", equalTo("/releases/20261123T080500Z/kommune/0301/index.html"))
                .body("headers.Cache-Control", equalTo("public, max-age=60"));
        given().contentType("application/json").body("{\"rawPath\":\"/../current\"}")
                .post()
                .then().statusCode(200)
                .body("statusCode", equalTo(404));
    }
}

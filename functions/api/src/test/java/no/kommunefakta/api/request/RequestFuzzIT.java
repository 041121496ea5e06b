package no.kommunefakta.api.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import no.kommunefakta.api.Routes;
import no.kommunefakta.fuzz.FuzzRun;
import no.kommunefakta.fuzz.Invariants;
import org.junit.jupiter.api.Test;

/**
 * 10 000 hostile and valid bodies (jqwik arbitraries of every request type and byte-level mutations of valid ones)
 * against the packaged app over HTTP: never 5xx, always JSON, a 4xx names the field and value, a 2xx is a complete
 * answer, no Java/package/parser names; and none of the client errors reaches the app's log as an error. The bench
 * ({@code kostra-bench.jar fuzz}) runs 100 000 per route.
 */
@QuarkusIntegrationTest
class RequestFuzzIT {

    static final int PAYLOADS = 10_000;
    static final long SEED = 20261129L;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noPayloadBreaksAnInvariant() throws Exception {
        List<Routes.Route> routes = Routes.FUNCTIONS;
        for (int i = 0; i < routes.size(); i++) {
            String route = routes.get(i).name();
            int share = PAYLOADS / routes.size() + (i < PAYLOADS % routes.size() ? 1 : 0);
            FuzzRun.Report report = FuzzRun.run(this::send, route, share, SEED + i);
            System.out.println(report.summary());

            assertThat(report.violations()).as(report.summary()).isEmpty();
            assertThat(report.byStatus()).as("valid and refused requests both occur").containsKeys(200, 400);
        }
        Path log = Path.of("target", "quarkus.log");
        if (Files.exists(log)) {
            assertThat(Files.readAllLines(log)).as("client errors are not logged as errors")
                    .noneMatch(line -> line.contains(" ERROR "));
        }
    }

    private Invariants.Answer send(String route, byte[] body) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/" + route))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Invariants.Answer(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
    }
}

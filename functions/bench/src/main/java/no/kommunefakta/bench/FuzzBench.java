package no.kommunefakta.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import no.kommunefakta.fuzz.FuzzRun;
import no.kommunefakta.fuzz.Invariants;
import no.kommunefakta.fuzz.Payloads;

/**
 * The fuzz suite at bench scale: N payloads per route (default 100 000) against the packaged app over HTTP, every
 * answer checked against {@link Invariants}. Exit code 1 when any answer breaks one.
 */
final class FuzzBench {

    private FuzzBench() {
    }

    static int run(int perRoute, long seed) throws Exception {
        int violations = 0;
        try (FunctionsApp app = FunctionsApp.start(List.of())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            FuzzRun.Target target = (route, body) -> {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(app.uri(route))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                return new Invariants.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                        r.body());
            };
            System.out.printf("fuzz: %d payloads per route, seed %d, app RSS at start %.0f MB%n", perRoute, seed,
                    app.rssMb());
            // the routes run side by side, each from its own seed
            List<java.util.concurrent.Future<FuzzRun.Report>> runs = new java.util.ArrayList<>();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(Payloads.ROUTES.size());
            for (int i = 0; i < Payloads.ROUTES.size(); i++) {
                String route = Payloads.ROUTES.get(i);
                long routeSeed = seed + i;
                runs.add(pool.submit(() -> FuzzRun.run(target, route, perRoute, routeSeed)));
            }
            pool.shutdown();
            for (var run : runs) {
                FuzzRun.Report report = run.get();
                System.out.println(report.summary());
                report.violations().forEach(v -> System.out.println("  " + v));
                violations += report.violationCount();
            }
            System.out.printf("app RSS at end %.0f MB (peak %.0f MB)%n", app.rssMb(), app.peakRssMb());
        }
        return violations == 0 ? 0 : 1;
    }
}

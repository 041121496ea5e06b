package no.kommunefakta.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of {@code validatePosting} over local HTTP, against the no-op {@code ping} function of the same app in
 * the same run (alternating rounds, median of each), with a few concurrent keep-alive clients.
 */
final class HttpBench {
    private static final String POSTING = "{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\","
            + "\"record\":\"0A2024 110300                  1222 010      100\"}";
    private static final int CLIENTS = 4;
    private static final int ROUNDS = 5;
    private static final int WARMUP_ROUNDS = 3;

    private HttpBench() {
    }

    static void run(int seconds) throws Exception {
        try (FunctionsApp app = FunctionsApp.start(List.of())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
            URI ping = app.uri("ping");
            URI validate = app.uri("validatePosting");
            String answer = send(client, validate, POSTING);
            if (!answer.contains("\"verdict\":\"OK\"")) {
                throw new IllegalStateException("validatePosting answered " + answer);
            }
            for (int w = 0; w < WARMUP_ROUNDS; w++) {
                measure(client, ping, "", seconds);
                measure(client, validate, POSTING, seconds);
            }
            double[] noop = new double[ROUNDS];
            double[] real = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                noop[r] = measure(client, ping, "", seconds);
                real[r] = measure(client, validate, POSTING, seconds);
            }
            double n = Bench.median(noop);
            double v = Bench.median(real);
            System.out.printf("no-op ping: %.0f req/s (rounds %s)%n", n, java.util.Arrays.toString(noop));
            System.out.printf("validatePosting: %.0f req/s (rounds %s)%n", v, java.util.Arrays.toString(real));
            System.out.printf("validatePosting / no-op = %.1f %% (%d clients, %d s per round)%n", 100 * v / n,
                    CLIENTS, seconds);
        }
    }

    private static String send(HttpClient client, URI uri, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static double measure(HttpClient client, URI uri, String body, int seconds) throws InterruptedException {
        AtomicLong count = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        send(client, uri, body);
                        count.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return count.get() / (double) seconds;
    }
}

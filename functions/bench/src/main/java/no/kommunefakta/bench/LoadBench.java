package no.kommunefakta.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Each endpoint at saturation for a fixed time, in its own app process whose heap is the memory of the endpoint's
 * Lambda (infra {@code ApiRoute}): throughput, latency p50/p99/max (HdrHistogram), errors (any answer but 200), and
 * the app's RSS at the start and end of the measured period.
 */
final class LoadBench {

    /**
     * One endpoint under load.
     *
     * @param heapMb  the Lambda's memory, used as the heap size ({@code -Xmx})
     * @param clients concurrent keep-alive connections: enough to keep both cores busy
     */
    record Scenario(String route, String description, int heapMb, int clients, byte[] body, String expect) {
    }

    private static final int WARMUP_SECONDS = 15;

    private LoadBench() {
    }

    static void run(int seconds, List<String> only) throws Exception {
        System.out.printf("load: %d s per endpoint after %d s warm-up; load average before %.2f on %d cores%n",
                seconds, WARMUP_SECONDS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        for (Scenario s : scenarios()) {
            if (only.isEmpty() || only.contains(s.route())) {
                measure(s, seconds);
            }
        }
    }

    static List<Scenario> scenarios() throws IOException {
        String posting = "{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\","
                + "\"record\":\"0A2024 110300                  1222 010      100\"}";
        return List.of(
                new Scenario("validatePosting", "one 48-character record", 256, 4, bytes(posting), "\"verdict\""),
                new Scenario("validateFile", "100 000 records (the synthetic 0A file)", 512, 2,
                        bytes(fileRequest(100_000)), "\"verdict\""),
                new Scenario("allocateInternalRent", "one pool, 10 000 users x 100 cost lines, 2024", 256, 2,
                        bytes(rentRequest(10_000, 100)), "\"reconciliation\""));
    }

    private static void measure(Scenario s, int seconds) throws Exception {
        try (FunctionsApp app = FunctionsApp.start(List.of("-Xmx" + s.heapMb() + "m", "-Xms" + s.heapMb() + "m"))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> first = send(http, app, s);
            if (first.statusCode() != 200 || !first.body().contains(s.expect())) {
                throw new IllegalStateException(s.route() + " answered " + first.statusCode() + ": "
                        + first.body().substring(0, Math.min(300, first.body().length())));
            }
            int answerBytes = first.body().getBytes(StandardCharsets.UTF_8).length;
            drive(http, app, s, WARMUP_SECONDS, new Recorder(3), new AtomicLong(), new AtomicLong());
            double rssStart = app.rssMb();
            Recorder recorder = new Recorder(3);
            AtomicLong ok = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            long t0 = System.nanoTime();
            drive(http, app, s, seconds, recorder, ok, errors);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double rssEnd = app.rssMb();
            Histogram h = recorder.getIntervalHistogram();
            System.out.printf("%s (%s; body %.1f MB, answer %.1f MB; heap %d MB, %d clients): %.1f req/s, "
                            + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d requests, %d errors, RSS %.0f MB at start,"
                            + " %.0f MB at end (peak %.0f MB)%n",
                    s.route(), s.description(), s.body().length / 1e6, answerBytes / 1e6, s.heapMb(), s.clients(),
                    ok.get() / elapsed, h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3,
                    h.getMaxValue() / 1e3, ok.get() + errors.get(), errors.get(), rssStart, rssEnd, app.peakRssMb());
        }
    }

    /** {@code clients} threads, each sending the body back to back for {@code seconds}; latency in microseconds. */
    private static void drive(HttpClient http, FunctionsApp app, Scenario s, int seconds, Recorder recorder,
                              AtomicLong ok, AtomicLong errors) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < s.clients(); c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = send(http, app, s);
                        recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1_000));
                        if (r.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static HttpResponse<String> send(HttpClient http, FunctionsApp app, Scenario s)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(app.uri(s.route())).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(s.body())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String fileRequest(int records) throws IOException {
        StringWriter file = new StringWriter();
        PerfFile.write(records, file);
        StringBuilder json = new StringBuilder("{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\","
                + "\"records\":[");
        String[] lines = file.toString().split("\n");
        for (int i = 0; i < lines.length; i++) {
            json.append(i == 0 ? "\"" : ",\"").append(lines[i]).append('"');
        }
        return json.append("]}").toString();
    }

    /** The shape of {@code RentBench} (functions/kostra): ten service functions, every tenth line calculated. */
    static String rentRequest(int users, int lines) {
        String[] functions = {"120", "201", "202", "213", "215", "241", "253", "370", "380", "383"};
        String[] arts = {"010", "020", "050", "090", "099", "120", "180", "181", "185", "190", "195", "200", "230",
            "240", "250", "260"};
        Random random = new Random(42);
        StringBuilder json = new StringBuilder("{\"entity\":\"kommune\",\"region\":\"420400\",\"aargang\":\"2024\","
                + "\"pools\":[{\"id\":\"fdv\",\"lines\":[");
        for (int l = 0; l < lines; l++) {
            String amount = BigDecimal.valueOf((long) (random.nextDouble() * 50_000_000_00L), 2).toPlainString();
            json.append(l == 0 ? "" : ",");
            if (l % 10 == 9) {
                json.append("{\"amount\":\"").append(amount).append("\",\"kind\":\"CALCULATED\"}");
            } else if (l % 10 == 8) {
                json.append("{\"art\":\"590\",\"amount\":\"").append(amount).append("\",\"kind\":\"DEPRECIATION\"}");
            } else {
                json.append("{\"art\":\"").append(arts[random.nextInt(arts.length)]).append("\",\"amount\":\"")
                        .append(amount).append("\",\"kind\":\"EXTERNAL\"}");
            }
        }
        json.append("],\"users\":[");
        for (int u = 0; u < users; u++) {
            json.append(u == 0 ? "" : ",").append("{\"id\":\"user-").append(u).append("\",\"funksjon\":\"")
                    .append(functions[random.nextInt(functions.length)]).append("\",\"quantity\":\"")
                    .append(BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2).toPlainString()).append("\"}");
        }
        return json.append("]}]}").toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

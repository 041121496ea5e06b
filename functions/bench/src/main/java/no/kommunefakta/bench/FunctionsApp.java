package no.kommunefakta.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged functions app ({@code quarkus-run.jar}) started on a free port for a bench; stopped on close. */
final class FunctionsApp implements AutoCloseable {
    static final Path JAR = Path.of("functions/api/target/quarkus-app/quarkus-run.jar");

    final int port;
    private final Process process;

    private FunctionsApp(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts the app with {@code jvmOptions} (e.g. a heap size) and waits until {@code /ping} answers. */
    static FunctionsApp start(List<String> jvmOptions) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run ./mvnw -DskipTests package first");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.log.level=WARN", "-jar", JAR.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        FunctionsApp app = new FunctionsApp(port, process);
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                client.send(HttpRequest.newBuilder(app.uri("ping")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.discarding());
                return app;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        app.close();
        throw new IllegalStateException("the functions app did not answer on port " + port + " within 60 s");
    }

    URI uri(String route) {
        return URI.create("http://127.0.0.1:" + port + "/" + route);
    }

    /** Resident set size of the app process in MB (Linux {@code /proc}), or -1 where unknown. */
    double rssMb() {
        return procStatusKb("VmRSS:") / 1024.0;
    }

    /** Peak resident set size in MB. */
    double peakRssMb() {
        return procStatusKb("VmHWM:") / 1024.0;
    }

    private long procStatusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1024;
        }
        return -1024;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}

package no.kommunefakta.lambdatest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import io.quarkus.amazon.lambda.runtime.MockEventServer;

/**
 * Runs a packaged {@code function.zip} the way Lambda does, against Quarkus' {@link MockEventServer} (random port)
 * as the Runtime API: a native zip's {@code bootstrap} directly, a JVM zip through the AWS Lambda runtime interface
 * client. {@link #invoke} posts one event and returns the function's raw response.
 */
public final class PackagedLambda implements AutoCloseable {

    /** Includes the first call's cold start: a JVM zip takes over 30 s to start on a busy 2-core machine. */
    private static final Duration INVOKE_TIMEOUT = Duration.ofSeconds(60);

    private final MockEventServer server;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Whether the zip held a native {@code bootstrap} (else the JVM zip runs through the runtime interface client). */
    public final boolean nativeImage;

    private PackagedLambda(MockEventServer server, Process process, Path log, boolean nativeImage) {
        this.server = server;
        this.process = process;
        this.log = log;
        this.nativeImage = nativeImage;
    }

    /** The JVM handler of a Quarkus Lambda (the HTTP functions). */
    public static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /** The JVM handler of a Funqy Lambda (the render function). */
    public static final String FUNQY_HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest";

    /**
     * Starts the zip the build made, as the integration tests get it: system properties {@code function.zip} and
     * {@code function.work} (this run's files go to {@code function.work/<folder>}).
     */
    public static PackagedLambda startBuilt(String folder, String jvmHandler, Map<String, String> env) throws IOException {
        return start(Path.of(System.getProperty("function.zip")), Path.of(System.getProperty("function.work"), folder), jvmHandler, env);
    }

    public static PackagedLambda start(Path zip, Path work, String jvmHandler, Map<String, String> env) throws IOException {
        Files.createDirectories(work);
        Path dir = unzip(zip, work.resolve("function"));
        var server = new MockEventServer();
        server.start(0);
        boolean nativeImage = Files.isRegularFile(dir.resolve("bootstrap"));
        List<String> command = new ArrayList<>();
        if (nativeImage) {
            command.add(dir.resolve("bootstrap").toString());
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                    "-cp", dir + File.pathSeparator + dir.resolve("lib") + File.separator + "*" + File.pathSeparator + ricClasspath(),
                    "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", jvmHandler));
        }
        Path log = work.resolve("lambda.log");
        var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + server.getPort() + MockEventServer.BASE_PATH);
        builder.environment().put("DISABLE_SIGNAL_HANDLERS", "true");
        builder.environment().put("AWS_REGION", "eu-north-1");
        builder.environment().put("AWS_LAMBDA_FUNCTION_NAME", "kommunefakta-it");
        builder.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256");
        builder.environment().putAll(env);
        return new PackagedLambda(server, builder.start(), log, nativeImage);
    }

    /** Posts {@code event} to the mock Runtime API and waits for the function's answer. */
    public String invoke(String event) throws IOException, InterruptedException {
        return invoke(event, INVOKE_TIMEOUT);
    }

    /** As {@link #invoke(String)}, for functions that legitimately run longer (a whole-site render). */
    public String invoke(String event, Duration timeout) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + MockEventServer.BASE_PATH))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event))
                .build();
        var pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return pending.get(100, TimeUnit.MILLISECONDS).body();
            } catch (java.util.concurrent.TimeoutException e) {
                if (!process.isAlive() || logTail().contains("Exception in thread \"main\"")) {
                    pending.cancel(true);
                    throw new IOException("the function runtime died; function log:\n" + logTail());
                }
                if (System.nanoTime() > deadline) {
                    pending.cancel(true);
                    throw new IOException("no answer within " + timeout + "; function log:\n" + logTail());
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException(e.getCause().getMessage() + "; function log:\n" + logTail(), e.getCause());
            }
        }
    }

    public String logTail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        server.close();
    }

    /** The runtime interface client and its own jars (group com.amazonaws) from the test classpath. */
    private static String ricClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> p.replace('\\', '/'))
                .filter(p -> p.contains("/com/amazonaws/") || p.contains("/software/amazon/awssdk/utils-lite/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path unzip(Path zip, Path target) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("function.zip not found at " + zip + "; run `./mvnw package` first");
        }
        if (Files.exists(target)) {
            try (var walk = Files.walk(target)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        try (var zf = new ZipFile(zip.toFile())) {
            zf.stream().forEach(entry -> {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IllegalStateException("zip entry escapes target: " + entry.getName());
                }
                try {
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        try (var in = zf.getInputStream(entry)) {
                            Files.copy(in, out);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Path bootstrap = target.resolve("bootstrap");
        if (Files.exists(bootstrap)) {
            bootstrap.toFile().setExecutable(true);
        }
        return target;
    }
}

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Start and memory figures of a native Lambda zip (docs/benchmarks.md, section 9), JDK only:
 * {@code java tools/bench/NativeLambdaFigures.java <function.zip> <event.json> <requests> [NAME=value ...]}.
 * Unzips the zip, serves the Lambda Runtime API on 127.0.0.1 (one event per request, the same event each time),
 * starts {@code bootstrap} with it and prints: the time from exec to the first poll of the next event (start), the
 * first answer's latency, then VmRSS/VmHWM after the first and after the last answer, the bootstrap size. An error
 * answer (the function's error posted to the Runtime API) counts as an answer; no answer fails.
 */
public class NativeLambdaFigures {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: NativeLambdaFigures <function.zip> <event.json> <requests> [NAME=value ...]");
        }
        Path dir = Files.createTempDirectory("native-lambda-");
        try (var zip = new ZipFile(args[0])) {
            for (var e : java.util.Collections.list(zip.entries())) {
                Path out = dir.resolve(e.getName()).normalize();
                if (!out.startsWith(dir) || e.isDirectory()) {
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (var in = zip.getInputStream(e)) {
                    Files.copy(in, out);
                }
            }
        }
        Path bootstrap = dir.resolve("bootstrap");
        bootstrap.toFile().setExecutable(true);
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        int requests = Integer.parseInt(args[2]);

        BlockingQueue<Long> polls = new ArrayBlockingQueue<>(requests + 2);
        BlockingQueue<String> answers = new ArrayBlockingQueue<>(requests + 2);
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var served = new java.util.concurrent.atomic.AtomicInteger();
        api.createContext("/2018-06-01/runtime/invocation/next", x -> {
            polls.add(System.nanoTime());
            if (served.incrementAndGet() > requests) {
                return; // keep the last poll open: the process is measured, then ended
            }
            x.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", "r" + served.get());
            x.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", String.valueOf(System.currentTimeMillis() + 600_000));
            x.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-north-1:123456789012:function:figures");
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, event.length);
            x.getResponseBody().write(event);
            x.close();
        });
        api.createContext("/2018-06-01/runtime/invocation/", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            answers.add(x.getRequestURI().getPath().endsWith("/error") ? "ERROR " + body : body);
            x.sendResponseHeaders(202, -1);
            x.close();
        });
        api.createContext("/2018-06-01/runtime/init/error", x -> {
            answers.add("INIT ERROR " + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            x.sendResponseHeaders(202, -1);
            x.close();
        });
        api.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        api.start();

        var pb = new ProcessBuilder(bootstrap.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("lambda.log").toFile());
        pb.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + api.getAddress().getPort());
        pb.environment().put("AWS_REGION", "eu-north-1");
        pb.environment().put("AWS_LAMBDA_FUNCTION_NAME", "figures");
        pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256");
        pb.environment().put("DISABLE_SIGNAL_HANDLERS", "true");
        for (int i = 3; i < args.length; i++) {
            pb.environment().put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        long exec = System.nanoTime();
        Process p = pb.start();
        try {
            Long firstPoll = polls.poll(120, TimeUnit.SECONDS);
            if (firstPoll == null) {
                throw new IllegalStateException("bootstrap never polled; log:\n" + Files.readString(dir.resolve("lambda.log")));
            }
            String first = answers.poll(600, TimeUnit.SECONDS);
            long firstAnswer = System.nanoTime();
            String afterFirst = memory(p.pid());
            List<String> rest = new ArrayList<>();
            for (int i = 1; i < requests; i++) {
                rest.add(answers.poll(600, TimeUnit.SECONDS));
            }
            String afterAll = memory(p.pid());
            System.out.printf("bootstrap: %.1f MB%n", Files.size(bootstrap) / 1e6);
            System.out.printf("start (exec -> first poll): %d ms%n", (firstPoll - exec) / 1_000_000);
            System.out.printf("first answer after the first poll: %d ms%n", (firstAnswer - firstPoll) / 1_000_000);
            System.out.println("after the first answer: " + afterFirst);
            System.out.println("after " + requests + " answers: " + afterAll);
            System.out.println("first answer: " + (first == null ? "(none)" : first.substring(0, Math.min(160, first.length()))));
            if (first == null || first.startsWith("INIT ERROR") || rest.contains(null)) {
                throw new IllegalStateException("not every request was answered; log:\n" + Files.readString(dir.resolve("lambda.log")));
            }
        } finally {
            p.destroyForcibly();
            api.stop(0);
        }
    }

    private static String memory(long pid) throws IOException {
        String rss = "?";
        String hwm = "?";
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).strip();
            } else if (line.startsWith("VmHWM:")) {
                hwm = line.substring(6).strip();
            }
        }
        return "RSS " + rss + ", peak RSS " + hwm;
    }
}

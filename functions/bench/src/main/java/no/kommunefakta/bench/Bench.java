package no.kommunefakta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Bench commands that print figures (run from the repository root after {@code ./mvnw package}):
 * <pre>
 *   java -jar functions/bench/target/kostra-bench.jar generate N FILE   write the synthetic file of N postings
 *   java -jar functions/bench/target/kostra-bench.jar cli [RUNS] [--cli EXE] [--official DIR] [--sizes N,N]
 *                                                     time the CLI as a whole process, paired with the official
 *                                                     program built in DIR when given
 *   java -jar functions/bench/target/kostra-bench.jar http [SECONDS]    validatePosting vs. a no-op over local HTTP
 *   java -jar functions/bench/target/kostra-bench.jar fuzz [N] [SEED]   N hostile payloads per route (default 100000)
 *   java -jar functions/bench/target/kostra-bench.jar load [SECONDS] [ROUTE...]  each route at saturation (default 60 s)
 * </pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("Bruk: generate N FIL | cli [RUNS] [--cli FIL] [--official MAPPE] [--sizes N,N]"
                    + " | http [SEKUNDER] | fuzz [N] [SEED]"
                    + " | load [SEKUNDER] [RUTE...]");
            System.exit(2);
        }
        switch (args[0]) {
            case "generate" -> {
                if (args.length != 3) {
                    System.err.println("Bruk: generate N FIL");
                    System.exit(2);
                }
                generate(Integer.parseInt(args[1]), Path.of(args[2]));
            }
            case "cli" -> CliBench.run(Arrays.asList(args).subList(1, args.length));
            case "http" -> HttpBench.run(args.length > 1 ? Integer.parseInt(args[1]) : 10);
            case "fuzz" -> System.exit(FuzzBench.run(args.length > 1 ? Integer.parseInt(args[1]) : 100_000,
                    args.length > 2 ? Long.parseLong(args[2]) : 1L));
            case "load" -> LoadBench.run(args.length > 1 ? Integer.parseInt(args[1]) : 60,
                    Arrays.asList(args).subList(Math.min(2, args.length), args.length));
            default -> {
                System.err.println("Ukjent kommando " + args[0] + "; bruk generate, cli, http, fuzz eller load.");
                System.exit(2);
            }
        }
    }

    static void generate(int n, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            PerfFile.write(n, out);
        }
    }

    /** Runs a command, returns its stdout+stderr; fails loudly on a non-expected exit code. */
    static Process start(List<String> command, Path stdout) throws IOException {
        return new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(
                ProcessBuilder.Redirect.INHERIT).start();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}

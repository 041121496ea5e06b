package no.kommunefakta.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the CLI as a whole process (JVM start included) on the 100,000 and 1,000,000 posting files, with GNU time for
 * wall time and peak RSS.
 */
final class CliBench {
    /** The command that runs the CLI from the repository root; the arguments follow it. Also in docs/benchmarks.md. */
    static final List<String> CLI = List.of("java", "-XX:+UseSerialGC",
            "-jar", "functions/cli/target/kostra-cli.jar");

    private CliBench() {
    }

    static void run(int runs) throws Exception {
        Path dir = Path.of("functions/bench/target/perf");
        Files.createDirectories(dir);
        Path jar = Path.of(CLI.get(CLI.size() - 1));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -DskipTests package first");
        }
        Path time = Path.of("/usr/bin/time");
        if (!Files.isExecutable(time)) {
            throw new IllegalStateException("/usr/bin/time (GNU time) is needed for peak RSS: apt-get install time");
        }
        System.out.println("CLI: " + String.join(" ", CLI));
        for (int n : new int[] {100_000, 1_000_000}) {
            Path file = dir.resolve("perf_" + n + ".dat");
            if (!Files.exists(file)) {
                Bench.generate(n, file);
            }
            double[] wall = new double[runs];
            long maxRss = 0;
            int exit = -1;
            for (int r = 0; r < runs; r++) {
                Path metrics = dir.resolve("time.txt");
                List<String> command = new ArrayList<>(List.of(time.toString(), "-f", "%e %M", "-o",
                        metrics.toString()));
                command.addAll(CLI);
                command.addAll(List.of("-s", "0A", "-y", "2026", "-r", "110300", file.toString()));
                Process p = Bench.start(command, dir.resolve("report_" + n + ".json"));
                exit = p.waitFor();
                String[] parts = Files.readString(metrics).trim().split("\\s+");
                wall[r] = Double.parseDouble(parts[parts.length - 2]);
                maxRss = Math.max(maxRss, Long.parseLong(parts[parts.length - 1]));
            }
            System.out.printf("%,d postings: wall median %.2f s (runs %s), peak RSS %d MB, exit code %d, report %,d bytes%n",
                    n, Bench.median(wall), java.util.Arrays.toString(wall), maxRss / 1024, exit,
                    Files.size(dir.resolve("report_" + n + ".json")));
        }
    }
}

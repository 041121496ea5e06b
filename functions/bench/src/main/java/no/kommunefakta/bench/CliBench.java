package no.kommunefakta.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the CLI as a whole process (start-up included) on the 100,000 and 1,000,000 posting files with GNU time: wall,
 * user and system CPU, peak RSS, and the load average before each run (the machine is shared). With
 * {@code --official DIR} each run of ours is paired with a run of SSB's official program (built as
 * {@code DIR/target/classes} + {@code DIR/lib/*}) on the same file, alternately, and the ratios are printed.
 */
final class CliBench {
    /** The launcher that the package phase writes (JVM flags and the class-data-sharing archive). */
    static final String LAUNCHER = "functions/cli/target/kostra-cli";
    static final List<String> ARGS = List.of("-s", "0A", "-y", "2026", "-r", "110300");
    static final String OFFICIAL_MAIN = "no.ssb.kostra.program.KostraKontrollprogramCommand";

    private CliBench() {
    }

    /** One timed run. */
    private record Figures(double wall, double user, double sys, long rssKb, int exit, double load, long bytes) {
        double cpu() {
            return user + sys;
        }
    }

    /** {@code cli [RUNS] [--cli EXECUTABLE] [--official DIR] [--sizes N,N]}. */
    static void run(List<String> args) throws Exception {
        int runs = 3;
        String cli = LAUNCHER;
        Path official = null;
        int[] sizes = {100_000, 1_000_000};
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--cli" -> cli = args.get(++i);
                case "--official" -> official = Path.of(args.get(++i));
                case "--sizes" -> sizes = Arrays.stream(args.get(++i).split(",")).mapToInt(Integer::parseInt).toArray();
                default -> runs = Integer.parseInt(args.get(i));
            }
        }
        Path dir = Path.of("functions/bench/target/perf");
        Files.createDirectories(dir);
        if (!Files.isExecutable(Path.of(cli))) {
            throw new IllegalStateException(cli + " is missing: run ./mvnw -DskipTests package first");
        }
        if (official != null && !Files.isDirectory(official.resolve("target/classes"))) {
            throw new IllegalStateException(official + "/target/classes is missing: build the official program there");
        }
        Path time = Path.of("/usr/bin/time");
        if (!Files.isExecutable(time)) {
            throw new IllegalStateException("/usr/bin/time (GNU time) is needed for peak RSS: apt-get install time");
        }
        List<String> ours = new ArrayList<>(List.of(cli));
        ours.addAll(ARGS);
        System.out.println("CLI: " + String.join(" ", ours) + " FILE");
        List<String> theirs = null;
        if (official != null) {
            theirs = new ArrayList<>(List.of("java", "-cp", official.resolve("target/classes") + ":"
                    + official.resolve("lib") + "/*", OFFICIAL_MAIN));
            theirs.addAll(ARGS);
            theirs.addAll(List.of("-f", "JSON", "-c", "UTF-8"));
            System.out.println("Official: " + String.join(" ", theirs) + " < FILE");
        }
        for (int n : sizes) {
            Path file = dir.resolve("perf_" + n + ".dat");
            if (!Files.exists(file)) {
                Bench.generate(n, file);
            }
            List<Figures> a = new ArrayList<>();
            List<Figures> b = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                List<String> command = new ArrayList<>(ours);
                command.add(file.toString());
                a.add(timed(time, command, null, dir.resolve("report_" + n + ".json"), dir));
                print(n, "ours", r, a.get(r));
                if (theirs != null) {
                    b.add(timed(time, theirs, file, dir.resolve("official_" + n + ".json"), dir));
                    print(n, "official", r, b.get(r));
                }
            }
            summary(n, "ours", a);
            if (theirs != null) {
                summary(n, "official", b);
                double[] wallRatio = new double[runs];
                double[] cpuRatio = new double[runs];
                for (int r = 0; r < runs; r++) {
                    wallRatio[r] = b.get(r).wall() / a.get(r).wall();
                    cpuRatio[r] = b.get(r).cpu() / a.get(r).cpu();
                }
                System.out.printf(Locale.ROOT, "%,d postings: official/ours per paired run: wall %s (median %.1fx),"
                                + " CPU %s (median %.1fx); median wall %.1fx%n", n, fmt(wallRatio, "x"),
                        Bench.median(wallRatio), fmt(cpuRatio, "x"), Bench.median(cpuRatio),
                        Bench.median(b.stream().mapToDouble(Figures::wall).toArray())
                                / Bench.median(a.stream().mapToDouble(Figures::wall).toArray()));
            }
        }
    }

    private static Figures timed(Path time, List<String> command, Path stdin, Path stdout, Path dir)
            throws Exception {
        Path metrics = dir.resolve("time.txt");
        List<String> full = new ArrayList<>(List.of(time.toString(), "-f", "%e %U %S %M", "-o", metrics.toString()));
        full.addAll(command);
        double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        int exit = pb.start().waitFor();
        List<String> lines = Files.readAllLines(metrics);
        String[] parts = lines.get(lines.size() - 1).trim().split("\\s+");
        return new Figures(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                Long.parseLong(parts[3]), exit, load, Files.size(stdout));
    }

    private static void print(int n, String who, int r, Figures f) {
        System.out.printf(Locale.ROOT, "  %,d %s run %d: wall %.2f s, user %.2f s, sys %.2f s, peak RSS %d MB,"
                        + " exit %d, report %,d bytes, load average before %.2f%n", n, who, r + 1, f.wall(), f.user(),
                f.sys(), f.rssKb() / 1024, f.exit(), f.bytes(), f.load());
    }

    private static void summary(int n, String who, List<Figures> runs) {
        double[] wall = runs.stream().mapToDouble(Figures::wall).toArray();
        double[] cpu = runs.stream().mapToDouble(Figures::cpu).toArray();
        System.out.printf(Locale.ROOT, "%,d postings, %s: wall median %.2f s (runs %s), CPU user+sys median %.2f s,"
                        + " peak RSS %d MB, exit code %d, report %,d bytes%n", n, who, Bench.median(wall),
                fmt(wall, " s"), Bench.median(cpu), runs.stream().mapToLong(Figures::rssKb).max().orElse(0) / 1024,
                runs.get(runs.size() - 1).exit(), runs.get(runs.size() - 1).bytes());
    }

    private static String fmt(double[] values, String unit) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", values[i])).append(unit);
        }
        return b.append(']').toString();
    }
}

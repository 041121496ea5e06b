package no.kommunefakta.testtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The tests skipped in this build for a missing {@link OptionalTool}: each skip appends a line to
 * {@value #FILE} under the project root; the build resets it when {@code test-tools} is built (first) and
 * lists it at the end ({@code test-tools/report}, the last module of the reactor).
 *
 * <p>{@code java SkippedTools reset <root>} empties the list, {@code java SkippedTools report <root>} prints it.
 */
public final class SkippedTools {

    /** The list, relative to the project root. */
    public static final String FILE = "target/optional-tools-skipped.txt";

    private SkippedTools() {
    }

    /** Appends {@code line}, prefixed with the module the test runs in, to the build's list. */
    static synchronized void record(String line) {
        Path cwd = Path.of("").toAbsolutePath();
        Path root = root(cwd);
        String module = root.relativize(cwd).toString().replace('\\', '/');
        Path file = root.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, (module.isEmpty() ? "." : module) + ": " + line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the skip in " + file, e);
        }
    }

    /** The project root: the nearest directory at or above {@code dir} with {@code mvnw} and {@code .mvn}. */
    static Path root(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve(".mvn"))) {
                return d;
            }
        }
        return dir;
    }

    /** The report's lines: a heading and one line per distinct skip (with its count), or one line saying none. */
    static List<String> report(List<String> skips) {
        if (skips.isEmpty()) {
            return List.of("Optional tools: no test or check was skipped for a missing tool.");
        }
        var lines = new java.util.ArrayList<String>();
        lines.add("Optional tools: " + skips.size() + " test(s) or check(s) SKIPPED because a tool is missing"
                + " (CI=true or -D" + OptionalTool.REQUIRE_PROPERTY + "=true makes this fail):");
        var counts = new java.util.LinkedHashMap<String, Integer>();
        skips.forEach(s -> counts.merge(s, 1, Integer::sum));
        counts.forEach((s, n) -> lines.add("  - " + s + (n > 1 ? " (" + n + " tests)" : "")));
        return lines;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("reset", "report").contains(args[0])) {
            throw new IllegalArgumentException("usage: SkippedTools reset|report <project root>");
        }
        Path file = Path.of(args[1]).toAbsolutePath().normalize().resolve(FILE);
        if (args[0].equals("reset")) {
            Files.deleteIfExists(file);
            return;
        }
        List<String> skips = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        report(skips).forEach(System.out::println);
    }
}

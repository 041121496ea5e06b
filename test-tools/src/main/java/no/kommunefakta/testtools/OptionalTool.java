package no.kommunefakta.testtools;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program some tests need beyond the JDK: found on {@code PATH}; when missing, the test is skipped (a JUnit
 * assumption, so it shows as skipped) with one line naming the tool and its install command, and the skip is listed
 * at the end of the build ({@link SkippedTools}). With {@code CI=true} or {@code -Dkommunefakta.require-tools=true}
 * a missing tool fails the test instead, so CI never skips silently.
 *
 * <pre>{@code Path chromium = OptionalTool.CHROMIUM.require("the accessibility test (axe)");}</pre>
 */
public enum OptionalTool {

    /** Chromium (or Chrome) for the browser tests of the site. */
    CHROMIUM("Chromium", List.of("chromium", "chromium-browser", "google-chrome"), "apt-get update && apt-get install -y chromium chromium-driver"),
    /** The WebDriver of Chromium. */
    CHROMEDRIVER("chromedriver", List.of("chromedriver"), "apt-get update && apt-get install -y chromium chromium-driver"),
    /** Node.js for the CloudFront Function tests and the workflow linters. */
    NODE("Node.js", List.of("node"), "apt-get update && apt-get install -y nodejs npm");

    /** System property that makes a missing tool fail the build ({@code CI=true} does the same). */
    public static final String REQUIRE_PROPERTY = "kommunefakta.require-tools";

    private final String label;
    private final List<String> commands;
    private final String install;

    OptionalTool(String label, List<String> commands, String install) {
        this.label = label;
        this.commands = commands;
        this.install = install;
    }

    /**
     * The tool's executable on {@code PATH}; when it is missing, skips the calling test (or fails it where tools are
     * required) with one line naming the tool, what is skipped and the install command.
     *
     * @param purpose what needs the tool, e.g. "the accessibility test (axe)"
     */
    public Path require(String purpose) {
        return require(purpose, System.getenv(), System.getProperty(REQUIRE_PROPERTY), SkippedTools::record);
    }

    Path require(String purpose, Map<String, String> env, String requireProperty, Consumer<String> skipped) {
        Optional<Path> found = find(env.get("PATH"));
        if (found.isPresent()) {
            return found.get();
        }
        if (required(env, requireProperty)) {
            return Assertions.fail(missingLine(purpose, "cannot run") + "; required here (CI=true or -D" + REQUIRE_PROPERTY + "=true)");
        }
        String line = missingLine(purpose, "skipped");
        System.out.println("[optional tool] " + line);
        skipped.accept(line);
        return Assumptions.abort(line);
    }

    /** The first of the tool's commands that is an executable file in a directory of {@code path}. */
    Optional<Path> find(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String command : commands) {
                for (String name : windows ? List.of(command + ".exe", command) : List.of(command)) {
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The one line a skip or failure shows. */
    String missingLine(String purpose, String outcome) {
        return label + " not found on PATH (" + String.join(", ", commands) + "): " + purpose + " " + outcome + "; install: " + install;
    }

    /** Whether a missing tool fails rather than skips: {@code CI=true} or the system property {@code true}. */
    static boolean required(Map<String, String> env, String property) {
        return "true".equalsIgnoreCase(env.getOrDefault("CI", "")) || "true".equalsIgnoreCase(property);
    }
}

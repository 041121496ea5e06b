package no.kommunefakta.testtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Finding a tool on PATH, and what a missing tool does: a skip with one line, or a failure where tools are required. */
class OptionalToolTest {

    @TempDir
    Path dir;

    @Test
    void aToolIsFoundInAnyDirectoryOfThePath() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path node = executable(bin.resolve("node"));

        assertThat(OptionalTool.NODE.find(empty + File.pathSeparator + bin)).contains(node);
        assertThat(OptionalTool.NODE.find(empty.toString())).isEmpty();
        assertThat(OptionalTool.NODE.find(null)).isEmpty();
    }

    @Test
    void chromiumIsFoundUnderItsOtherNames() throws Exception {
        Path chrome = executable(dir.resolve("chromium-browser"));

        assertThat(OptionalTool.CHROMIUM.find(dir.toString())).contains(chrome);
    }

    @Test
    void aFileThatIsNotExecutableIsNotTheTool() throws Exception {
        Files.writeString(dir.resolve("node"), "");

        assertThat(OptionalTool.NODE.find(dir.toString())).isEmpty();
    }

    @Test
    void aMissingToolSkipsTheTestWithOneLineNamingToolAndInstallCommand() {
        List<String> skipped = new ArrayList<>();

        assertThatThrownBy(() -> OptionalTool.NODE.require("the edge-function test", Map.of("PATH", dir.toString()), null, skipped::add))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Node.js not found on PATH (node): the edge-function test skipped; install: apt-get update && apt-get install -y nodejs npm");
        assertThat(skipped).singleElement().asString().doesNotContain("\n").startsWith("Node.js not found on PATH");
    }

    @Test
    void whereToolsAreRequiredAMissingToolFails() {
        List<String> skipped = new ArrayList<>();

        assertThatThrownBy(() -> OptionalTool.CHROMIUM.require("the accessibility test", Map.of("PATH", dir.toString(), "CI", "true"), null,
                skipped::add)).isInstanceOf(AssertionFailedError.class).hasMessageContaining("Chromium not found on PATH")
                .hasMessageContaining("required here");
        assertThatThrownBy(() -> OptionalTool.CHROMEDRIVER.require("the accessibility test", Map.of("PATH", dir.toString()), "true",
                skipped::add)).isInstanceOf(AssertionFailedError.class).hasMessageContaining("chromedriver not found on PATH");
        assertThat(skipped).isEmpty();
    }

    @Test
    void onlyCiTrueOrThePropertyRequireTools() {
        assertThat(OptionalTool.required(Map.of(), null)).isFalse();
        assertThat(OptionalTool.required(Map.of("CI", "false"), "false")).isFalse();
        assertThat(OptionalTool.required(Map.of("CI", "true"), null)).isTrue();
        assertThat(OptionalTool.required(Map.of(), "true")).isTrue();
    }

    @Test
    void aFoundToolIsReturnedWhateverTheSetting() throws Exception {
        Path node = executable(dir.resolve("node"));

        assertThat(OptionalTool.NODE.require("x", Map.of("PATH", dir.toString(), "CI", "true"), null, s -> { })).isEqualTo(node);
    }

    @Test
    void theReportNamesEverySkipOrSaysThereWereNone() {
        assertThat(SkippedTools.report(List.of())).containsExactly("Optional tools: no test or check was skipped for a missing tool.");
        String edge = "infra: Node.js not found on PATH (node): the edge test skipped; install: y";
        assertThat(SkippedTools.report(List.of("site/generator: Chromium not found on PATH (chromium): x skipped; install: y", edge, edge)))
                .containsExactly("Optional tools: 3 test(s) or check(s) SKIPPED because a tool is missing (CI=true or"
                                + " -Dkommunefakta.require-tools=true makes this fail):",
                        "  - site/generator: Chromium not found on PATH (chromium): x skipped; install: y",
                        "  - " + edge + " (2 tests)");
    }

    @Test
    void theRootIsTheDirectoryWithTheMavenWrapper() throws Exception {
        Files.createFile(dir.resolve("mvnw"));
        Files.createDirectory(dir.resolve(".mvn"));
        Path module = Files.createDirectories(dir.resolve("site/generator"));

        assertThat(SkippedTools.root(module)).isEqualTo(dir);
    }

    private static Path executable(Path file) throws Exception {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}

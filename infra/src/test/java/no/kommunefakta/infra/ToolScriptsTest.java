package no.kommunefakta.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decisions the workflows delegate to tools/ scripts (no logic in workflow {@code if:}). */
class ToolScriptsTest {

    @ParameterizedTest
    @CsvSource({
            "prod, refs/heads/main, 0",
            "prod, refs/heads/feature, 1",
            "prod, refs/tags/v1, 1",
            "prod-publish, refs/heads/feature, 1",
            "test, refs/heads/feature, 0",
            "test-publish, refs/heads/main, 0",
            "staging, refs/heads/main, 2"})
    void prodIsDeployedAndPublishedOnlyFromMain(String environment, String ref, int exit) throws Exception {
        assertThat(run("require-branch.sh", environment, ref).exit()).isEqualTo(exit);
    }

    @ParameterizedTest
    @CsvSource({
            "test, all, Kommunefakta-test-Api Kommunefakta-test-Site",
            "prod, site, Kommunefakta-prod-Site",
            "prod, api, Kommunefakta-prod-Api"})
    void deployTargetsNameTheStacks(String environment, String target, String stacks) throws Exception {
        var result = run("deploy-stacks.sh", environment, target);
        assertThat(result.exit()).isZero();
        assertThat(result.output().strip()).isEqualTo(stacks);
    }

    @ParameterizedTest
    @CsvSource({"api, 0, nothing to render", "nonsense, 2, 'is not one of all, api, site'"})
    void firstRenderRunsOnlyForSiteTargets(String target, int exit, String says) throws Exception {
        var result = run("first-render.sh", "test", target);
        assertThat(result.exit()).isEqualTo(exit);
        assertThat(result.output()).contains(says);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "tools", script).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}

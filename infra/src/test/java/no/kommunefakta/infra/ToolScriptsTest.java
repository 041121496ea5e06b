package no.kommunefakta.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * invoke-render.sh against a stand-in AWS CLI: the invoke is asynchronous ({@code --invocation-type Event}) and
     * carries an idempotency key (the same for every call of one workflow run), then the run record is polled until
     * done (the answer is printed), failed (exit 1 with the error) or the timeout (exit 1 naming the record).
     */
    @org.junit.jupiter.api.Test
    void renderIsInvokedAsynchronouslyWithAKeyAndItsRunRecordPolled(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "GITHUB_RUN_ID", "4711", "GITHUB_RUN_ATTEMPT", "2", "INVOKE_RENDER_POLL", "0", "FAKE_AWS_RUNNING", "2"));
        java.nio.file.Files.writeString(dir.resolve("final.json"),
                "{\"key\":\"gh-4711-2-publish\",\"state\":\"done\",\"answer\":{\"action\":\"publish\",\"live\":\"20261207T070500Z\"}}");
        var done = runWithFakeAws(dir, env, "kommunefakta-test-render", "publish", "workflow_dispatch");
        assertThat(done.exit()).as(done.output()).isZero();
        assertThat(done.output()).contains("{\"action\":\"publish\",\"live\":\"20261207T070500Z\"}",
                "queued with idempotency key gh-4711-2-publish");
        String calls = java.nio.file.Files.readString(dir.resolve("calls"));
        assertThat(calls).contains("lambda invoke --function-name kommunefakta-test-render --invocation-type Event",
                "cloudformation describe-stacks --stack-name Kommunefakta-test-Site",
                "s3api get-object --bucket kommunefakta-test-site-sitebucket1234abcd-xyz --key runs/gh-4711-2-publish.json");
        assertThat(calls.lines().filter(l -> l.startsWith("s3api get-object")).count()).as("polled until done").isEqualTo(3);
        assertThat(calls).doesNotContain("--invocation-type RequestResponse", "cli-read-timeout");
        assertThat(java.nio.file.Files.readString(dir.resolve("payloads")))
                .isEqualTo("{\"action\":\"publish\",\"trigger\":\"workflow_dispatch\",\"idempotencyKey\":\"gh-4711-2-publish\"}\n");

        java.nio.file.Files.writeString(dir.resolve("final.json"),
                "{\"state\":\"failed\",\"error\":\"release 20261207T070500Z refused: 1042 pages\"}");
        java.nio.file.Files.delete(dir.resolve("polls"));
        var failed = runWithFakeAws(dir, env, "kommunefakta-test-render", "publish", "workflow_dispatch");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.output()).contains("render (publish) failed: release 20261207T070500Z refused: 1042 pages");

        java.nio.file.Files.delete(dir.resolve("final.json"));
        env.put("INVOKE_RENDER_TIMEOUT", "0");
        env.put("INVOKE_RENDER_BUCKET", "given-bucket");
        var timedOut = runWithFakeAws(dir, env, "kommunefakta-test-render", "rollback", "operator");
        assertThat(timedOut.exit()).isEqualTo(1);
        assertThat(timedOut.output()).contains("no outcome after 0s; it may still be running: see s3://given-bucket/runs/gh-4711-2-rollback.json");
    }

    private static Result runWithFakeAws(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path fake = Path.of("src", "test", "resources", "fake-aws").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "tools", "invoke-render.sh").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("FAKE_AWS_DIR", dir.toString());
        builder.environment().put("PATH", fake + java.io.File.pathSeparator + System.getenv("PATH"));
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
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

package no.kommunefakta.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.kommunefakta.testtools.OptionalTool;

/**
 * The deployed CloudFront Function ({@code src/main/resources/edge/site-viewer-request.js}, the very code in the
 * template) under Node, in a context with only the ECMAScript built-ins and a stub KeyValueStore
 * ({@code src/test/edge/run-viewer-request.mjs}).
 */
class EdgeFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIVE = "20261129T080512Z";

    @TempDir
    Path tmp;

    @Test
    void cleanUrlsMapOntoTheLiveReleaseWithoutRedirects() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/", "/releases/" + LIVE + "/index.html");
        expected.put("/kommune/oslo", "/releases/" + LIVE + "/kommune/oslo/index.html");
        expected.put("/kommune/oslo/", "/releases/" + LIVE + "/kommune/oslo/index.html");
        expected.put("/data/barnehage.csv", "/releases/" + LIVE + "/data/barnehage.csv");
        expected.put("/kommune/oslo/data.json", "/releases/" + LIVE + "/kommune/oslo/data.json");
        // not a page: S3 has no such object, CloudFront answers with the 404 page (custom error response)
        expected.put("/nope", "/releases/" + LIVE + "/nope/index.html");

        Map<String, JsonNode> out = run(Map.of("live", LIVE), List.copyOf(expected.keySet()));

        expected.forEach((uri, forwarded) -> {
            assertThat(out.get(uri).path("status").isMissingNode()).as(uri + " is forwarded, not answered").isTrue();
            assertThat(out.get(uri).path("forward").asText()).as(uri).isEqualTo(forwarded);
        });
    }

    @Test
    void pathsClimbingOutOfTheReleaseAreAnswered404AtTheEdge() throws Exception {
        List<String> uris = List.of("/../current", "/kommune/%2E%2E/%2e%2e/current", "/data/..%5Ccurrent");
        Map<String, JsonNode> out = run(Map.of("live", LIVE), uris);
        for (String uri : uris) {
            assertThat(out.get(uri).path("status").asInt()).as(uri).isEqualTo(404);
            assertThat(out.get(uri).path("body").asText()).contains("Siden finnes ikke");
        }
    }

    @Test
    void beforeTheFirstPublicationEveryPathGetsA503PageNot502() throws Exception {
        for (Map<String, String> store : List.of(Map.<String, String>of(), Map.of("live", "not a release id"))) {
            Map<String, JsonNode> out = run(store, List.of("/", "/kommune/oslo/"));
            for (JsonNode answer : out.values()) {
                assertThat(answer.path("status").asInt()).isEqualTo(503);
                assertThat(answer.path("headers").path("cache-control").path("value").asText()).isEqualTo("no-store");
                assertThat(answer.path("headers").path("retry-after").path("value").asText()).isEqualTo("300");
                assertThat(answer.path("body").asText()).contains("<title>Kommunefakta er ikke publisert ennå");
            }
        }
    }

    @Test
    void switchingTheStoreSwitchesEveryPathAtOnce() throws Exception {
        Map<String, JsonNode> before = run(Map.of("live", "r1"), List.of("/", "/om/", "/assets/site.css"));
        Map<String, JsonNode> after = run(Map.of("live", "r2"), List.of("/", "/om/", "/assets/site.css"));
        assertThat(before.values()).allSatisfy(a -> assertThat(a.path("forward").asText()).startsWith("/releases/r1/"));
        assertThat(after.values()).allSatisfy(a -> assertThat(a.path("forward").asText()).startsWith("/releases/r2/"));
    }

    private Map<String, JsonNode> run(Map<String, String> store, List<String> uris) throws IOException, InterruptedException {
        Path function = tmp.resolve("site-viewer-request.js");
        Files.writeString(function, no.kommunefakta.infra.SiteStack.edgeCode(), StandardCharsets.UTF_8);
        Path kvs = tmp.resolve("kvs.json");
        Files.writeString(kvs, JSON.writeValueAsString(store));
        Path nodeJs = OptionalTool.NODE.require("the CloudFront Function test (EdgeFunctionTest)");
        List<String> command = new ArrayList<>(List.of(nodeJs.toString(), Path.of("src/test/edge/run-viewer-request.mjs").toString(),
                function.toString(), kvs.toString()));
        command.addAll(uris);
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String line : output.strip().split("\n")) {
            JsonNode answer = JSON.readTree(line);
            answers.put(answer.path("uri").asText(), answer);
        }
        assertThat(answers.keySet()).containsExactlyElementsOf(uris);
        return answers;
    }
}

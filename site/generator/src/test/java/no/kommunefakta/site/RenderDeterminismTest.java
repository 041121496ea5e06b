package no.kommunefakta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * Rendering the same data twice with the same publication time gives byte-identical sites: same files, same bytes. The
 * second render also finds the release log the first one wrote to the data folder and replaces its own entry.
 */
@QuarkusMainTest
@TestProfile(RenderDeterminismTest.FastPublisering.class)
class RenderDeterminismTest {

    static final Path DATA = Path.of("target/determinism-data");

    /** A fixed publication time and a data folder for the release log. */
    public static class FastPublisering implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kommunefakta.published-at", "2026-11-29T17:00:00Z", "kommunefakta.data-dir", DATA.toString());
        }
    }

    @Test
    void toRenderingerGirLikeFiler(QuarkusMainLauncher launcher) throws IOException {
        Files.createDirectories(DATA);
        Files.deleteIfExists(DATA.resolve("endringer.json"));
        Path a = Path.of("target/determinism-a");
        Path b = Path.of("target/determinism-b");
        for (Path p : List.of(a, b)) {
            LaunchResult r = launcher.launch("render", p.toString());
            assertThat(r.exitCode()).as(r.getErrorOutput()).isZero();
        }
        Map<String, Path> filesA = files(a);
        Map<String, Path> filesB = files(b);
        assertThat(filesB.keySet()).isEqualTo(filesA.keySet());
        assertThat(filesA).hasSizeGreaterThan(1600);
        List<String> different = new ArrayList<>();
        for (Map.Entry<String, Path> e : filesA.entrySet()) {
            if (Files.mismatch(e.getValue(), filesB.get(e.getKey())) != -1) {
                different.add(e.getKey());
            }
        }
        assertThat(different).as("files whose bytes differ between two renders").isEmpty();
        // the log in the data folder holds this publication once, and the site publishes the same log
        String log = Files.readString(DATA.resolve("endringer.json"));
        assertThat(log.split("\"publisert\"", -1)).hasSize(2);
        assertThat(log).contains("\"publisert\" : \"2026-11-29T17:00:00Z\"");
        assertThat(Files.mismatch(DATA.resolve("endringer.json"), a.resolve("endringer/endringer.json"))).isEqualTo(-1);
        assertThat(Files.readString(a.resolve("kommune/oslo/index.html"))).contains("<time datetime=\"2026-11-29T17:00:00Z\">29.11.2026 kl. 17.00 UTC</time>");
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> m.put(root.relativize(p).toString(), p));
        }
        return m;
    }
}

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

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** Rendering the same data twice gives byte-identical sites: same files, same bytes. */
@QuarkusMainTest
class RenderDeterminismTest {

    @Test
    void toRenderingerGirLikeFiler(QuarkusMainLauncher launcher) throws IOException {
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
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> m.put(root.relativize(p).toString(), p));
        }
        return m;
    }
}

package no.kommunefakta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import no.kommunefakta.kostra.CsvResource;
import org.junit.jupiter.api.Test;

/**
 * The native executable reads its code lists as classpath resources, which exist at run time only when the native
 * build's resource configuration names them. A data file added to functions/kostra without a matching pattern passes
 * every JVM test and fails every native call, so this checks each CSV resource of the domain module against the
 * patterns the native build gets.
 */
class NativeResourcesTest {

    private static final String CONFIG =
            "/META-INF/native-image/no.kommunefakta/kostra-cli/resource-config.json";

    @Test
    void everyDataFileOfTheDomainModuleIsIncludedInTheNativeExecutable() throws Exception {
        List<Pattern> includes = includes();
        List<String> resources = csvResources();

        assertThat(resources).as("CSV resources of functions/kostra").hasSizeGreaterThan(20)
                .contains("no/kommunefakta/kostra/kirke.csv", "no/kommunefakta/posting/utgaver.csv");
        assertThat(resources).allSatisfy(name -> assertThat(includes)
                .as("a resource-config.json include pattern for %s", name)
                .anySatisfy(p -> assertThat(p.matcher(name).matches()).isTrue()));
    }

    @Test
    void thePatternsDoNotPullInClassFilesOrTheWholeClasspath() throws IOException {
        assertThat(includes()).allSatisfy(p -> {
            assertThat(p.matcher("no/kommunefakta/kostra/Kontoplan.class").matches()).isFalse();
            assertThat(p.matcher("META-INF/MANIFEST.MF").matches()).isFalse();
        });
    }

    private static List<Pattern> includes() throws IOException {
        try (InputStream in = NativeResourcesTest.class.getResourceAsStream(CONFIG)) {
            assertThat(in).as(CONFIG).isNotNull();
            JsonNode root = new ObjectMapper().readTree(in);
            List<Pattern> patterns = new ArrayList<>();
            root.path("resources").path("includes").forEach(n -> patterns.add(Pattern.compile(n.path("pattern").asText())));
            assertThat(patterns).as("include patterns in " + CONFIG).isNotEmpty();
            return patterns;
        }
    }

    /** Every *.csv of the module that holds {@link CsvResource}: its classes directory, or its jar. */
    private static List<String> csvResources() throws IOException, URISyntaxException {
        Path location = Path.of(CsvResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                return files.filter(f -> f.toString().endsWith(".csv"))
                        .map(f -> location.relativize(f).toString().replace('\\', '/'))
                        .sorted().toList();
            }
        }
        try (ZipFile jar = new ZipFile(location.toFile())) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }
}

package no.kommunefakta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KontrollCliTest {
    private static final String BALANCED = """
            0A2026 110300                  1120 010     1000
            0A2026 110300                  1800 870     -600
            0A2026 110300                  1840 800     -500
            0A2026 110300                  1120 590       50
            0A2026 110300                  1860 990      -50
            0A2026 110300                  1120 570      100
            0A2026 110300                  0120 200      100
            0A2026 110300                  0880 970     -100
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return KontrollCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode report() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCleanFileExitsZeroWithAnOkReport() throws Exception {
        assertThat(run(BALANCED, "-s", "0A", "-y", "2026", "-r", "110300")).isZero();
        JsonNode report = report();
        assertThat(report.get("verdict").asText()).isEqualTo("OK");
        assertThat(report.get("exitCode").asInt()).isZero();
        assertThat(report.get("findings")).isEmpty();
        assertThat(report.get("region").asText()).isEqualTo("110300");
    }

    @Test
    void duplicatesAreAWarningAndExitOne() throws Exception {
        String file = BALANCED + "0A2026 110300                  1120 010       30\n"
                + "0A2026 110300                  1800 870      -30\n";
        assertThat(run(file, "-s", "0A", "-y", "2026", "-r", "110300")).isEqualTo(1);
        JsonNode finding = report().get("findings").get(0);
        assertThat(finding.get("control").asText()).isEqualTo("015");
        assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.get("lines").toString()).isIn("[1,9]", "[2,10]");
    }

    @Test
    void anInvalidFunctionIsAnErrorAndExitTwo() throws Exception {
        String file = BALANCED.replace("1120 570", "1190 570");
        assertThat(run(file, "-s", "0A", "-y", "2024", "-r", "110300")).isEqualTo(2);
        // the year argument must match the records: 2026 records in a 2024 run give 004 on every line
        assertThat(report().get("findings").findValuesAsText("control")).contains("004", "010");
    }

    @Test
    void readsTheFileFromAPathAndHonoursTheCharset(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("0A.dat");
        Files.writeString(file, BALANCED.replace("\n", "\r\n"), StandardCharsets.ISO_8859_1);
        assertThat(run("", "-s", "0A", "-y", "2026", "-r", "110300", "-c", "ISO-8859-1", file.toString())).isZero();
        assertThat(report().get("verdict").asText()).isEqualTo("OK");
    }

    @Test
    void textReportNamesControlAndLines() {
        String file = BALANCED + "0A2026 110300                  1120 010       30\n"
                + "0A2026 110300                  1800 870      -30\n";
        assertThat(run(file, "-s", "0A", "-y", "2026", "-r", "110300", "-f", "TEXT")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("WARNING Kontroll 015").contains("linje [1, 9]");
    }

    @Test
    void missingOrBadArgumentsExplainThemselvesWithoutAStackTrace() {
        assertThat(run("", "-y", "2026", "-r", "110300")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-s").doesNotContain("Exception");
        err.reset();
        assertThat(run("", "-s", "0A", "-y", "2017", "-r", "110300")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-y 2017");
        err.reset();
        assertThat(run("", "-s", "0A", "-y", "2026", "-r", "110300", "-x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-x");
        err.reset();
        assertThat(run("", "-s", "0A", "-y", "2026", "-r", "110300", "/no/such/file.dat")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("/no/such/file.dat").doesNotContain("Exception");
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(run("", "-h")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("-s").contains("Avslutningskode");
    }
}

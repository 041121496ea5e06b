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
    /** A balanced 0A 2026 file without findings (also the native IT's base file). */
    static final String BALANCED = """
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

    /** The balanced file as 2023 data with the given record orgnr and foretaksnr on every line. */
    private static String file2023(String orgnr, String foretaksnr) {
        return BALANCED.replace("0A2026 110300                  ", "0A2023 110300" + orgnr + foretaksnr);
    }

    private java.util.List<String> controls() throws Exception {
        return report().get("findings").findValuesAsText("control");
    }

    @Test
    void theCompanyNumberOf2023IsComparedByControl008() throws Exception {
        String blank = " ".repeat(9);
        assertThat(run(file2023(blank, "964338531"), "-s", "0A", "-y", "2023", "-r", "110300", "-k", "964338531"))
                .isZero();
        assertThat(report().get("verdict").asText()).isEqualTo("OK");
        assertThat(report().get("foretaksnr").asText()).isEqualTo("964338531");
        out.reset();
        assertThat(run(file2023(blank, "974760673"), "-s", "0A", "-y", "2023", "-r", "110300", "--company-orgnr",
                "964338531")).isEqualTo(2);
        assertThat(controls()).containsOnly("008");
        assertThat(report().get("findings")).hasSize(8);
        out.reset();
        // without -k the 2023 release wants the field blank, even when it equals -u
        assertThat(run(file2023("964338531", "964338531"), "-s", "0A", "-y", "2023", "-r", "110300", "-u",
                "964338531")).isEqualTo(2);
        assertThat(controls()).containsOnly("008");
        assertThat(report().has("foretaksnr")).isFalse();
    }

    @Test
    void aCommaListOfOrgnrIsTakenFor2023() throws Exception {
        String blank = " ".repeat(9);
        String file = file2023("964338531", blank).replace("0A2023 110300964338531" + blank + "0120",
                "0A2023 110300974760673" + blank + "0120");
        assertThat(run(file, "-s", "0A", "-y", "2023", "-r", "110300", "-u", "964338531,974760673")).isZero();
        out.reset();
        assertThat(run(file, "-s", "0A", "-y", "2023", "-r", "110300", "-u", "964338531")).isEqualTo(2);
        assertThat(controls()).containsOnly("007");
        assertThat(report().get("findings").get(0).get("lines").toString()).isEqualTo("[7]");
    }

    /**
     * As SSB's 2023 release (e6e4585d) judged this file with {@code -u 964338531,974760673 -c 974760673} (run here on
     * 2026-11-29): 007 on line 3, 008 on lines 2 and 3 (and 015 on all, 105-135 on the file).
     */
    @Test
    void aMixedFileOf2023GetsTheOfficialProgramsFindings() throws Exception {
        String blank = " ".repeat(9);
        String file = "0A2023 110300974760673974760673" + "1222 010      100\n"
                + "0A2023 110300964338531" + blank + "1222 010      200\n"
                + "0A2023 110300999999999" + blank + "1222 010      300\n";
        assertThat(run(file, "-s", "0A", "-y", "2023", "-r", "110300", "-u", "964338531,974760673", "-k",
                "974760673")).isEqualTo(2);
        java.util.Map<String, String> lines = new java.util.TreeMap<>();
        for (JsonNode f : report().get("findings")) {
            String control = f.get("control").asText();
            if (control.compareTo("085") < 0) {
                lines.merge(control, f.get("lines").toString(), (x, y) -> x + y);
            }
        }
        assertThat(lines).containsOnly(java.util.Map.entry("007", "[3]"), java.util.Map.entry("008", "[2][3]"),
                java.util.Map.entry("015", "[1,2,3]"));
    }

    @Test
    void theCompanyNumberAndAListAreRefusedWhereTheReleaseHasNeither() {
        assertThat(run(BALANCED, "-s", "0A", "-y", "2026", "-r", "110300", "-k", "964338531")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-k 964338531").contains("2023");
        err.reset();
        assertThat(run(BALANCED, "-s", "0A", "-y", "2026", "-r", "110300", "-u", "964338531,974760673"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-u 964338531,974760673").contains("2023");
        err.reset();
        assertThat(run("", "-s", "0A", "-y", "2023", "-r", "110300", "-k", "96433853")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-k 96433853").contains("9 tegn");
        err.reset();
        assertThat(run("", "-s", "0A", "-y", "2023", "-r", "110300", "-u", "964338531, 974760673")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("' 974760673'").doesNotContain("Exception");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(run("", "-h")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("-s").contains("Avslutningskode")
                .contains("-k  foretaksnummer (9 siffer), bare for 2023").contains("-c  tegnsett");
    }

    /**
     * The one documented difference of the HTTP contract (README, "Run arguments: the CLI judges, the API refuses"):
     * a malformed run argument is judged as the official program judges it, not refused. Case P2026-7417 of the 2026
     * corpus, judged by release c1f58486: {@code -r 03010} (five characters) gives 006 on the record and 125 for the
     * file, exit 2. The API refuses the same arguments with 400 naming {@code region}
     * ({@code RunArgumentsTest.aMalformedRunArgumentIsRefusedWith400}).
     */
    @Test
    void aMalformedRunArgumentIsJudgedAsTheOfficialProgramDoes() throws Exception {
        String file = "0B2026 03010                   222  900     3211\n";
        assertThat(run(file, "-s", "0B", "-y", "2026", "-r", "03010")).isEqualTo(2);
        JsonNode report = report();
        assertThat(report.get("verdict").asText()).isEqualTo("ERROR");
        assertThat(report.get("findings").findValuesAsText("control")).containsExactly("006", "125");
        assertThat(report.get("findings").get(0).get("lines").toString()).isEqualTo("[1]");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

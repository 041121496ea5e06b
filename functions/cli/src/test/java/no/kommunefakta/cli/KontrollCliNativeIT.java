package no.kommunefakta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the native executable ({@code -Pnative}: target/native/kostra-cli) on sample files and compares its report
 * bytes, error output and exit code with those of the JVM code ({@link KontrollCli#run}) on the same input.
 */
class KontrollCliNativeIT {
    private static final String HEAD = "0A2026 110300                  ";
    private static final String BALANCED = KontrollCliTest.BALANCED;

    private static Path executable;

    @TempDir
    static Path dir;

    @BeforeAll
    static void executable() {
        String path = System.getProperty("kostra.cli.executable", "target/native/kostra-cli");
        executable = Path.of(path);
        assertThat(Files.isExecutable(executable)).as("native executable %s (build with -Pnative)", path).isTrue();
    }

    /** Output of one run: stdout bytes, stderr text, exit code. */
    private record Run(byte[] out, String err, int exit) {
    }

    private static Run jvm(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KontrollCli.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(out.toByteArray(), err.toString(StandardCharsets.UTF_8), exit);
    }

    private static Run nativ(byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(args));
        Path in = Files.write(dir.resolve("stdin.dat"), stdin);
        Path out = dir.resolve("stdout.bin");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("native run finished").isTrue();
        return new Run(Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8), p.exitValue());
    }

    private static void sameAsJvm(byte[] stdin, String... args) throws Exception {
        Run expected = jvm(stdin, args);
        Run actual = nativ(stdin, args);
        assertThat(actual.exit()).as("exit code of %s", List.of(args)).isEqualTo(expected.exit());
        assertThat(actual.err()).as("stderr of %s", List.of(args)).isEqualTo(expected.err());
        assertThat(new String(actual.out(), StandardCharsets.UTF_8)).as("stdout of %s", List.of(args))
                .isEqualTo(new String(expected.out(), StandardCharsets.UTF_8));
        assertThat(actual.out()).isEqualTo(expected.out());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCleanFileOnStdinGivesTheSameOkReport() throws Exception {
        sameAsJvm(utf8(BALANCED), "-s", "0A", "-y", "2026", "-r", "110300");
        assertThat(jvm(utf8(BALANCED), "-s", "0A", "-y", "2026", "-r", "110300").exit()).isZero();
    }

    @Test
    void theTrainingFileGivesTheSameFindingsAsJsonAndText() throws Exception {
        String file = Path.of("src/cds/training.dat").toAbsolutePath().toString();
        sameAsJvm(new byte[0], "-s", "0A", "-y", "2026", "-r", "110300", file);
        sameAsJvm(new byte[0], "-s", "0A", "-y", "2026", "-r", "110300", "-f", "TEXT", file);
        assertThat(jvm(new byte[0], "-s", "0A", "-y", "2026", "-r", "110300", file).exit()).isEqualTo(2);
    }

    @Test
    void aLargeFileWithDuplicatesAcrossBatchesGivesTheSameReport() throws Exception {
        StringBuilder b = new StringBuilder(BALANCED);
        for (int copy = 0; copy < 6; copy++) {
            for (int i = 0; i < 5_000; i++) {
                b.append(HEAD).append('1').append(100 + i / 50).append(' ').append(100 + i % 50)
                        .append(String.format("%9d", copy + 1)).append('\n');
            }
        }
        Path file = Files.writeString(dir.resolve("large.dat"), b);
        sameAsJvm(new byte[0], "-s", "0A", "-y", "2026", "-r", "110300", file.toString());
    }

    @Test
    void badLinesOtherYearsAndSkjemaGiveTheSameReports() throws Exception {
        sameAsJvm(utf8(BALANCED + "kort linje\n" + HEAD + "1120 010\t   1000\n"), "-s", "0A", "-y", "2026", "-r",
                "110300");
        sameAsJvm(utf8(BALANCED.replace("2026", "2022")), "-s", "0A", "-y", "2022", "-r", "110300");
        sameAsJvm(utf8(BALANCED.replace("0A2026", "0C2024")), "-s", "0C", "-y", "2024", "-r", "110300");
        sameAsJvm(utf8(BALANCED.replace("0A2026 ", "0A20261")), "-s", "0AK1", "-y", "2026", "-q", "1", "-r",
                "110300");
    }

    @Test
    void aLatin1FileReadWithItsCharsetGivesTheSameReport() throws Exception {
        String withOslash = BALANCED + HEAD + "1120 01\u00f8     1000\n";
        sameAsJvm(withOslash.getBytes(StandardCharsets.ISO_8859_1), "-s", "0A", "-y", "2026", "-r", "110300", "-c",
                "ISO-8859-1");
        sameAsJvm(withOslash.getBytes(StandardCharsets.ISO_8859_1), "-s", "0A", "-y", "2026", "-r", "110300", "-c",
                "windows-1252");
    }

    @Test
    void usageErrorsHelpAndAMissingFileGiveTheSameMessages() throws Exception {
        sameAsJvm(new byte[0], "-y", "2026", "-r", "110300");
        sameAsJvm(new byte[0], "-s", "0A", "-y", "1999", "-r", "110300");
        sameAsJvm(new byte[0], "-h");
        sameAsJvm(new byte[0], "-s", "0A", "-y", "2026", "-r", "110300", dir.resolve("finnes-ikke.dat").toString());
    }
}

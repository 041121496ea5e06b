package no.kommunefakta.cli;

import java.io.BufferedWriter;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import no.kommunefakta.posting.validation.FileValidator;
import no.kommunefakta.posting.ValidationResult;

/**
 * Drop-in for SSB's KOSTRA control program on the command line: same options, same exit codes, a JSON report on
 * standard output. Streams the file: memory does not grow with the number of postings beyond the sums.
 */
public final class KontrollCli {

    private KontrollCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command and answers the exit code (0 OK/INFO, 1 WARNING, 2 ERROR/FATAL or unusable arguments). */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (CliArguments.UsageException e) {
            stderr.println(e.getMessage());
            stderr.println(CliArguments.USAGE);
            return 2;
        }
        if (arguments.help()) {
            stdout.println(CliArguments.USAGE);
            return 0;
        }
        ValidationResult result;
        try (InputStream in = arguments.file().isPresent() ? new FileInputStream(arguments.file().get()) : stdin;
             Reader reader = new ReadAhead(in, arguments.charset())) {
            result = FileValidator.standard().validate(arguments.context(), reader);
        } catch (FileNotFoundException e) {
            stderr.println("Fant ikke filen " + arguments.file().orElse("") + " (file not found).");
            return 2;
        } catch (IOException e) {
            stderr.println("Kunne ikke lese filen: " + e.getMessage());
            return 2;
        }
        try {
            if (arguments.format() == CliArguments.Format.JSON) {
                Report.json(arguments.context(), result, stdout);
            } else {
                Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
                Report.text(arguments.context(), result, out);
                out.flush();
            }
        } catch (IOException e) {
            stderr.println("Kunne ikke skrive rapporten: " + e.getMessage());
            return 2;
        }
        return result.verdict().exitCode();
    }
}

package no.kommunefakta.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.posting.ValidationContext;

/**
 * The command line of the official control program ({@code -s -y -q -r -u -n -f -c}), plus an optional file path
 * (otherwise the file is read from standard input).
 *
 * @param context the run context built from -s -y -q -r -u
 * @param format  report format: JSON (default) or TEXT
 * @param charset charset of the input file (-c, default UTF-8)
 * @param file    path of the input file, or empty for standard input
 * @param help    whether -h/--help was given
 */
public record CliArguments(ValidationContext context, Format format, Charset charset, Optional<String> file,
                           boolean help) {

    /** Report formats. */
    public enum Format { JSON, TEXT }

    static final String USAGE = """
            Bruk: kostra-cli -s SKJEMA -y ÅRGANG -r REGION [-q KVARTAL] [-u ORGNR] [-n NAVN] [-f JSON|TEXT] [-c TEGNSETT] [FIL]
              -s  skjema, f.eks. 0A, 0C, 0B, 0AK1
              -y  årgang (%d-%d: årene kontoplanen dekker)
              -q  kvartal 1-4 (utelates for årsregnskap)
              -r  region, 6 siffer, f.eks. 110300
              -u  organisasjonsnummer (9 siffer)
              -n  navn (tas imot for samsvar med SSBs program, brukes ikke)
              -f  rapportformat: JSON (standard) eller TEXT
              -c  tegnsett for filen (standard UTF-8)
              FIL filen som skal kontrolleres; uten FIL leses standard inn
            Avslutningskode: 0 = OK/INFO, 1 = WARNING, 2 = ERROR/FATAL (og ved feil i argumentene).""".formatted(
            Kontoplan.standard().years().first(), Kontoplan.standard().years().last());

    /** Thrown for a command line that cannot be used; the message names the option and value. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    public static CliArguments parse(String... args) throws UsageException {
        String skjema = null;
        String aargang = null;
        String kvartal = " ";
        String region = null;
        String orgnr = ValidationContext.BLANK_ORGNR;
        Format format = Format.JSON;
        Charset charset = StandardCharsets.UTF_8;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return new CliArguments(null, format, charset, Optional.empty(), true);
                }
                case "-s" -> skjema = value(args, ++i, arg);
                case "-y" -> aargang = value(args, ++i, arg);
                case "-q" -> kvartal = value(args, ++i, arg);
                case "-r" -> region = value(args, ++i, arg);
                case "-u" -> orgnr = value(args, ++i, arg);
                case "-n" -> value(args, ++i, arg);
                case "-f" -> format = format(value(args, ++i, arg));
                case "-c" -> charset = charset(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("Ukjent valg " + arg + " (unknown option).");
                    }
                    if (file != null) {
                        throw new UsageException("Bare én fil om gangen: fikk både " + file + " og " + arg + ".");
                    }
                    file = arg;
                }
            }
        }
        if (skjema == null) {
            throw new UsageException("Mangler -s (skjema), f.eks. -s 0A.");
        }
        if (aargang == null) {
            throw new UsageException("Mangler -y (årgang), f.eks. -y 2026.");
        }
        if (region == null) {
            throw new UsageException("Mangler -r (region), f.eks. -r 110300.");
        }
        if (Kontoplan.standard().year(aargang).isEmpty()) {
            throw new UsageException("-y " + aargang + ": årgang må være " + Kontoplan.standard().years().first() + "-"
                    + Kontoplan.standard().years().last() + ".");
        }
        if (kvartal.isEmpty()) {
            kvartal = " ";
        }
        if (!" 1234".contains(kvartal) || kvartal.length() != 1) {
            throw new UsageException("-q " + kvartal + ": kvartal må være 1, 2, 3 eller 4.");
        }
        return new CliArguments(new ValidationContext(skjema, aargang, kvartal, region, orgnr), format, charset,
                Optional.ofNullable(file), false);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException("Valget " + option + " mangler en verdi.");
        }
        return args[i];
    }

    private static Format format(String value) throws UsageException {
        try {
            return Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("-f " + value + ": rapportformat må være JSON eller TEXT.");
        }
    }

    private static Charset charset(String value) throws UsageException {
        try {
            return Charset.forName(value);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("-c " + value + ": ukjent tegnsett.");
        }
    }
}

package no.kommunefakta.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.rule.Utgave;

/**
 * The command line of the official control program ({@code -s -y -q -r -u -n -f -c}), plus an optional file path
 * (otherwise the file is read from standard input), and the 2023 release's company number as {@code -k} or its own
 * long name {@code --company-orgnr}: that release spelled it {@code -c}, which is our charset (as
 * {@code -c/--output-charset} in the releases from 2025). The company number and a comma-separated {@code -u} list
 * are taken only for the years the 2023 release judges (the other releases have no company-number option, and compare
 * {@code -u} as a whole, so a list would fail 007 on every record).
 *
 * @param context the run context built from -s -y -q -r -u -k
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
            Bruk: kostra-cli -s SKJEMA -y ÅRGANG -r REGION [-q KVARTAL] [-u ORGNR] [-k FORETAKSNR] [-n NAVN] [-f JSON|TEXT]
                             [-c TEGNSETT] [FIL]
              -s  skjema, f.eks. 0A, 0C, 0B, 0AK1
              -y  årgang (%d-%d: årene kontoplanen dekker)
              -q  kvartal 1-4 (utelates for årsregnskap)
              -r  region, 6 siffer, f.eks. 110300
              -u  organisasjonsnummer (9 siffer); for %3$s også en kommaliste uten mellomrom
                  (SSBs 2023-utgave: kontroll 007 godtar hvilket som helst av dem)
              -k  foretaksnummer (9 siffer), bare for %4$s: kontroll 008 krever at posisjon 23-31 er lik det
                  (blankt når -k utelates). Også --company-orgnr. SSBs 2023-utgave kalte det -c, men -c er
                  tegnsett her (som i SSBs utgaver fra 2025).
              -n  navn (tas imot for samsvar med SSBs program, brukes ikke)
              -f  rapportformat: JSON (standard) eller TEXT
              -c  tegnsett for filen (standard UTF-8)
              FIL filen som skal kontrolleres; uten FIL leses standard inn
            Avslutningskode: 0 = OK/INFO, 1 = WARNING, 2 = ERROR/FATAL (og ved feil i argumentene).""".formatted(
            Kontoplan.standard().years().first(), Kontoplan.standard().years().last(),
            years(Utgave::k007OrgnrListe), years(Utgave::k008MotForetaksnr));

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
        String foretaksnr = null;
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
                case "-k", "--company-orgnr" -> foretaksnr = value(args, ++i, arg);
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
        Utgave utgave = Utgave.forAar(Integer.parseInt(aargang));
        if (orgnr.indexOf(',') >= 0) {
            if (!utgave.k007OrgnrListe()) {
                throw new UsageException("-u " + orgnr + ": en kommaliste av organisasjonsnummer tas bare imot for "
                        + years(Utgave::k007OrgnrListe) + "; SSBs program for " + aargang
                        + " sammenligner hele argumentet (kontroll 007 på alle poster).");
            }
            for (String one : orgnr.split(",", -1)) {
                if (one.length() != 9) {
                    throw new UsageException("-u " + orgnr + ": '" + one + "' har ikke 9 tegn; skill numrene med"
                            + " komma uten mellomrom.");
                }
            }
        }
        if (foretaksnr != null) {
            if (!utgave.k008MotForetaksnr()) {
                throw new UsageException("-k " + foretaksnr + ": foretaksnummer tas bare imot for "
                        + years(Utgave::k008MotForetaksnr) + "; SSBs program for " + aargang
                        + " har ikke dette valget (kontroll 008 godtar der blankt eller -u).");
            }
            if (foretaksnr.length() != 9) {
                throw new UsageException("-k " + foretaksnr + ": foretaksnummer må ha 9 tegn.");
            }
        }
        return new CliArguments(new ValidationContext(skjema, aargang, kvartal, region, orgnr, foretaksnr), format,
                charset, Optional.ofNullable(file), false);
    }

    /** The years whose judging release has the setting, e.g. "2023". */
    private static String years(java.util.function.Predicate<Utgave> setting) {
        return Utgave.aarMed(setting).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
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

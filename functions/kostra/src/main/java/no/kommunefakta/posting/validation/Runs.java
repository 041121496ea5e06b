package no.kommunefakta.posting.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.ValidationResult;
import no.kommunefakta.posting.rule.Profil;
import no.kommunefakta.posting.rule.Regelsett;
import no.kommunefakta.posting.rule.UkjentSkjema;
import no.kommunefakta.posting.rule.Utgave;

/**
 * What {@link PostingValidator} and {@link FileValidator} share (so that neither calls the other): the run arguments
 * resolved to a {@link Profil} or rejected, and the verdict of a list of findings.
 */
final class Runs {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::control)
            .thenComparingInt(f -> f.lines().isEmpty() ? 0 : f.lines().get(0));

    private Runs() {
    }

    /**
     * The FATAL result for an unknown skjema or a year without a chart of accounts, or a region argument outside the
     * release's region list ({@code regler.csv} {@code regioner_argument}, 2018), if the arguments are one of those.
     */
    static Optional<ValidationResult> rejection(Regelsett regelsett, ValidationContext context) {
        if (context == null) {
            throw new IllegalArgumentException("context must not be null");
        }
        Optional<Skjema> skjema = Skjema.of(context.skjema());
        if (skjema.isEmpty()) {
            return Optional.of(fatal(UkjentSkjema.skjema(context.skjema())));
        }
        OptionalInt year = regelsett.kontoplan().year(context.aargang());
        if (year.isEmpty()) {
            return Optional.of(fatal(UkjentSkjema.aargang(context.aargang(), regelsett.kontoplan())));
        }
        List<String> regioner = regelsett.kontoplan().parameter("regioner_argument", year.getAsInt());
        if (!regioner.isEmpty() && !regioner.contains(context.region())) {
            // the 2018 release checks the region argument against its own list before anything else
            return Optional.of(fatal(UkjentSkjema.region(context.region())));
        }
        if (skjema.get().familie() == Skjema.Familie.HELSE && !Utgave.forAar(year.getAsInt()).helseforetak()) {
            // 0X/0Y exist only in the releases that still had HelseForetakMain
            return Optional.of(fatal(UkjentSkjema.skjema(context.skjema())));
        }
        return Optional.empty();
    }

    /**
     * The two characters every line must start with when the year's release refuses a file of mixed skjema before any
     * control ({@code regler.csv} {@code fil_skjema_ensartet}, the per-skjema programs of 2018-2019: quarterly 0AK/0BK
     * for a fylke of {@code kvartal_fylker} become 0C/0D first), else {@code null}.
     */
    static String ensartetPrefiks(Profil profil) {
        if (!profil.kontoplan().parameter("fil_skjema_ensartet", profil.year()).contains("ja")) {
            return null;
        }
        String kode = profil.skjema().kode();
        if (kode.length() == 4 && profil.kontoplan().parameter("kvartal_fylker", profil.year())
                .contains(profil.context().region())) {
            if (kode.startsWith("0AK")) {
                return "0C";
            }
            if (kode.startsWith("0BK")) {
                return "0D";
            }
        }
        return kode.substring(0, 2);
    }

    /** Whether a line of at least two characters starts with other characters than the prefix (ignoring case). */
    static boolean avviker(String prefiks, char[] buf, int from, int to) {
        return prefiks != null && to - from >= 2 && (Character.toUpperCase(buf[from]) != prefiks.charAt(0)
                || Character.toUpperCase(buf[from + 1]) != prefiks.charAt(1));
    }

    /**
     * What the per-skjema programs decide before any control: a file of mixed skjema is control 003 alone (ERROR), a
     * skjema the release has no program for ({@code skjema_uten_program}) "Ukjent skjema" (ERROR).
     */
    static Optional<ValidationResult> foerKontroller(Profil profil, String prefiks, boolean avvik) {
        if (avvik) {
            return Optional.of(new ValidationResult(Severity.ERROR,
                    List.of(no.kommunefakta.posting.rule.Kontroll003Skjema.uensartet(profil.context().skjema(),
                            prefiks))));
        }
        if (profil.kontoplan().parameter("skjema_uten_program", profil.year()).contains(profil.skjema().kode())) {
            return Optional.of(new ValidationResult(Severity.ERROR,
                    List.of(UkjentSkjema.utenProgram(profil.skjema().kode(), profil.year()))));
        }
        return Optional.empty();
    }

    /** The profile for arguments that {@link #rejection} accepted. */
    static Profil profil(Regelsett regelsett, ValidationContext context) {
        OptionalInt year = regelsett.kontoplan().year(context.aargang());
        return regelsett.profil(context, Skjema.of(context.skjema()).orElseThrow(), year.orElseThrow());
    }

    static ValidationResult fatal(Finding finding) {
        return new ValidationResult(Severity.FATAL, List.of(finding));
    }

    /**
     * Sorts the findings (control, then first line) and takes the highest severity as the verdict, OK when none (and
     * the release's verdict for INFO, {@link Utgave#infoDom()}).
     */
    static ValidationResult result(Profil profil, List<Finding> findings) {
        findings.sort(ORDER);
        Severity verdict = Severity.OK;
        for (Finding f : findings) {
            verdict = verdict.max(f.severity());
        }
        if (verdict == Severity.INFO) {
            verdict = profil.utgave().infoDom();
        }
        return new ValidationResult(verdict, findings);
    }

    /**
     * The release for 2022 data stops a kirke file (0F/0G) after "Filbeskrivelse" (002) when that finds an error:
     * keeps only the 002 findings then and says whether it did.
     */
    static boolean stoppEtterFilbeskrivelse(Profil profil, List<Finding> findings) {
        if (!profil.utgave().k002Filbeskrivelse() || profil.skjema().familie() != Skjema.Familie.KIRKE) {
            return false;
        }
        boolean funnet = false;
        for (Finding f : findings) {
            funnet |= "002".equals(f.control());
        }
        if (funnet) {
            findings.removeIf(f -> !"002".equals(f.control()));
        }
        return funnet;
    }
}

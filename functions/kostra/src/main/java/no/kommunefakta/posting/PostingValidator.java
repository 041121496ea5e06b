package no.kommunefakta.posting;

import java.util.ArrayList;
import java.util.List;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.rule.Kontroll001Recordlengde;
import no.kommunefakta.posting.rule.Posting;
import no.kommunefakta.posting.rule.PostingRule;
import no.kommunefakta.posting.rule.Profil;
import no.kommunefakta.posting.rule.Regelsett;
import no.kommunefakta.posting.rule.UkjentSkjema;

/**
 * Runs every posting-level control of SSB's control program (001, 003-014, 016, 020-081, 200, unknown skjema) on one
 * posting, with the code lists of the year given in the context. Thread-safe; build once, reuse.
 *
 * <p>Verdict: FATAL for an unknown skjema or a year without a chart of accounts (control {@code "Ukjent skjema"} / {@code "Ukjent årgang"}) and for a
 * record that is not 48 characters or contains a TAB (001, nothing else runs); OK without findings for a record whose
 * trimmed belop is {@code "0"} (the program drops it) and for an empty record (no posting-level control runs; a whole
 * empty <em>file</em> is ERROR, see {@link FileValidator}); otherwise the highest severity of the findings, OK when
 * none. {@code '\r'} at either end of the record is stripped, as the program does with every line.
 */
public final class PostingValidator {

    private static final class Holder {
        static final PostingValidator INSTANCE = new PostingValidator(new Regelsett(Kontoplan.standard()));
    }

    private final Regelsett regelsett;

    PostingValidator(Regelsett regelsett) {
        this.regelsett = regelsett;
    }

    /** The validator over the embedded chart of accounts 2018-2026 (loaded once). */
    public static PostingValidator standard() {
        return Holder.INSTANCE;
    }

    /** Validates one raw record (48 characters expected; any other length gives control 001). */
    public ValidationResult validate(ValidationContext context, String record) {
        if (context == null) {
            throw new IllegalArgumentException("context must not be null");
        }
        Skjema skjema = Skjema.of(context.skjema()).orElse(null);
        if (skjema == null) {
            return fatal(UkjentSkjema.skjema(context.skjema()));
        }
        int year = year(context.aargang(), regelsett.kontoplan());
        if (year < 0) {
            return fatal(UkjentSkjema.aargang(context.aargang(), regelsett.kontoplan()));
        }
        String line = stripCr(record == null ? "" : record);
        if (line.isEmpty()) {
            return new ValidationResult(Severity.OK, List.of());
        }
        char[] buf = line.toCharArray();
        if (!Kontroll001Recordlengde.ok(buf, 0, buf.length)) {
            return fatal(Kontroll001Recordlengde.finding(0, buf.length, line.indexOf('\t') >= 0));
        }
        Profil profil = regelsett.profil(context, skjema, year);
        Posting posting = new Posting();
        posting.load(buf, 0, 0);
        if (posting.isNullpost()) {
            return new ValidationResult(Severity.OK, List.of());
        }
        List<Finding> findings = new ArrayList<>(4);
        for (PostingRule rule : profil.postingRules()) {
            rule.check(posting, profil, findings::add);
        }
        return FileValidator.result(findings);
    }

    /** Validates one parsed posting. */
    public ValidationResult validate(ValidationContext context, Kontostreng posting) {
        if (posting == null) {
            throw new IllegalArgumentException("posting must not be null");
        }
        return validate(context, posting.toRecord());
    }

    private static String stripCr(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '\r') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '\r') {
            b--;
        }
        return s.substring(a, b);
    }

    static ValidationResult fatal(Finding finding) {
        return new ValidationResult(Severity.FATAL, List.of(finding));
    }

    /** The reporting year as a number when the chart of accounts covers it, else -1. */
    static int year(String aargang, Kontoplan kontoplan) {
        if (aargang == null || aargang.length() != 4) {
            return -1;
        }
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = aargang.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = y * 10 + (c - '0');
        }
        return kontoplan.covers(y) ? y : -1;
    }
}

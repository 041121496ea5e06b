package no.kommunefakta.posting.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Kontostreng;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.ValidationResult;
import no.kommunefakta.posting.rule.Kontroll001Recordlengde;
import no.kommunefakta.posting.rule.PostingView;
import no.kommunefakta.posting.rule.PostingRule;
import no.kommunefakta.posting.rule.Profil;
import no.kommunefakta.posting.rule.Regelsett;

/**
 * Runs every posting-level control of SSB's control program (001-014, 016, 020-081, 200, unknown skjema) on one
 * posting, with the code lists of the year given in the context. Thread-safe; build once, reuse.
 *
 * <p>Verdict: FATAL for an unknown skjema or a year without a chart of accounts (control {@code "Ukjent skjema"} / {@code "Ukjent årgang"}) and for a
 * record that is not 48 characters or contains a TAB (001, nothing else runs; ERROR for 2022 data, whose release has
 * no FATAL); OK without findings for a record whose
 * trimmed belop is {@code "0"} (the program drops it; the 2023 release checks it like any record, the 2022 release
 * with its field controls first) and for an empty record (no posting-level control runs; a whole
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

    /** The validator over the embedded chart of accounts (every year it has; loaded once). */
    public static PostingValidator standard() {
        return Holder.INSTANCE;
    }

    /** Validates one raw record (48 characters expected; any other length gives control 001). */
    public ValidationResult validate(ValidationContext context, String record) {
        Optional<ValidationResult> rejected = Runs.rejection(regelsett, context);
        if (rejected.isPresent()) {
            return rejected.get();
        }
        String line = stripCr(record == null ? "" : record);
        if (line.isEmpty()) {
            return new ValidationResult(Severity.OK, List.of());
        }
        char[] buf = line.toCharArray();
        Profil profil = Runs.profil(regelsett, context);
        String prefiks = Runs.ensartetPrefiks(profil);
        Optional<ValidationResult> stopp = Runs.foerKontroller(profil, prefiks,
                Runs.avviker(prefiks, buf, 0, buf.length));
        if (stopp.isPresent()) {
            return stopp.get();
        }
        boolean ok = Kontroll001Recordlengde.ok(buf, 0, buf.length, profil.utgave().k001Tab());
        // the per-skjema programs: a TAB in a 48-character line is reported and the record controlled as any other
        boolean tabFeil = !ok && buf.length == Kontostreng.RECORD_LENGTH && !profil.utgave().k001Stopper();
        if (!ok && !tabFeil) {
            Severity severity = profil.utgave().k001Alvorlighet();
            return new ValidationResult(severity,
                    List.of(Kontroll001Recordlengde.finding(0, buf.length, line.indexOf('\t') >= 0, severity)));
        }
        PostingView posting = profil.view();
        posting.load(buf, 0, 0);
        if (profil.hopperOver(posting)) {
            return new ValidationResult(Severity.OK, List.of());
        }
        if (no.kommunefakta.posting.rule.Pakkekontroller.avbryter(profil, posting)) {
            return new ValidationResult(Severity.FATAL, List.of());
        }
        boolean nullpost = posting.isNullpost() && profil.utgave().nullposterDroppes();
        List<Finding> findings = new ArrayList<>(4);
        if (tabFeil) {
            findings.add(Kontroll001Recordlengde.finding(0, buf.length, true, profil.utgave().k001Alvorlighet()));
        }
        java.util.Set<Finding> andre = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PostingRule rule : profil.postingRules()) {
            if (!nullpost || profil.nullpostKontrolleres(rule)) {
                rule.check(posting, profil, rule.andrePass() ? f -> {
                    findings.add(f);
                    andre.add(f);
                } : findings::add);
            }
        }
        AndrePass.fjernLike(findings, andre);
        Summerte.enPost(findings);
        Runs.stoppEtterFilbeskrivelse(profil, findings);
        return Runs.result(profil, findings);
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
}

package no.kommunefakta.posting.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Kontostreng;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.ValidationResult;
import no.kommunefakta.posting.rule.FileRule;
import no.kommunefakta.posting.rule.Pakkekontroller;
import no.kommunefakta.posting.rule.Kontroll001Recordlengde;
import no.kommunefakta.posting.rule.PostingView;
import no.kommunefakta.posting.rule.PostingRule;
import no.kommunefakta.posting.rule.Profil;
import no.kommunefakta.posting.rule.Regelsett;
import no.kommunefakta.posting.rule.Utgave;

/**
 * Runs all controls of the official program on a whole file: the posting-level ones per line and the whole-file
 * ones (015, 085-190, 113, 143, 210-220, and for 2018-2019 the historical Kontroll 17) in one streaming pass. Memory
 * grows only with what the sums and findings need. Thread-safe; build once, reuse.
 *
 * <p>As the official program: lines are split on {@code '\n'}, {@code '\r'} is stripped from both ends, empty lines
 * are dropped and the remaining lines are numbered from 1; a line that is not 48 characters or contains a TAB (not for
 * the Java releases of 2021/2022 data, {@code Utgave#k001Tab}) gives
 * control 001 (FATAL; ERROR for 2022 data, whose release has no FATAL) and then only 001 findings are reported; records whose trimmed belop is {@code "0"} are skipped
 * (except for 2023 data: that release checks them like any record; 2022 data: its release checks them with the field
 * controls up to 014, 009 in quarterly files, first).
 * Verdict: FATAL for an unknown skjema or year (control {@code "Ukjent skjema"} / {@code "Ukjent årgang"}) or any 001; ERROR without findings for a file
 * without lines; otherwise the highest severity of the findings, OK when none.
 */
public final class FileValidator {

    private static final class Holder {
        static final FileValidator INSTANCE = new FileValidator(new Regelsett(Kontoplan.standard()));
    }

    private final Regelsett regelsett;

    FileValidator(Regelsett regelsett) {
        this.regelsett = regelsett;
    }

    /** The validator over the embedded chart of accounts (every year it has). */
    public static FileValidator standard() {
        return Holder.INSTANCE;
    }

    /** Validates a file read line by line (lines split on '\n', '\r' stripped, empty lines dropped). */
    public ValidationResult validate(ValidationContext context, BufferedReader file) {
        return validate(context, (Reader) file);
    }

    /** Validates a file from any reader, e.g. stdin (same line rules as the {@link BufferedReader} variant). */
    public ValidationResult validate(ValidationContext context, Reader file) {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        Run run = start(context);
        if (run.result != null) {
            return run.result;
        }
        try {
            split(file, run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file", e);
        }
        return run.finish();
    }

    /**
     * Validates the given records as the lines of one file: each element is one line ('\r' stripped from both ends);
     * empty elements are dropped like empty lines, so line numbers are 1-based positions among the non-empty ones.
     */
    public ValidationResult validate(ValidationContext context, List<String> records) {
        if (records == null) {
            throw new IllegalArgumentException("records must not be null");
        }
        Run run = start(context);
        if (run.result != null) {
            return run.result;
        }
        for (String r : records) {
            if (r == null) {
                continue;
            }
            char[] buf = r.toCharArray();
            run.emit(buf, 0, buf.length, r.indexOf('\t') >= 0);
        }
        return run.finish();
    }

    private Run start(ValidationContext context) {
        Optional<ValidationResult> rejected = Runs.rejection(regelsett, context);
        return rejected.map(Run::new).orElseGet(() -> new Run(Runs.profil(regelsett, context)));
    }

    private static void split(Reader in, Run run) throws IOException {
        char[] buf = new char[1 << 16];
        int start = 0;
        int end = 0;
        int scan = 0;
        boolean tab = false;
        while (true) {
            if (end == buf.length) {
                if (start > 0) {
                    System.arraycopy(buf, start, buf, 0, end - start);
                    end -= start;
                    scan -= start;
                    start = 0;
                } else {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                break;
            }
            end += n;
            for (int i = scan; i < end; i++) {
                char c = buf[i];
                if (c <= '\n') {
                    if (c == '\n') {
                        run.emit(buf, start, i - start, tab);
                        start = i + 1;
                        tab = false;
                    } else if (c == '\t') {
                        tab = true;
                    }
                }
            }
            scan = end;
        }
        if (start < end) {
            run.emit(buf, start, end - start, tab);
        }
    }

    /** State of one validation run. */
    private static final class Run {
        final ValidationResult result;
        final Profil profil;
        final PostingRule[][] rules;
        /** Per kontotype, the rules a zero-amount record still goes through before it is dropped (most releases: none). */
        final PostingRule[][] nullpostRules;
        /** Per kontotype, the accumulators fed on this thread. */
        final FileRule.Accumulator[][] accumulatorsByType;
        /** Per kontotype, the accumulators of {@link FileRule#separateThread()} rules, fed in batches by a Worker. */
        final FileRule.Accumulator[][] separateByType;
        /** The kontotyper that {@link #separateByType} has accumulators for, as a mask. */
        final int separateTypes;
        final FileRule.Accumulator[] accumulators;
        /** The accumulators that also see the zero-amount records ({@link FileRule.Accumulator#seesNullposter()}). */
        final FileRule.Accumulator[] nullpostAccumulators;
        final PostingView posting;
        /** The records for the {@link #separateByType} accumulators not yet handed over. */
        Batch batch;
        /** Started at the first full batch: a small file is validated on the caller's thread alone. */
        Worker worker;
        final List<Finding> findings = new ArrayList<>();
        final int feltkontrollLinjerMaks;
        final Consumer<Finding> sink = findings::add;
        /** The findings of the field controls ({@link PostingRule#feltkontroll()}) when the release limits their lines. */
        final java.util.Set<Finding> felt = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final Consumer<Finding> feltSink = f -> {
            findings.add(f);
            felt.add(f);
        };
        /** The findings of the second pass of 010-013 ({@link PostingRule#andrePass()}). */
        final java.util.Set<Finding> andre = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final Consumer<Finding> andreSink = f -> {
            findings.add(f);
            andre.add(f);
        };
        List<Finding> fatal;
        /** Lines of the wrong length and 48-character lines with a TAB, when they do not stop the file. */
        final List<Integer> k001Lengde = new ArrayList<>();
        final List<Integer> k001Tab = new ArrayList<>();
        /** The release's skjema prefix for every line ({@link Runs#ensartetPrefiks}), null when it has no such check. */
        final String prefiks;
        /** A line with another prefix was seen. */
        boolean avvik;
        int lineNo;
        /** Zero-amount records dropped so far. */
        int nullposter;
        /** A record stopped the run ({@link Pakkekontroller#avbryter}): FATAL without findings. */
        boolean avbrutt;
        /** How the release's package reports (2018/2019), else null. */
        final Pakkefunn pakkefunn;

        Run(ValidationResult result) {
            this.result = result;
            this.prefiks = null;
            this.profil = null;
            this.feltkontrollLinjerMaks = 0;
            this.rules = null;
            this.nullpostRules = null;
            this.accumulatorsByType = null;
            this.separateByType = null;
            this.separateTypes = 0;
            this.accumulators = null;
            this.nullpostAccumulators = null;
            this.posting = null;
            this.pakkefunn = null;
        }

        Run(Profil profil) {
            this.result = null;
            this.profil = profil;
            this.prefiks = Runs.ensartetPrefiks(profil);
            this.feltkontrollLinjerMaks = profil.utgave().feltkontrollLinjerMaks();
            this.posting = profil.view();
            this.pakkefunn = Pakkefunn.of(profil);
            this.rules = new PostingRule[4][];
            this.nullpostRules = new PostingRule[4][];
            this.accumulatorsByType = new FileRule.Accumulator[4][];
            this.separateByType = new FileRule.Accumulator[4][];
            List<FileRule.Accumulator> all = new ArrayList<>();
            List<List<FileRule.Accumulator>> byType = List.of(new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            List<List<FileRule.Accumulator>> separate = List.of(new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            int typer = 0;
            List<FileRule.Accumulator> nullpostAcc = new ArrayList<>();
            for (FileRule r : profil.fileRules()) {
                FileRule.Accumulator a = Pakkekontroller.start(profil, r).orElseGet(() -> r.start(profil));
                all.add(a);
                if (a.seesNullposter()) {
                    nullpostAcc.add(a);
                }
                int maske = Pakkekontroller.kontotyper(profil, r);
                for (int t = 0; t < 4; t++) {
                    if ((maske & (1 << t)) != 0) {
                        (r.separateThread() ? separate : byType).get(t).add(a);
                        typer |= r.separateThread() ? 1 << t : 0;
                    }
                }
            }
            this.separateTypes = typer;
            for (int t = 0; t < 4; t++) {
                List<PostingRule> pr = new ArrayList<>();
                for (PostingRule r : profil.postingRules()) {
                    if ((r.kontotyper() & (1 << t)) != 0) {
                        pr.add(r);
                    }
                }
                rules[t] = pr.toArray(new PostingRule[0]);
                nullpostRules[t] = pr.stream().filter(profil::nullpostKontrolleres).toArray(PostingRule[]::new);
                accumulatorsByType[t] = byType.get(t).toArray(new FileRule.Accumulator[0]);
                separateByType[t] = separate.get(t).toArray(new FileRule.Accumulator[0]);
            }
            this.accumulators = all.toArray(new FileRule.Accumulator[0]);
            this.nullpostAccumulators = nullpostAcc.toArray(new FileRule.Accumulator[0]);
        }

        /** One raw line: strips '\r' at both ends, drops it when empty, else numbers and checks it. */
        void emit(char[] buf, int from, int len, boolean tab) {
            int a = from;
            int b = from + len;
            while (a < b && buf[a] == '\r') {
                a++;
            }
            while (b > a && buf[b - 1] == '\r') {
                b--;
            }
            if (a == b) {
                return;
            }
            avvik |= Runs.avviker(prefiks, buf, a, b);
            lineNo++;
            boolean tabFeil = tab && profil.utgave().k001Tab();
            if (!profil.utgave().k001Stopper() && (tabFeil || b - a != Kontostreng.RECORD_LENGTH)) {
                if (b - a != Kontostreng.RECORD_LENGTH) {
                    k001Lengde.add(lineNo);
                    return;
                }
            } else if (tabFeil || b - a != Kontostreng.RECORD_LENGTH) {
                if (fatal == null) {
                    fatal = new ArrayList<>();
                    findings.clear();
                }
                fatal.add(Kontroll001Recordlengde.finding(lineNo, b - a, tab, profil.utgave().k001Alvorlighet()));
                return;
            }
            if (fatal != null || avbrutt) {
                if (!avbrutt && profil.utgave().belopAvbryter(profil.skjema())) {
                    posting.load(buf, a, lineNo);
                    avbrutt = Pakkekontroller.avbryter(profil, posting);
                }
                return;
            }
            posting.load(buf, a, lineNo);
            if (profil.hopperOver(posting)) {
                return;
            }
            if (pakkefunn != null) {
                pakkefunn.add(posting);
            }
            if (tabFeil) {
                k001Tab.add(lineNo);
            }
            if (Pakkekontroller.avbryter(profil, posting)) {
                avbrutt = true;
                return;
            }
            posting.nullposterFoer(nullposter);
            int type = posting.kontotype();
            if (posting.isNullpost() && profil.utgave().nullposterDroppes()) {
                for (PostingRule rule : nullpostRules[type]) {
                    rule.check(posting, profil, sinkFor(rule));
                }
                for (FileRule.Accumulator acc : nullpostAccumulators) {
                    acc.add(posting);
                }
                nullposter++;
                return;
            }
            for (PostingRule rule : rules[type]) {
                rule.check(posting, profil, sinkFor(rule));
            }
            for (FileRule.Accumulator acc : accumulatorsByType[type]) {
                acc.add(posting);
            }
            if ((separateTypes & (1 << type)) != 0) {
                if (batch == null) {
                    batch = worker == null ? new Batch() : worker.emptyBatch();
                }
                if (batch.add(buf, a, lineNo)) {
                    if (worker == null) {
                        worker = new Worker(profil.view(), separateByType);
                    }
                    worker.submit(batch);
                    batch = null;
                }
            }
        }

        private Consumer<Finding> sinkFor(PostingRule rule) {
            if (rule.andrePass()) {
                return andreSink;
            }
            return feltkontrollLinjerMaks > 0 && rule.feltkontroll() ? feltSink : sink;
        }

        /** Feeds the last records to the {@link FileRule#separateThread()} accumulators and waits for them. */
        private void finishSeparate() {
            if (worker == null) {
                if (batch != null) {
                    batch.feed(posting, separateByType);
                }
            } else {
                if (batch != null) {
                    worker.submit(batch);
                }
                worker.finish();
            }
            batch = null;
        }

        /** Ends the worker without its findings (the run stops before the file controls). */
        private void abandonSeparate() {
            if (worker != null) {
                batch = null;
                worker.finish();
            }
        }

        ValidationResult finish() {
            Optional<ValidationResult> stopp = Runs.foerKontroller(profil, prefiks, avvik);
            if (stopp.isPresent()) {
                abandonSeparate();
                return stopp.get();
            }
            if (lineNo == 0 && profil.utgave().tomFil() == Utgave.TomFil.FEIL) {
                return new ValidationResult(Severity.ERROR, List.of());
            }
            if (lineNo == 0 && profil.utgave().tomFil() == Utgave.TomFil.K001) {
                Severity severity = profil.utgave().k001Alvorlighet();
                return new ValidationResult(severity, List.of(Kontroll001Recordlengde.tomFil(severity)));
            }
            if (avbrutt) {
                abandonSeparate();
                return new ValidationResult(Severity.FATAL, List.of());
            }
            if (fatal != null) {
                abandonSeparate();
                Severity severity = profil.utgave().k001Alvorlighet();
                return new ValidationResult(severity,
                        profil.utgave().k001Samlet() ? List.of(Kontroll001Recordlengde.samlet(fatal, severity)) : fatal);
            }
            Severity k001 = profil.utgave().k001Alvorlighet();
            if (!k001Lengde.isEmpty()) {
                findings.add(Kontroll001Recordlengde.perKontroll(k001Lengde, false, k001));
            }
            if (!k001Tab.isEmpty()) {
                findings.add(Kontroll001Recordlengde.perKontroll(k001Tab, true, k001));
            }
            Feltkontroller.begrens(findings, felt, feltkontrollLinjerMaks);
            AndrePass.fjernLike(findings, andre);
            if (pakkefunn != null) {
                pakkefunn.rapporter(findings);
            }
            Summerte.slaaSammen(findings,
                    profil.pakke().map(no.kommunefakta.posting.rule.Pakke::linjerMaks).orElse(0));
            if (Runs.stoppEtterFilbeskrivelse(profil, findings)) {
                abandonSeparate();
                return Runs.result(profil, findings);
            }
            finishSeparate();
            for (FileRule.Accumulator acc : accumulators) {
                acc.finish(sink);
            }
            if (lineNo == 0 && findings.isEmpty() && profil.utgave().tomFil() == Utgave.TomFil.KONTROLLERES_FEIL) {
                return new ValidationResult(Severity.ERROR, List.of());
            }
            return Runs.result(profil, findings);
        }
    }

    /** Records (48 characters each, copied) with their line numbers, for the {@link Worker}. */
    private static final class Batch {
        static final int RECORDS = 8192;
        final char[] chars;
        final int[] lines;
        int size;

        Batch() {
            this(RECORDS);
        }

        Batch(int records) {
            chars = new char[records * Kontostreng.RECORD_LENGTH];
            lines = new int[records];
        }

        /** Adds a record and says whether the batch is full now. */
        boolean add(char[] buf, int from, int lineNo) {
            System.arraycopy(buf, from, chars, size * Kontostreng.RECORD_LENGTH, Kontostreng.RECORD_LENGTH);
            lines[size++] = lineNo;
            return size == lines.length;
        }

        void feed(PostingView view, FileRule.Accumulator[][] byType) {
            for (int i = 0; i < size; i++) {
                view.load(chars, i * Kontostreng.RECORD_LENGTH, lines[i]);
                for (FileRule.Accumulator acc : byType[view.kontotype()]) {
                    acc.add(view);
                }
            }
            size = 0;
        }
    }

    /**
     * A second thread that feeds the {@link FileRule#separateThread()} accumulators batch by batch, in file order,
     * while the caller's thread runs the other controls. A few batches are in flight and reused. A failure in an
     * accumulator is thrown again on the caller's thread by {@link #finish}.
     */
    private static final class Worker implements Runnable {
        private static final int IN_FLIGHT = 4;
        private static final Batch END = new Batch(0);
        private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(IN_FLIGHT + 2);
        private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(IN_FLIGHT + 1);
        private final PostingView view;
        private final FileRule.Accumulator[][] byType;
        private final Thread thread;
        private int batches = 1;
        private volatile RuntimeException failure;

        Worker(PostingView view, FileRule.Accumulator[][] byType) {
            this.view = view;
            this.byType = byType;
            thread = new Thread(this, "kostra-file-controls");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            while (true) {
                Batch b;
                try {
                    b = full.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (b == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        b.feed(view, byType);
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
                b.size = 0;
                empty.offer(b);
            }
        }

        /** A batch to fill: a returned one, a new one while fewer than the limit exist, else the next returned. */
        Batch emptyBatch() {
            Batch b = empty.poll();
            if (b != null) {
                return b;
            }
            if (batches < IN_FLIGHT) {
                batches++;
                return new Batch();
            }
            try {
                return empty.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating", e);
            }
        }

        void submit(Batch b) {
            try {
                full.put(b);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating", e);
            }
        }

        /** Waits until every submitted batch is fed; the accumulators' state is then visible to the caller. */
        void finish() {
            submit(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating", e);
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}

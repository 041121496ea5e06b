package no.kommunefakta.rent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.money.ControlledRounding;
import no.kommunefakta.money.Money;
import no.kommunefakta.posting.validation.FileValidator;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Kontostreng;
import no.kommunefakta.posting.validation.PostingValidator;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.ValidationResult;
import no.kommunefakta.rent.RentAllocation.ExcusedFinding;
import no.kommunefakta.rent.RentAllocation.KeyTotal;
import no.kommunefakta.rent.RentAllocation.LineResult;
import no.kommunefakta.rent.RentAllocation.NettingProof;
import no.kommunefakta.rent.RentAllocation.PoolResult;
import no.kommunefakta.rent.RentAllocation.Posting;
import no.kommunefakta.rent.RentAllocation.PostingFinding;
import no.kommunefakta.rent.RentAllocation.PostingTrace;
import no.kommunefakta.rent.RentAllocation.Reconciliation;
import no.kommunefakta.rent.RentAllocation.RentValidation;
import no.kommunefakta.rent.RentAllocation.TraceSource;
import no.kommunefakta.rent.RentAllocation.UserPosting;
import no.kommunefakta.rent.RentAllocation.UserShare;
import no.kommunefakta.rent.RentRequestReader.Parsed;
import no.kommunefakta.rent.RentRequestReader.ParsedLine;
import no.kommunefakta.rent.RentRequestReader.ParsedPool;
import no.kommunefakta.rent.RentRequestReader.ParsedUser;

/**
 * Allocates internal rent (internhusleie) over the users of buildings and produces the KOSTRA postings of the
 * reporting year's regime ({@link Regime}), validated by the project's own {@link PostingValidator} and
 * {@link FileValidator}. Thread-safe; build once ({@link #standard()}) and reuse.
 *
 * <p>Arithmetic: amounts are whole øre ({@link Money}); every cost line is split over its pool's users by
 * {@link Allocator} (largest remainder, ties to the user listed first), so each user's parts sum exactly to the
 * line. Postings are rounded to whole 1000 NOK with the same method so that they sum exactly to the reportable total
 * rounded half up.
 *
 * <p>Limits: {@link RentLimits}.
 */
public final class RentAllocator {

    static final int NETTING_TOLERANCE = 30;
    private static final String ANNUAL = " ";
    private static final String BLANK9 = RentRequestReader.BLANK9;

    private static volatile RentAllocator standard;

    private final Rules rules;
    private final FileControls fileControls = FileControls.standard();
    private final RentRequestReader reader;

    public RentAllocator(Kontoplan kontoplan, PostingValidator postingValidator, FileValidator fileValidator,
                         Lokalefunksjoner lokalefunksjoner) {
        this(new Rules() {
            @Override
            public SortedSet<Integer> years() {
                return kontoplan.years();
            }

            @Override
            public Set<String> gyldigeFunksjoner(int aargang, String skjema, String region, String orgnr) {
                return kontoplan.gyldigeFunksjoner(aargang, skjema, region, orgnr);
            }

            @Override
            public Set<String> gyldigeArter(int aargang, String skjema, String region) {
                return kontoplan.gyldigeArter(aargang, skjema, region);
            }

            @Override
            public boolean isOslo(String region) {
                return kontoplan.isOslo(region);
            }

            @Override
            public ValidationResult validatePosting(ValidationContext context, Kontostreng posting) {
                return postingValidator.validate(context, posting);
            }

            @Override
            public ValidationResult validateFile(ValidationContext context, List<String> records) {
                return fileValidator.validate(context, records);
            }
        }, lokalefunksjoner);
    }

    RentAllocator(Rules rules, Lokalefunksjoner lokalefunksjoner) {
        this.rules = rules;
        this.reader = new RentRequestReader(rules, lokalefunksjoner);
    }

    /** The allocator over the embedded chart of accounts, validators and default premises map. */
    public static RentAllocator standard() {
        RentAllocator s = standard;
        if (s == null) {
            synchronized (RentAllocator.class) {
                s = standard;
                if (s == null) {
                    s = new RentAllocator(Kontoplan.standard(), PostingValidator.standard(), FileValidator.standard(),
                            Lokalefunksjoner.standard());
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * Allocates the request.
     *
     * @throws RentInputException naming the field and value when the request cannot be answered as given
     */
    public RentAllocation allocate(RentRequest request) {
        if (request == null) {
            throw new RentInputException("", "", "the request body is missing");
        }
        Parsed in = reader.read(request);
        List<String> explanation = new ArrayList<>();
        explain(in, explanation);

        // 1. Split every line over its pool's users, exactly to the øre.
        List<PoolSplit> splits = new ArrayList<>(in.pools().size());
        for (ParsedPool pool : in.pools()) {
            splits.add(PoolSplit.of(pool));
        }

        // 2. Per kontoklasse: the exact (øre) table funksjon x art, then rounded to 1000 NOK as a whole.
        TreeMap<String, List<PoolSplit>> byKontoklasse = new TreeMap<>();
        for (PoolSplit split : splits) {
            byKontoklasse.computeIfAbsent(split.pool().kontoklasse(), k -> new ArrayList<>()).add(split);
        }
        List<Cell> cells = new ArrayList<>();
        List<NettingProof> netting = new ArrayList<>();
        long reportable = 0;
        long reportableKnok = 0;
        for (Map.Entry<String, List<PoolSplit>> kk : byKontoklasse.entrySet()) {
            long exact = 0;
            for (PoolSplit split : kk.getValue()) {
                exact = Math.addExact(exact, split.reportable());
            }
            long target = Money.ofOre(exact).thousands(RoundingMode.HALF_UP);
            reportable += exact;
            reportableKnok += target;
            if (in.regime() == Regime.LOKALEFUNKSJONER) {
                cells.addAll(round(lokalefunksjoner(kk.getKey(), kk.getValue()), target));
            } else {
                netting.add(fordelteUtgifter(in, kk.getKey(), kk.getValue(), target, cells));
            }
        }

        List<Posting> postings = new ArrayList<>(cells.size());
        Set<AnswerPart> include = in.include();
        boolean withTraces = include.contains(AnswerPart.TRACES);
        boolean withRecords = include.contains(AnswerPart.RECORDS);
        boolean withCsv = include.contains(AnswerPart.CSV);
        List<PostingTrace> traces = new ArrayList<>(withTraces ? cells.size() : 0);
        List<String> records = new ArrayList<>(withRecords ? cells.size() : 0);
        List<UserPosting> roundedToZero = new ArrayList<>();
        StringBuilder csv = new StringBuilder("\ufeffskjema;aargang;region;kontoklasse;funksjon;art;belop_1000_nok;"
                + "eksakt_nok\r\n");
        long postingsSum = 0;
        for (Cell c : cells) {
            if (c.exact == 0 && c.knok == 0) {
                continue;
            }
            Kontostreng k = new Kontostreng(in.enhet().skjema(), Integer.toString(in.aargang()), ANNUAL,
                    in.region(), in.orgnr(), BLANK9, c.kontoklasse, String.format("%-4s", c.funksjon), c.art,
                    belop(c.knok));
            Posting p = Posting.of(k);
            if (withTraces) {
                traces.add(new PostingTrace(postings.size(), c.kontoklasse, c.funksjon, c.art,
                        Money.ofOre(c.exact).toString(), c.knok, List.copyOf(c.sources)));
            }
            postings.add(p);
            if (withRecords) {
                records.add(k.toRecord());
            }
            if (withCsv) {
                csv.append(p.skjema()).append(';').append(p.aargang()).append(';').append(p.region()).append(';')
                    .append(p.kontoklasse()).append(';').append(p.funksjon()).append(';').append(p.art()).append(';')
                    .append(p.belop()).append(';').append(Money.ofOre(c.exact).toString().replace('.', ','))
                    .append("\r\n");
            }
            postingsSum += c.knok;
            if (c.knok == 0) {
                roundedToZero.add(new UserPosting(c.funksjon, c.art, Money.ofOre(c.exact).toString()));
            }
        }
        Reconciliation reconciliation = new Reconciliation(Money.ofOre(reportable).toString(), reportableKnok,
                postingsSum, ROUNDING + (in.regime() == Regime.FORDELTE_UTGIFTER
                ? "; the 690 credit is minus the rounded reportable total, so the internal-service function sums to "
                + "exactly 0" : ""), List.copyOf(roundedToZero));

        RentValidation validation = validate(in, postings);

        List<PoolResult> poolResults = new ArrayList<>(splits.size());
        for (PoolSplit split : splits) {
            poolResults.add(result(split, in.regime(), include));
        }
        return new RentAllocation(in.regime(), in.enhet().jsonName(), in.enhet().skjema(), in.aargang(), in.region(),
                include.stream().map(AnswerPart::jsonName).toList(),
                List.copyOf(explanation), List.copyOf(in.mappings().values()), List.copyOf(poolResults),
                List.copyOf(postings), withTraces ? Optional.of(List.copyOf(traces)) : Optional.empty(),
                withRecords ? Optional.of(List.copyOf(records)) : Optional.empty(),
                withCsv ? Optional.of(csv.toString()) : Optional.empty(), reconciliation,
                List.copyOf(netting), validation);
    }

    static final String ROUNDING = "per kontoklasse the table of exact amounts (funksjon x art) is rounded to whole "
            + "1000 NOK as a whole (controlled rounding): every posting, every funksjon's total and every art's total "
            + "is the whole 1000 NOK just below or just above its exact value, and the postings sum exactly to the "
            + "reportable total rounded half up; the postings rounded up are those with the largest exact remainders "
            + "(least total rounding error), equal remainders in the rotating order funksjon index + art index";

    private static String belop(long knok) {
        String b = Long.toString(knok);
        if (b.length() > 9) { // RentLimits keeps every belop within nine characters; this is a programming error
            throw new IllegalStateException("belop " + b + " does not fit the 9 positions of a KOSTRA record");
        }
        return String.format("%9s", b);
    }

    // ---------------------------------------------------------------------------------------------------- rounding

    /** One posting before and after rounding, with where it comes from. */
    private static final class Cell {
        final String kontoklasse;
        final String funksjon;
        final String art;
        long exact;
        long knok;
        final List<TraceSource> sources = new ArrayList<>();

        Cell(String kontoklasse, String funksjon, String art) {
            this.kontoklasse = kontoklasse;
            this.funksjon = funksjon;
            this.art = art;
        }
    }

    /** Premises funksjon x art, each cell the users' parts of the art's lines. */
    private static TreeMap<String, TreeMap<String, Cell>> lokalefunksjoner(String kontoklasse, List<PoolSplit> splits) {
        TreeMap<String, TreeMap<String, Cell>> table = new TreeMap<>();
        for (PoolSplit split : splits) {
            List<ParsedUser> users = split.pool().users();
            // Sum per (premises funksjon, art) in arrays first; one map update per cell, not per user.
            Map<String, Integer> premisesIndex = new LinkedHashMap<>();
            int[] userPremises = new int[users.size()];
            for (int u = 0; u < users.size(); u++) {
                userPremises[u] = premisesIndex.computeIfAbsent(users.get(u).premises(), k -> premisesIndex.size());
            }
            List<String> premises = new ArrayList<>(premisesIndex.keySet());
            int arts = split.arts().size();
            long[][] sums = new long[premises.size()][arts];
            List<List<List<String>>> who = new ArrayList<>();
            for (int f = 0; f < premises.size(); f++) {
                List<List<String>> row = new ArrayList<>(arts);
                for (int a = 0; a < arts; a++) {
                    row.add(new ArrayList<>());
                }
                who.add(row);
            }
            for (int a = 0; a < arts; a++) {
                long[] col = split.byArt()[a];
                for (int u = 0; u < users.size(); u++) {
                    if (col[u] != 0) {
                        sums[userPremises[u]][a] += col[u];
                        who.get(userPremises[u]).get(a).add(users.get(u).id());
                    }
                }
            }
            for (int f = 0; f < premises.size(); f++) {
                for (int a = 0; a < arts; a++) {
                    if (!who.get(f).get(a).isEmpty()) {
                        String art = split.arts().get(a);
                        String funksjon = premises.get(f);
                        Cell c = table.computeIfAbsent(funksjon, k -> new TreeMap<>())
                                .computeIfAbsent(art, k -> new Cell(kontoklasse, funksjon, art));
                        c.exact += sums[f][a];
                        c.sources.add(new TraceSource(split.pool().id(), split.linesOfArt(art),
                                List.copyOf(who.get(f).get(a)), Money.ofOre(sums[f][a]).toString()));
                    }
                }
            }
        }
        return table;
    }

    /** Rounds a table of cells to whole 1000 NOK summing to {@code target}; returns the cells in table order. */
    private static List<Cell> round(TreeMap<String, TreeMap<String, Cell>> table, long target) {
        List<String> rows = new ArrayList<>(table.keySet());
        TreeSet<String> artSet = new TreeSet<>();
        table.values().forEach(m -> artSet.addAll(m.keySet()));
        List<String> cols = new ArrayList<>(artSet);
        long[][] amounts = new long[rows.size()][cols.size()];
        boolean[][] present = new boolean[rows.size()][cols.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                Cell c = table.get(rows.get(i)).get(cols.get(j));
                if (c != null) {
                    amounts[i][j] = c.exact;
                    present[i][j] = true;
                }
            }
        }
        long[][] knok = ControlledRounding.round(amounts, present, Money.ORE_PER_THOUSAND, target);
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                Cell c = table.get(rows.get(i)).get(cols.get(j));
                if (c != null) {
                    c.knok = knok[i][j];
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * Up to 2019: the FDV unit's costs on 190/490 with their art, the users' charges on art 190 of their premises
     * funksjon, and the 690 credit of minus the rounded total on 190/490; adds the cells in funksjon order.
     */
    private static NettingProof fordelteUtgifter(Parsed in, String kontoklasse, List<PoolSplit> splits, long target,
                                                 List<Cell> out) {
        String f190 = in.enhet().interneServiceenheter();
        TreeMap<String, TreeMap<String, Cell>> costs = new TreeMap<>();
        TreeMap<String, TreeMap<String, Cell>> charges = new TreeMap<>();
        Cell credit = new Cell(kontoklasse, f190, "690");
        for (PoolSplit split : splits) {
            for (int a = 0; a < split.arts().size(); a++) {
                String art = split.arts().get(a);
                Cell c = costs.computeIfAbsent(f190, k -> new TreeMap<>())
                        .computeIfAbsent(art, k -> new Cell(kontoklasse, f190, art));
                c.exact += split.artTotals()[a];
                c.sources.add(new TraceSource(split.pool().id(), split.linesOfArt(art), List.of(),
                        Money.ofOre(split.artTotals()[a]).toString()));
            }
            List<ParsedUser> users = split.pool().users();
            Map<String, List<String>> who = new TreeMap<>();
            Map<String, Long> sums = new TreeMap<>();
            List<String> everyone = new ArrayList<>(users.size());
            for (int u = 0; u < users.size(); u++) {
                everyone.add(users.get(u).id());
                long r = split.rent()[u] - split.calculated()[u];
                if (r != 0) {
                    who.computeIfAbsent(users.get(u).premises(), k -> new ArrayList<>()).add(users.get(u).id());
                    sums.merge(users.get(u).premises(), r, Long::sum);
                }
            }
            List<Integer> lines = split.reportableLines();
            sums.forEach((f, sum) -> {
                Cell c = charges.computeIfAbsent(f, k -> new TreeMap<>())
                        .computeIfAbsent("190", k -> new Cell(kontoklasse, f, "190"));
                c.exact += sum;
                c.sources.add(new TraceSource(split.pool().id(), lines, List.copyOf(who.get(f)),
                        Money.ofOre(sum).toString()));
            });
            if (split.reportable() != 0) {
                credit.exact -= split.reportable();
                credit.sources.add(new TraceSource(split.pool().id(), lines, List.copyOf(everyone),
                        Money.ofOre(-split.reportable()).toString()));
            }
        }
        credit.knok = -target;
        List<Cell> costCells = costs.isEmpty() ? List.of() : round(costs, target);
        List<Cell> chargeCells = charges.isEmpty() ? List.of() : round(charges, target);
        TreeMap<String, List<Cell>> byFunksjon = new TreeMap<>();
        List<Cell> f190Cells = new ArrayList<>(costCells);
        if (!costCells.isEmpty()) {
            f190Cells.add(credit);
        }
        byFunksjon.put(f190, f190Cells);
        for (Cell c : chargeCells) {
            byFunksjon.computeIfAbsent(c.funksjon, k -> new ArrayList<>()).add(c);
        }
        long sum190 = 0;
        for (List<Cell> list : byFunksjon.values()) {
            for (Cell c : list) {
                out.add(c);
                if (c.funksjon.equals(f190)) {
                    sum190 += c.knok;
                }
            }
        }
        return new NettingProof(f190, kontoklasse, sum190, NETTING_TOLERANCE, Math.abs(sum190) < NETTING_TOLERANCE,
                "Kontroll 17 (reporting years 2018-2019): all postings on funksjon " + f190 + " in kontoklasse "
                        + kontoklasse + " must sum to less than 30 (1000 NOK) in absolute value; here the 690 credit "
                        + "is minus the costs, so the sum is exactly 0");
    }

    // -------------------------------------------------------------------------------------------------- validation

    private static boolean hasDepreciation(List<Posting> postings) {
        for (Posting p : postings) {
            int f = Integer.parseInt(p.funksjon().trim());
            if (p.belop() != 0 && "590".equals(p.art()) && f >= 100 && f <= 799) {
                return true;
            }
        }
        return false;
    }

    private RentValidation validate(Parsed in, List<Posting> postings) {
        ValidationContext context = new ValidationContext(in.enhet().skjema(), Integer.toString(in.aargang()), ANNUAL,
                in.region(), in.orgnr());
        Severity verdict = Severity.OK;
        List<PostingFinding> postingFindings = new ArrayList<>();
        List<String> records = new ArrayList<>(postings.size());
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            Kontostreng k = p.toKontostreng();
            if (p.belop() != 0) {
                // a posting rounded to zero adds nothing to the whole-file sums; the 2023 release, which does not
                // drop zero-amount records, would see "depreciation lines summing to 0" (150) in a partial file
                records.add(k.toRecord());
            }
            ValidationResult r = rules.validatePosting(context, k);
            for (Finding f : r.findings()) {
                if (f.severity().compareTo(Severity.ERROR) >= 0) {
                    throw blame(in, p, f);
                }
                postingFindings.add(new PostingFinding(i, f));
                verdict = verdict.max(f.severity());
            }
        }
        List<Finding> fileFindings = new ArrayList<>();
        List<ExcusedFinding> excused = new ArrayList<>();
        if (!records.isEmpty()) {
            ValidationResult file = rules.validateFile(context, records);
            Set<String> postingLevel = new HashSet<>();
            postingFindings.forEach(pf -> postingLevel.add(pf.finding().control() + "|" + pf.finding().message()));
            for (Finding f : file.findings()) {
                if (postingLevel.contains(f.control() + "|" + f.message())) {
                    continue; // the same posting-level finding, already listed under postingFindings
                }
                String reason = fileControls.notApplicableReason(f.control());
                if (reason == null && "150".equals(f.control()) && !hasDepreciation(postings)) {
                    reason = fileControls.reasonWithoutLines(f.control());
                }
                if (reason != null) {
                    excused.add(new ExcusedFinding(f, reason));
                } else {
                    fileFindings.add(f);
                    verdict = verdict.max(f.severity());
                }
            }
        }
        return new RentValidation(verdict, List.copyOf(postingFindings), List.copyOf(fileFindings),
                List.copyOf(excused));
    }

    /** A posting the validator rejects is traced back to the request field that produced it. */
    private RentInputException blame(Parsed in, Posting p, Finding f) {
        String why = "Posteringen funksjon " + p.funksjon() + " art " + p.art() + " feiler kontroll " + f.control()
                + " (" + f.severity() + "): " + f.message() + " (the posting would fail control " + f.control() + ").";
        // The users' functions are checked against the chart before allocation, so a finding on a combination of
        // funksjon and art is blamed on the line that brought the art; only a funksjon finding (010) on a posting
        // whose art came from no line (the 190 charges) is blamed on the user.
        boolean fromLine = in.pools().stream().flatMap(pool -> pool.lines().stream())
                .anyMatch(l -> l.kind() != CostKind.CALCULATED && l.art().equals(p.art()));
        if (!fromLine || ("funksjon".equals(f.field()) && "010".equals(f.control()))) {
            for (ParsedPool pool : in.pools()) {
                for (ParsedUser u : pool.users()) {
                    if (u.premises().equals(p.funksjon())) {
                        Lokalefunksjoner.Mapping m = in.mappings().get(u.funksjon());
                        if (m == null) {
                            continue;
                        }
                        if (m.basis() == Lokalefunksjoner.Basis.REQUEST) {
                            return new RentInputException("premisesMap." + u.funksjon(), m.premisesFunksjon(), why);
                        }
                        return new RentInputException(pool.path() + ".users[" + u.index() + "].funksjon", u.funksjon(),
                                why);
                    }
                }
            }
        }
        for (ParsedPool pool : in.pools()) {
            for (ParsedLine l : pool.lines()) {
                if (l.kind() != CostKind.CALCULATED && l.art().equals(p.art())) {
                    return new RentInputException(pool.path() + ".lines[" + l.index() + "].art", l.art(), why);
                }
            }
        }
        return new RentInputException("pools", p.funksjon() + "/" + p.art(), why);
    }

    // ------------------------------------------------------------------------------------------------------ answer

    private static PoolResult result(PoolSplit split, Regime regime, Set<AnswerPart> include) {
        ParsedPool pool = split.pool();
        List<LineResult> lines = new ArrayList<>(pool.lines().size());
        for (ParsedLine l : pool.lines()) {
            lines.add(new LineResult(l.index(), l.art(), l.kind(), Money.ofOre(l.ore()).toString(),
                    l.kind() != CostKind.CALCULATED, l.key(), l.text()));
        }
        List<KeyTotal> keys = new ArrayList<>();
        for (int k = 0; k < pool.keys().size(); k++) {
            keys.add(new KeyTotal(pool.keys().get(k), pool.keyTotals().get(k).toPlainString()));
        }
        BigDecimal keyTotal = pool.keyTotals().get(0);
        return new PoolResult(pool.id(), pool.name(), pool.kontoklasse(), pool.keys().get(0),
                keyTotal.toPlainString(), List.copyOf(keys),
                Money.ofOre(split.reportable() + split.calculatedTotal()).toString(),
                Money.ofOre(split.reportable()).toString(), Money.ofOre(split.calculatedTotal()).toString(),
                List.copyOf(lines), include.contains(AnswerPart.SHARES)
                ? Optional.of(shares(split, regime, include.contains(AnswerPart.SHARE_POSTINGS)))
                : Optional.empty());
    }

    private static List<UserShare> shares(PoolSplit split, Regime regime, boolean withPostings) {
        ParsedPool pool = split.pool();
        List<ParsedUser> users = pool.users();
        List<UserShare> shares = new ArrayList<>(users.size());
        BigDecimal keyTotal = pool.keyTotals().get(0);
        for (int u = 0; u < users.size(); u++) {
            ParsedUser user = users.get(u);
            List<UserPosting> own = new ArrayList<>();
            long r = split.rent()[u] - split.calculated()[u];
            if (withPostings && regime == Regime.LOKALEFUNKSJONER) {
                for (int a = 0; a < split.arts().size(); a++) {
                    if (split.byArt()[a][u] != 0) {
                        own.add(new UserPosting(user.premises(), split.arts().get(a),
                                Money.ofOre(split.byArt()[a][u]).toString()));
                    }
                }
            } else if (withPostings && r != 0) {
                own.add(new UserPosting(user.premises(), "190", Money.ofOre(r).toString()));
            }
            Map<String, String> quantities = pool.keys().size() == 1 ? Map.of() : new TreeMap<>();
            for (int k = 1; k < pool.keys().size(); k++) {
                quantities.put(pool.keys().get(k), user.quantities()[k].toPlainString());
            }
            String share = user.quantities()[0].divide(keyTotal, 6, RoundingMode.HALF_EVEN).toPlainString();
            shares.add(new UserShare(user.id(), user.funksjon(), user.premises(), user.quantityText(), share,
                    java.util.Collections.unmodifiableMap(quantities), Money.ofOre(split.rent()[u]).toString(),
                    Money.ofOre(r).toString(),
                    Money.ofOre(split.calculated()[u]).toString(),
                    withPostings ? Optional.of(List.copyOf(own)) : Optional.empty()));
        }
        return List.copyOf(shares);
    }

    private static void explain(Parsed in, List<String> out) {
        String f190 = in.enhet().interneServiceenheter();
        if (in.regime() == Regime.FORDELTE_UTGIFTER) {
            out.add("Reporting year " + in.aargang() + " (up to 2019): fordelte utgifter. The FDV unit sits on "
                    + "funksjon " + f190 + " (interne serviceenheter); its external and depreciation costs are reported there "
                    + "with their own art.");
            out.add("Each user is charged rent on art 190 on its premises function; the FDV unit is credited the same "
                    + "amount on art 690 (fordelte utgifter) on funksjon " + f190 + ", so " + f190
                    + " nets to zero (historical Kontroll 17).");
        } else {
            out.add("Reporting year " + in.aargang() + " (from 2020): functions 190/490 and art 690 are no longer "
                    + "valid. The internal rent is internal accounting only (internalRentNok per user).");
            out.add("Each EXTERNAL and DEPRECIATION line is reported on the premises function (lokalefunksjon) of "
                    + "each user, keeping the line's art, in proportion to the user's key quantity.");
        }
        out.add("In each pool the lines of the same key and art are summed (the CALCULATED lines of a key too), and each "
                + "sum is split over the pool's users in proportion to their quantity of that key by largest remainder, "
                + "exact to the øre; splitting a negative amount gives minus the parts of the positive one; equal "
                + "remainders go to the user who has so far gained least from rounding in the pool (for a negative "
                + "amount: most), then to the user listed first. The users' parts sum exactly to the pool's total of each art.");
        out.add("CALCULATED lines enter the internal rent (internalRentNok) but never a reportable posting.");
        out.add("The service-to-premises map used is listed in premisesMap with its basis: SOURCE (quoted), "
                + "INFERENCE (our reading; override it with premisesMap in the request), REQUEST or IDENTITY.");
        out.add("Postings are made per kontoklasse (1 drift, 0 investering, as given per pool) and rounded to whole "
                + "1000 NOK as a table: each posting, each funksjon's total and each art's total within 1 of its exact "
                + "value, the postings summing to the reportable total rounded half up (see reconciliation).");
        out.add("Every posting was checked with PostingValidator and the set with FileValidator for skjema "
                + in.enhet().skjema() + " " + in.aargang() + "; see validation.");
    }

}

package no.kommunefakta.rent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.money.Allocator;
import no.kommunefakta.money.Money;
import no.kommunefakta.posting.FileValidator;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Kontostreng;
import no.kommunefakta.posting.PostingValidator;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.ValidationResult;
import no.kommunefakta.rent.RentAllocation.ExcusedFinding;
import no.kommunefakta.rent.RentAllocation.LineResult;
import no.kommunefakta.rent.RentAllocation.NettingProof;
import no.kommunefakta.rent.RentAllocation.PoolResult;
import no.kommunefakta.rent.RentAllocation.Posting;
import no.kommunefakta.rent.RentAllocation.PostingFinding;
import no.kommunefakta.rent.RentAllocation.Reconciliation;
import no.kommunefakta.rent.RentAllocation.RentValidation;
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
 * <p>Limits (a request beyond them gets a {@link RentInputException}): {@value #MAX_POOLS} pools,
 * {@value #MAX_LINES} cost lines and {@value #MAX_USERS} users per request (all pools together), at most
 * {@value #MAX_WORK} line-user splits (sum over pools of lines x users), |amount| at most 10 000 000 000 NOK per line
 * and 100 000 000 000 NOK summed over the request, quantities at most 1 000 000 000 with at most six decimals.
 */
public final class RentAllocator {

    /** Most pools per request. */
    public static final int MAX_POOLS = 1_000;
    /** Most cost lines per request, all pools together. */
    public static final int MAX_LINES = 10_000;
    /** Most users per request, all pools together. */
    public static final int MAX_USERS = 100_000;
    /** Most line-user splits per request (sum over pools of lines x users). */
    public static final long MAX_WORK = 10_000_000L;
    /** Largest |amount| of one line, in NOK. */
    public static final Money MAX_LINE_AMOUNT = Money.ofKroner(10_000_000_000L);
    /** Largest sum of |amount| over a request, in NOK (keeps every belop within the record's nine positions). */
    public static final Money MAX_TOTAL_AMOUNT = Money.ofKroner(100_000_000_000L);
    /** Largest key quantity. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
    /** Most decimals of a key quantity. */
    public static final int MAX_QUANTITY_SCALE = 6;

    static final int NETTING_TOLERANCE = 30;
    private static final String KONTOKLASSE_DRIFT = "1";
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
            public List<Kontoplan.Kode> funksjoner(int aargang, String skjema) {
                return kontoplan.funksjoner(aargang, skjema);
            }

            @Override
            public List<Kontoplan.Kode> arter(int aargang, String skjema) {
                return kontoplan.arter(aargang, skjema);
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

    /** What the allocator needs from the chart of accounts and the validators. */
    interface Rules {
        SortedSet<Integer> years();

        List<Kontoplan.Kode> funksjoner(int aargang, String skjema);

        List<Kontoplan.Kode> arter(int aargang, String skjema);

        ValidationResult validatePosting(ValidationContext context, Kontostreng posting);

        ValidationResult validateFile(ValidationContext context, List<String> records);
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
        List<PoolComputation> computed = new ArrayList<>(in.pools().size());
        for (ParsedPool pool : in.pools()) {
            computed.add(compute(pool));
        }

        // 2. Exact (øre) amounts per posting key, then rounded to 1000 NOK so that they sum exactly.
        Map<String, TreeMap<String, Long>> exact = new TreeMap<>(); // funksjon -> art -> øre
        List<Posting> postings = new ArrayList<>();
        List<Long> postingsExact = new ArrayList<>();
        long reportable = 0;
        for (PoolComputation pc : computed) {
            reportable = Math.addExact(reportable, pc.reportable());
        }
        long reportableKnok = Money.ofOre(reportable).thousands(RoundingMode.HALF_UP);
        NettingProof netting = null;
        if (in.regime() == Regime.LOKALEFUNKSJONER) {
            for (PoolComputation pc : computed) {
                pc.addCells(exact);
            }
            roundLokalefunksjoner(in, exact, reportableKnok, postings, postingsExact);
        } else {
            netting = roundFordelteUtgifter(in, computed, reportableKnok, postings, postingsExact);
        }
        long postingsSum = 0;
        List<UserPosting> roundedToZero = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            postingsSum += p.belop();
            if (p.belop() == 0 && postingsExact.get(i) != 0) {
                roundedToZero.add(new UserPosting(p.funksjon(), p.art(), Money.ofOre(postingsExact.get(i)).toString()));
            }
        }
        Reconciliation reconciliation = new Reconciliation(Money.ofOre(reportable).toString(), reportableKnok,
                postingsSum, "each posting's exact NOK amount is rounded to whole 1000 NOK by largest remainder "
                + "(ties to the posting listed first) so that the postings sum exactly to the reportable total rounded "
                + "half up" + (in.regime() == Regime.FORDELTE_UTGIFTER
                ? "; the 690 credit is minus the charges, so the internal-service function sums to exactly 0"
                : ", first per art, then per funksjon within each art"),
                roundedToZero);

        RentValidation validation = validate(in, postings);

        List<PoolResult> poolResults = new ArrayList<>(computed.size());
        for (PoolComputation pc : computed) {
            poolResults.add(pc.result(in.regime(), in.enhet()));
        }
        return new RentAllocation(in.regime(), in.enhet().jsonName(), in.enhet().skjema(), in.aargang(), in.region(),
                List.copyOf(explanation), List.copyOf(in.mappings().values()), List.copyOf(poolResults),
                List.copyOf(postings), reconciliation, netting, validation);
    }

    // ---------------------------------------------------------------------------------------------------- rounding

    private void roundLokalefunksjoner(Parsed in, Map<String, TreeMap<String, Long>> exact, long totalKnok,
                                       List<Posting> postings, List<Long> postingsExact) {
        // Per art totals first, then each art's total over its funksjoner.
        TreeMap<String, Long> artTotals = new TreeMap<>();
        exact.forEach((f, arts) -> arts.forEach((a, ore) -> artTotals.merge(a, ore, Long::sum)));
        List<String> arts = new ArrayList<>(artTotals.keySet());
        long[] artOre = arts.stream().mapToLong(artTotals::get).toArray();
        long[] artKnok = Allocator.roundToUnits(artOre, Money.ORE_PER_THOUSAND, totalKnok);
        Map<String, Map<String, long[]>> cells = new TreeMap<>(); // funksjon -> art -> {exact, knok}
        for (int a = 0; a < arts.size(); a++) {
            String art = arts.get(a);
            List<String> funksjoner = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            exact.forEach((f, m) -> {
                Long v = m.get(art);
                if (v != null) {
                    funksjoner.add(f);
                    values.add(v);
                }
            });
            long[] ore = values.stream().mapToLong(Long::longValue).toArray();
            long[] knok = Allocator.roundToUnits(ore, Money.ORE_PER_THOUSAND, artKnok[a]);
            for (int i = 0; i < funksjoner.size(); i++) {
                cells.computeIfAbsent(funksjoner.get(i), k -> new TreeMap<>()).put(art, new long[]{ore[i], knok[i]});
            }
        }
        cells.forEach((f, m) -> m.forEach((a, v) -> addPosting(in, f, a, v[0], v[1], postings, postingsExact)));
    }

    private NettingProof roundFordelteUtgifter(Parsed in, List<PoolComputation> computed, long totalKnok,
                                               List<Posting> postings, List<Long> postingsExact) {
        String f190 = in.enhet().interneServiceenheter();
        TreeMap<String, Long> costs = new TreeMap<>();
        TreeMap<String, Long> charges = new TreeMap<>();
        for (PoolComputation pc : computed) {
            pc.addCostsAndCharges(costs, charges);
        }
        long[] costOre = costs.values().stream().mapToLong(Long::longValue).toArray();
        long[] costKnok = Allocator.roundToUnits(costOre, Money.ORE_PER_THOUSAND, totalKnok);
        long[] chargeOre = charges.values().stream().mapToLong(Long::longValue).toArray();
        long[] chargeKnok = Allocator.roundToUnits(chargeOre, Money.ORE_PER_THOUSAND, totalKnok);
        long exactTotal = 0;
        for (long c : costOre) {
            exactTotal += c;
        }
        // funksjon -> art -> {exact, knok}; the 190/490 block holds the costs and the 690 credit
        Map<String, Map<String, long[]>> cells = new TreeMap<>();
        int i = 0;
        for (String art : costs.keySet()) {
            cells.computeIfAbsent(f190, k -> new TreeMap<>()).put(art, new long[]{costOre[i], costKnok[i]});
            i++;
        }
        if (!costs.isEmpty()) {
            cells.computeIfAbsent(f190, k -> new TreeMap<>()).put("690", new long[]{-exactTotal, -totalKnok});
        }
        i = 0;
        for (String f : charges.keySet()) {
            cells.computeIfAbsent(f, k -> new TreeMap<>()).put("190", new long[]{chargeOre[i], chargeKnok[i]});
            i++;
        }
        cells.forEach((f, m) -> m.forEach((a, v) -> addPosting(in, f, a, v[0], v[1], postings, postingsExact)));
        long sum190 = 0;
        for (Posting p : postings) {
            if (p.funksjon().equals(f190)) {
                sum190 += p.belop();
            }
        }
        return new NettingProof(f190, KONTOKLASSE_DRIFT, sum190, NETTING_TOLERANCE,
                Math.abs(sum190) < NETTING_TOLERANCE,
                "Kontroll 17 (reporting years 2018-2019): all postings on funksjon " + f190 + " in kontoklasse 1 must "
                        + "sum to less than 30 (1000 NOK) in absolute value; here the 690 credit equals the charges "
                        + "and the costs, so the sum is exactly 0");
    }

    private static void addPosting(Parsed in, String funksjon, String art, long exactOre, long knok,
                                   List<Posting> postings, List<Long> postingsExact) {
        if (exactOre == 0 && knok == 0) {
            return;
        }
        postings.add(new Posting(in.enhet().skjema(), Integer.toString(in.aargang()), ANNUAL, in.region(), in.orgnr(),
                BLANK9, KONTOKLASSE_DRIFT, funksjon, art, knok));
        postingsExact.add(exactOre);
    }

    // -------------------------------------------------------------------------------------------------- validation

    private RentValidation validate(Parsed in, List<Posting> postings) {
        ValidationContext context = new ValidationContext(in.enhet().skjema(), Integer.toString(in.aargang()), ANNUAL,
                in.region(), in.orgnr());
        Severity verdict = Severity.OK;
        List<PostingFinding> postingFindings = new ArrayList<>();
        List<String> records = new ArrayList<>(postings.size());
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            if (p.belop() != 0) {
                // a posting rounded to zero adds nothing to the whole-file sums; the 2023 release, which does not
                // drop zero-amount records, would see "depreciation lines summing to 0" (150) in a partial file
                records.add(p.toKontostreng().toRecord());
            }
            ValidationResult r = rules.validatePosting(context, p.toKontostreng());
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

    // ------------------------------------------------------------------------------------------------- computation

    private PoolComputation compute(ParsedPool pool) {
        int n = pool.users().size();
        BigDecimal[] weights = new BigDecimal[n];
        for (int u = 0; u < n; u++) {
            weights[u] = pool.users().get(u).quantity();
        }
        Allocator.Key key = Allocator.Key.of(weights);
        Map<String, Integer> artIndex = new LinkedHashMap<>();
        for (ParsedLine l : pool.lines()) {
            if (l.kind() != CostKind.CALCULATED) {
                artIndex.putIfAbsent(l.art(), artIndex.size());
            }
        }
        // Lines of the same art are summed first (so are the calculated lines): one exact split per art, and each
        // user's part of an art is within one øre of its exact quota.
        long[] artSums = new long[artIndex.size()];
        long calc = 0;
        for (ParsedLine l : pool.lines()) {
            if (l.kind() == CostKind.CALCULATED) {
                calc += l.ore();
            } else {
                artSums[artIndex.get(l.art())] += l.ore();
            }
        }
        long[] rent = new long[n];
        long[][] byArt = new long[artIndex.size()][];
        long reportable = 0;
        for (int a = 0; a < artSums.length; a++) {
            long[] col = key.split(artSums[a]);
            byArt[a] = col;
            reportable += artSums[a];
            for (int u = 0; u < n; u++) {
                rent[u] += col[u];
            }
        }
        long[] calculated = key.split(calc);
        for (int u = 0; u < n; u++) {
            rent[u] += calculated[u];
        }
        return new PoolComputation(pool, List.copyOf(artIndex.keySet()), rent, calculated, byArt, reportable, calc);
    }

    private record PoolComputation(ParsedPool pool, List<String> arts, long[] rent, long[] calculated,
                                   long[][] byArt, long reportable, long calculatedTotal) {

        void addCells(Map<String, TreeMap<String, Long>> exact) {
            List<ParsedUser> users = pool.users();
            // Sum per (premises funksjon, art) in arrays first; one map update per cell, not per user.
            Map<String, Integer> premisesIndex = new LinkedHashMap<>();
            int[] userPremises = new int[users.size()];
            for (int u = 0; u < users.size(); u++) {
                userPremises[u] = premisesIndex.computeIfAbsent(users.get(u).premises(), k -> premisesIndex.size());
            }
            long[][] sums = new long[premisesIndex.size()][arts.size()];
            boolean[][] seen = new boolean[premisesIndex.size()][arts.size()];
            for (int a = 0; a < arts.size(); a++) {
                long[] col = byArt[a];
                for (int u = 0; u < users.size(); u++) {
                    if (col[u] != 0) {
                        sums[userPremises[u]][a] += col[u];
                        seen[userPremises[u]][a] = true;
                    }
                }
            }
            premisesIndex.forEach((f, i) -> {
                for (int a = 0; a < arts.size(); a++) {
                    if (seen[i][a]) {
                        exact.computeIfAbsent(f, k -> new TreeMap<>()).merge(arts.get(a), sums[i][a], Long::sum);
                    }
                }
            });
        }

        void addCostsAndCharges(TreeMap<String, Long> costs, TreeMap<String, Long> charges) {
            for (ParsedLine l : pool.lines()) {
                if (l.kind() != CostKind.CALCULATED) {
                    costs.merge(l.art(), l.ore(), Long::sum);
                }
            }
            List<ParsedUser> users = pool.users();
            for (int u = 0; u < users.size(); u++) {
                long r = rent[u] - calculated[u];
                if (r != 0) {
                    charges.merge(users.get(u).premises(), r, Long::sum);
                }
            }
        }

        PoolResult result(Regime regime, Enhet enhet) {
            List<ParsedUser> users = pool.users();
            List<UserShare> shares = new ArrayList<>(users.size());
            for (int u = 0; u < users.size(); u++) {
                ParsedUser user = users.get(u);
                List<UserPosting> own = new ArrayList<>();
                long r = rent[u] - calculated[u];
                if (regime == Regime.LOKALEFUNKSJONER) {
                    for (int a = 0; a < arts.size(); a++) {
                        if (byArt[a][u] != 0) {
                            own.add(new UserPosting(user.premises(), arts.get(a), Money.ofOre(byArt[a][u]).toString()));
                        }
                    }
                } else if (r != 0) {
                    own.add(new UserPosting(user.premises(), "190", Money.ofOre(r).toString()));
                }
                String share = user.quantity().divide(pool.keyTotal(), 6, RoundingMode.HALF_EVEN).toPlainString();
                shares.add(new UserShare(user.id(), user.funksjon(), user.premises(), user.quantityText(), share,
                        Money.ofOre(rent[u]).toString(), Money.ofOre(r).toString(),
                        Money.ofOre(calculated[u]).toString(), List.copyOf(own)));
            }
            List<LineResult> lines = new ArrayList<>(pool.lines().size());
            for (ParsedLine l : pool.lines()) {
                lines.add(new LineResult(l.index(), l.art(), l.kind(), Money.ofOre(l.ore()).toString(),
                        l.kind() != CostKind.CALCULATED));
            }
            return new PoolResult(pool.id(), pool.name(), pool.key(), pool.keyTotal().toPlainString(),
                    Money.ofOre(reportable + calculatedTotal).toString(), Money.ofOre(reportable).toString(),
                    Money.ofOre(calculatedTotal).toString(), List.copyOf(lines), List.copyOf(shares));
        }
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
        out.add("In each pool the lines of the same art are summed (the CALCULATED lines too), and each sum is split "
                + "over the pool's users in proportion to their key quantity by largest remainder, exact to the øre; "
                + "ties go to the user listed first. The users' parts sum exactly to the pool's total of each art.");
        out.add("CALCULATED lines enter the internal rent (internalRentNok) but never a reportable posting.");
        out.add("The service-to-premises map used is listed in premisesMap with its basis: SOURCE (quoted), "
                + "INFERENCE (our reading; override it with premisesMap in the request), REQUEST or IDENTITY.");
        out.add("Every posting was checked with PostingValidator and the set with FileValidator for skjema "
                + in.enhet().skjema() + " " + in.aargang() + "; see validation.");
    }

}

package no.kommunefakta.rent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.money.Allocator;
import no.kommunefakta.money.InvalidAmountException;
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

    static final String DEFAULT_KEY = "bruttoareal_m2";
    static final int NETTING_TOLERANCE = 30;
    private static final String KONTOKLASSE_DRIFT = "1";
    private static final String ANNUAL = " ";
    private static final String BLANK9 = "         ";
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final Pattern QUANTITY = Pattern.compile("-?\\d{1,12}(\\.\\d+)?");

    private static volatile RentAllocator standard;

    private final Rules rules;
    private final Lokalefunksjoner lokalefunksjoner;
    private final FileControls fileControls = FileControls.standard();
    private final Map<String, Set<String>> funksjonCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> artCache = new ConcurrentHashMap<>();

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
        this.lokalefunksjoner = lokalefunksjoner;
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
        Parsed in = read(request);
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
                + "half up" + (in.regime() == Regime.FORDELTE_UTGIFTER ? "; the 690 credit is minus the charges, so "
                + "the internal-service function sums to exactly 0" : ", first per art, then per funksjon within each art"),
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
            records.add(p.toKontostreng().toRecord());
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
            out.add("Reporting year " + in.aargang() + " (up to 2019): fordelte utgifter. The FDV unit sits on funksjon "
                    + f190 + " (interne serviceenheter); its external and depreciation costs are reported there "
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
        out.add("In each pool the lines of the same art are summed (the CALCULATED lines too), and each sum is split over "
                + "the pool's users in proportion to their key quantity by largest remainder, exact to the øre; ties go "
                + "to the user listed first. The users' parts sum exactly to the pool's total of each art.");
        out.add("CALCULATED lines enter the internal rent (internalRentNok) but never a reportable posting.");
        out.add("The service-to-premises map used is listed in premisesMap with its basis: SOURCE (quoted), "
                + "INFERENCE (our reading; override it with premisesMap in the request), REQUEST or IDENTITY.");
        out.add("Every posting was checked with PostingValidator and the set with FileValidator for skjema "
                + in.enhet().skjema() + " " + in.aargang() + "; see validation.");
    }

    // ------------------------------------------------------------------------------------------------------ input

    private Parsed read(RentRequest r) {
        Enhet enhet = Enhet.fromJson(r.entity());
        if (enhet == null) {
            throw new RentInputException("entity", r.entity(), "Enheten må være \"kommune\" eller \"fylkeskommune\" (entity must be \"kommune\" or \"fylkeskommune\").");
        }
        String aargangText = r.aargang() == null ? "" : r.aargang().trim();
        if (!aargangText.matches("\\d{4}") || !rules.years().contains(Integer.parseInt(aargangText))) {
            throw new RentInputException("aargang", r.aargang(), "Årgangen må være et rapporteringsår kontoplanen dekker, "
                    + rules.years().first() + "-" + rules.years().last() + " (aargang must be a reporting year "
                    + rules.years().first() + "-" + rules.years().last() + ").");
        }
        int aargang = Integer.parseInt(aargangText);
        if (r.region() == null || !r.region().matches("\\d{6}")) {
            throw new RentInputException("region", r.region(),
                    "Regionen må ha seks sifre, f.eks. 420400 (kommunenummer + 00) eller 420000 (fylke) "
                            + "(region must be six digits).");
        }
        String orgnr = r.orgnr() == null || r.orgnr().isBlank() ? BLANK9 : r.orgnr();
        if (!orgnr.equals(BLANK9) && !orgnr.matches("\\d{9}")) {
            throw new RentInputException("orgnr", r.orgnr(), "Organisasjonsnummeret må ha ni sifre eller utelates (orgnr must be nine digits or left out).");
        }
        Regime regime = Regime.forYear(aargang);
        Set<String> funksjoner = funksjoner(aargang, enhet.skjema());
        Set<String> arter = arter(aargang, enhet.skjema());
        String where = " for " + enhet.jsonName() + " (skjema " + enhet.skjema() + ") i " + aargang;

        List<RentRequest.Pool> pools = r.pools();
        if (pools.isEmpty()) {
            throw new RentInputException("pools", "[]", "Minst én kostnadspool (et bygg eller FDV-enheten) trengs "
                    + "(at least one cost pool is required).");
        }
        if (pools.size() > MAX_POOLS) {
            throw new RentInputException("pools", Integer.toString(pools.size()),
                    "Høyst " + MAX_POOLS + " pooler per forespørsel, fikk " + pools.size() + " (at most "
                    + MAX_POOLS + " pools per request).");
        }
        long lineCount = 0;
        long userCount = 0;
        long work = 0;
        for (RentRequest.Pool p : pools) {
            if (p == null) {
                continue;
            }
            lineCount += p.lines().size();
            userCount += p.users().size();
            work += (long) p.lines().size() * p.users().size();
        }
        if (lineCount > MAX_LINES) {
            throw new RentInputException("pools[*].lines", Long.toString(lineCount),
                    "Høyst " + MAX_LINES + " kostnadslinjer per forespørsel (alle pooler til sammen), fikk "
                    + lineCount + " (at most " + MAX_LINES + " cost lines per request).");
        }
        if (userCount > MAX_USERS) {
            throw new RentInputException("pools[*].users", Long.toString(userCount),
                    "Høyst " + MAX_USERS + " brukere per forespørsel (alle pooler til sammen), fikk "
                    + userCount + " (at most " + MAX_USERS + " users per request).");
        }
        if (work > MAX_WORK) {
            throw new RentInputException("pools", Long.toString(work), "Høyst " + MAX_WORK + " fordelinger (linjer x brukere summert over "
                    + "poolene) per forespørsel, fikk " + work + "; send poolene i flere forespørsler (at most "
                    + MAX_WORK + " line-user splits per request).");
        }

        // Overrides of the premises map.
        Map<String, String> overrides = new HashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(r.premisesMap()).entrySet()) {
            String service = e.getKey();
            String premises = e.getValue() == null ? "" : e.getValue().trim();
            if (!THREE_DIGITS.matcher(service).matches() || !funksjoner.contains(service)) {
                throw new RentInputException("premisesMap." + service, service,
                        "Nøkkelen " + service + " i premisesMap er ikke en gyldig funksjon" + where
                        + " (premisesMap key is not a valid funksjon).");
            }
            checkPremises("premisesMap." + service, premises, funksjoner, enhet, where);
            overrides.put(service, premises);
        }

        Map<String, Lokalefunksjoner.Mapping> mappings = new TreeMap<>();
        List<ParsedPool> parsedPools = new ArrayList<>(pools.size());
        Set<String> poolIds = new HashSet<>();
        long totalAbs = 0;
        for (int i = 0; i < pools.size(); i++) {
            String path = "pools[" + i + "]";
            RentRequest.Pool p = pools.get(i);
            if (p == null) {
                throw new RentInputException(path, "null", "En pool må være et objekt med id, lines og users (a pool must be an object).");
            }
            if (p.id() == null || p.id().isBlank()) {
                throw new RentInputException(path + ".id", p.id(), "Hver pool trenger en id, f.eks. et byggnummer (every pool needs an id).");
            }
            if (!poolIds.add(p.id())) {
                throw new RentInputException(path + ".id", p.id(), "Pool-id \"" + p.id() + "\" er brukt to ganger (duplicate pool id).");
            }
            if (p.lines().isEmpty()) {
                throw new RentInputException(path + ".lines", "[]", "Poolen \"" + p.id() + "\" har ingen kostnadslinjer (pool has no cost lines).");
            }
            if (p.users().isEmpty()) {
                throw new RentInputException(path + ".users", "[]",
                        "Poolen \"" + p.id() + "\" har ingen brukere; minst én bruker må bære kostnadene "
                        + "(no users: at least one user must carry the costs).");
            }
            List<ParsedLine> lines = new ArrayList<>(p.lines().size());
            for (int j = 0; j < p.lines().size(); j++) {
                ParsedLine line = readLine(path + ".lines[" + j + "]", j, p.lines().get(j), regime, arter, where);
                totalAbs = Math.addExact(totalAbs, Math.abs(line.ore()));
                if (totalAbs > MAX_TOTAL_AMOUNT.ore()) {
                    throw new RentInputException(path + ".lines[" + j + "].amount", p.lines().get(j).amount(),
                            "Beløpene i en forespørsel kan til sammen være høyst " + MAX_TOTAL_AMOUNT
                            + " kr i absoluttverdi (amounts may sum to at most that).");
                }
                lines.add(line);
            }
            List<ParsedUser> users = readUsers(path, p.users(), enhet, aargang, regime, funksjoner, overrides,
                    mappings, where);
            BigDecimal keyTotal = BigDecimal.ZERO;
            for (ParsedUser u : users) {
                keyTotal = keyTotal.add(u.quantity());
            }
            if (keyTotal.signum() == 0) {
                throw new RentInputException(path + ".users", "0", "Fordelingsnøkkelen i poolen \"" + p.id()
                        + "\" summerer til null; brukernes mengder må summere til mer enn null (the key total is zero).");
            }
            for (ParsedUser u : users) {
                if (u.quantity().signum() == 0) {
                    throw new RentInputException(path + ".users[" + u.index() + "].quantity", u.quantityText(),
                            "Mengden må være positiv; en bruker uten andel skal ikke stå i poolen "
                            + "(quantity must be positive; leave out a user with no share).");
                }
            }
            String key = p.key() == null || p.key().isBlank() ? DEFAULT_KEY : p.key();
            parsedPools.add(new ParsedPool(path, p.id(), p.name() == null ? "" : p.name(), key, keyTotal,
                    List.copyOf(lines), List.copyOf(users)));
        }
        return new Parsed(enhet, aargang, regime, r.region(), orgnr, List.copyOf(parsedPools), mappings);
    }

    private ParsedLine readLine(String path, int index, RentRequest.Line line, Regime regime, Set<String> arter,
                                String where) {
        if (line == null) {
            throw new RentInputException(path, "null", "En kostnadslinje må være et objekt med art, amount og kind (a cost line must be an object).");
        }
        CostKind kind = CostKind.fromJson(line.kind());
        if (kind == null) {
            throw new RentInputException(path + ".kind", line.kind(),
                    "kind må være EXTERNAL, DEPRECIATION eller CALCULATED (kind must be EXTERNAL, "
                    + "DEPRECIATION or CALCULATED).");
        }
        if (kind == CostKind.CALCULATED && Boolean.TRUE.equals(line.report())) {
            throw new RentInputException(path + ".report", "true", "Kalkulatoriske kostnader (CALCULATED) kan inngå i "
                    + "internhusleien, men rapporteres aldri til KOSTRA; fjern \"report\": true, eller endre kind hvis "
                    + "kostnaden er en ekstern utgift eller avskrivning (calculated costs are never reported).");
        }
        String art = line.art() == null ? "" : line.art().trim();
        if (kind == CostKind.DEPRECIATION && art.isEmpty()) {
            art = "590";
        }
        if (kind == CostKind.CALCULATED) {
            if (!art.isEmpty() && !THREE_DIGITS.matcher(art).matches()) {
                throw new RentInputException(path + ".art", line.art(), "Arten må ha tre sifre eller utelates (art must be three digits or left out).");
            }
        } else {
            if (!THREE_DIGITS.matcher(art).matches() || !arter.contains(art)) {
                throw new RentInputException(path + ".art", line.art(), "Art " + art + " er ikke gyldig" + where
                        + " (art is not valid for the entity and year).");
            }
            if (kind == CostKind.DEPRECIATION && !art.equals("590")) {
                throw new RentInputException(path + ".art", line.art(),
                        "Avskrivninger rapporteres på art 590; DEPRECIATION krever art 590 "
                        + "(kind DEPRECIATION needs art 590).");
            }
            if (kind == CostKind.EXTERNAL && art.equals("590")) {
                throw new RentInputException(path + ".kind", line.kind(),
                        "Art 590 er avskrivninger: bruk kind DEPRECIATION (art 590 is depreciation).");
            }
            if (art.equals("990")) {
                throw new RentInputException(path + ".art", line.art(),
                        "Art 990 (motpost avskrivninger) blir stående på funksjon 860 og fordeles ikke "
                        + "(art 990 is not allocated).");
            }
            if (art.equals("690")) {
                throw new RentInputException(path + ".art", line.art(),
                        "Art 690 (fordelte utgifter) er FDV-enhetens kreditering, som funksjonen selv "
                        + "beregner (art 690 is computed here, not an input).");
            }
        }
        Money amount;
        try {
            amount = Money.parse(path + ".amount", line.amount());
        } catch (InvalidAmountException e) {
            throw new RentInputException(e.field(), e.value(), e.getMessage());
        }
        if (Math.abs(amount.ore()) > MAX_LINE_AMOUNT.ore()) {
            throw new RentInputException(path + ".amount", line.amount(),
                    "Et beløp kan være høyst " + MAX_LINE_AMOUNT + " kr i absoluttverdi "
                    + "(an amount may be at most that in absolute value).");
        }
        return new ParsedLine(index, art, amount.ore(), kind);
    }

    private List<ParsedUser> readUsers(String path, List<RentRequest.User> users, Enhet enhet, int aargang,
                                       Regime regime, Set<String> funksjoner, Map<String, String> overrides,
                                       Map<String, Lokalefunksjoner.Mapping> mappings, String where) {
        List<ParsedUser> out = new ArrayList<>(users.size());
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < users.size(); k++) {
            String up = path + ".users[" + k + "]";
            RentRequest.User u = users.get(k);
            if (u == null) {
                throw new RentInputException(up, "null", "En bruker må være et objekt med id, funksjon og quantity (a user must be an object).");
            }
            if (u.id() == null || u.id().isBlank()) {
                throw new RentInputException(up + ".id", u.id(), "Hver bruker trenger en id (every user needs an id).");
            }
            if (!ids.add(u.id())) {
                throw new RentInputException(up + ".id", u.id(), "Brukeren \"" + u.id()
                        + "\" står to ganger i poolen; før hver bruker én gang med samlet mengde (duplicate user).");
            }
            String f = u.funksjon() == null ? "" : u.funksjon().trim();
            checkUserFunksjon(up + ".funksjon", u.funksjon(), f, funksjoner, enhet, where);
            String qText = u.quantity() == null ? "" : u.quantity().trim();
            if (!QUANTITY.matcher(qText).matches()) {
                throw new RentInputException(up + ".quantity", u.quantity(),
                        "Mengden må være et positivt tall med punktum som desimaltegn "
                        + "(bruttoareal i m² som standard) (quantity must be a positive number).");
            }
            BigDecimal q = new BigDecimal(qText);
            if (q.signum() < 0) {
                throw new RentInputException(up + ".quantity", u.quantity(), "Mengden må være positiv (quantity must be positive).");
            }
            if (q.stripTrailingZeros().scale() > MAX_QUANTITY_SCALE || q.compareTo(MAX_QUANTITY) > 0) {
                throw new RentInputException(up + ".quantity", u.quantity(), "Mengden kan ha høyst "
                        + MAX_QUANTITY_SCALE + " desimaler og være høyst " + MAX_QUANTITY.toPlainString()
                        + " (quantity: at most " + MAX_QUANTITY_SCALE + " decimals, at most "
                        + MAX_QUANTITY.toPlainString() + ").");
            }
            Lokalefunksjoner.Mapping m = mappings.computeIfAbsent(f,
                    s -> lokalefunksjoner.resolve(enhet, aargang, s, overrides));
            if (m.basis() != Lokalefunksjoner.Basis.REQUEST) {
                checkPremises(up + ".funksjon", m.premisesFunksjon(), funksjoner, enhet, where);
            }
            out.add(new ParsedUser(k, u.id(), f, m.premisesFunksjon(), q, qText));
        }
        return out;
    }

    private static void checkUserFunksjon(String field, String raw, String f, Set<String> funksjoner, Enhet enhet,
                                          String where) {
        if (!THREE_DIGITS.matcher(f).matches() || !funksjoner.contains(f)) {
            throw new RentInputException(field, raw, "Funksjon " + f + " er ikke gyldig" + where
                    + " (funksjon is not valid for the entity and year).");
        }
        if (f.equals(enhet.interneServiceenheter())) {
            throw new RentInputException(field, raw, "Funksjon " + f + " (interne serviceenheter) er FDV-enheten "
                    + "selv og kan ikke være bruker av egen pool (the internal-service function cannot be a user).");
        }
        if (f.startsWith("8")) {
            throw new RentInputException(field, raw, "Funksjon " + f + " er en finansfunksjon (800-899) og kan ikke "
                    + "bære lokalekostnader (a financial function cannot carry premises costs).");
        }
        if ((enhet == Enhet.KOMMUNE && f.equals("290")) || (enhet == Enhet.FYLKESKOMMUNE && f.equals("465"))) {
            throw new RentInputException(field, raw, "Funksjon " + f + " (interkommunale samarbeid) skal gå i null "
                    + "(kontroll 175/185) og kan ikke bære lokalekostnader (must net to zero).");
        }
    }

    private static void checkPremises(String field, String premises, Set<String> funksjoner, Enhet enhet,
                                      String where) {
        if (!THREE_DIGITS.matcher(premises).matches() || !funksjoner.contains(premises)) {
            throw new RentInputException(field, premises, "Lokalefunksjon " + premises + " er ikke gyldig" + where
                    + (field.startsWith("premisesMap") ? "" : "; overstyr standarden i premisesMap")
                    + " (premises funksjon is not valid for the entity and year).");
        }
        checkUserFunksjon(field, premises, premises, funksjoner, enhet, where);
    }

    private Set<String> funksjoner(int aargang, String skjema) {
        return funksjonCache.computeIfAbsent(aargang + skjema, k -> {
            Set<String> s = new HashSet<>();
            rules.funksjoner(aargang, skjema).forEach(c -> s.add(c.code().trim()));
            return Set.copyOf(s);
        });
    }

    private Set<String> arter(int aargang, String skjema) {
        return artCache.computeIfAbsent(aargang + skjema, k -> {
            Set<String> s = new HashSet<>();
            rules.arter(aargang, skjema).forEach(c -> s.add(c.code()));
            return Set.copyOf(s);
        });
    }

    private record Parsed(Enhet enhet, int aargang, Regime regime, String region, String orgnr,
                          List<ParsedPool> pools, Map<String, Lokalefunksjoner.Mapping> mappings) {
    }

    private record ParsedPool(String path, String id, String name, String key, BigDecimal keyTotal,
                              List<ParsedLine> lines, List<ParsedUser> users) {
    }

    private record ParsedLine(int index, String art, long ore, CostKind kind) {
    }

    private record ParsedUser(int index, String id, String funksjon, String premises, BigDecimal quantity,
                              String quantityText) {
    }
}

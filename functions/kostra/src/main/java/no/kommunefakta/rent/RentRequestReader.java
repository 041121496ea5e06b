package no.kommunefakta.rent;

import static no.kommunefakta.rent.RentLimits.MAX_LINES;
import static no.kommunefakta.rent.RentLimits.MAX_LINE_AMOUNT;
import static no.kommunefakta.rent.RentLimits.MAX_POOLS;
import static no.kommunefakta.rent.RentLimits.MAX_QUANTITY;
import static no.kommunefakta.rent.RentLimits.MAX_QUANTITY_SCALE;
import static no.kommunefakta.rent.RentLimits.MAX_TOTAL_AMOUNT;
import static no.kommunefakta.rent.RentLimits.MAX_USERS;
import static no.kommunefakta.rent.RentLimits.MAX_WORK;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import no.kommunefakta.money.InvalidAmountException;
import no.kommunefakta.money.Money;

/**
 * Reads and checks a {@link RentRequest} against the chart of accounts of its year: every problem becomes a
 * {@link RentInputException} naming the field (a JSON path) and the value. Nothing is rounded or dropped.
 */
final class RentRequestReader {

    static final String DEFAULT_KEY = "bruttoareal_m2";
    static final String BLANK9 = "         ";
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final Pattern QUANTITY = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Rules rules;
    private final Lokalefunksjoner lokalefunksjoner;
    private final Map<String, Set<String>> funksjonCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> artCache = new ConcurrentHashMap<>();

    RentRequestReader(Rules rules, Lokalefunksjoner lokalefunksjoner) {
        this.rules = rules;
        this.lokalefunksjoner = lokalefunksjoner;
    }

    Parsed read(RentRequest r) {
        Enhet enhet = Enhet.fromJson(r.entity());
        if (enhet == null) {
            throw new RentInputException("entity", r.entity(),
                    "Enheten må være \"kommune\" eller \"fylkeskommune\" (entity must be \"kommune\" or "
                    + "\"fylkeskommune\").");
        }
        String aargangText = r.aargang() == null ? "" : r.aargang().trim();
        if (!aargangText.matches("\\d{4}") || !rules.years().contains(Integer.parseInt(aargangText))) {
            throw new RentInputException("aargang", r.aargang(),
                    "Årgangen må være et rapporteringsår kontoplanen dekker, "
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
            throw new RentInputException("orgnr", r.orgnr(),
                    "Organisasjonsnummeret må ha ni sifre eller utelates (orgnr must be nine digits or left out).");
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
            throw new RentInputException("pools", Long.toString(work),
                    "Høyst " + MAX_WORK + " fordelinger (linjer x brukere summert over "
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
                throw new RentInputException(path, "null",
                        "En pool må være et objekt med id, lines og users (a pool must be an object).");
            }
            if (p.id() == null || p.id().isBlank()) {
                throw new RentInputException(path + ".id", p.id(),
                        "Hver pool trenger en id, f.eks. et byggnummer (every pool needs an id).");
            }
            if (!poolIds.add(p.id())) {
                throw new RentInputException(path + ".id", p.id(),
                        "Pool-id \"" + p.id() + "\" er brukt to ganger (duplicate pool id).");
            }
            if (p.lines().isEmpty()) {
                throw new RentInputException(path + ".lines", "[]",
                        "Poolen \"" + p.id() + "\" har ingen kostnadslinjer (pool has no cost lines).");
            }
            if (p.users().isEmpty()) {
                throw new RentInputException(path + ".users", "[]",
                        "Poolen \"" + p.id() + "\" har ingen brukere; minst én bruker må bære kostnadene "
                        + "(no users: at least one user must carry the costs).");
            }
            List<ParsedLine> lines = new ArrayList<>(p.lines().size());
            for (int j = 0; j < p.lines().size(); j++) {
                ParsedLine line = readLine(path + ".lines[" + j + "]", j, p.lines().get(j), arter, where);
                totalAbs = Math.addExact(totalAbs, Math.abs(line.ore()));
                if (totalAbs > MAX_TOTAL_AMOUNT.ore()) {
                    throw new RentInputException(path + ".lines[" + j + "].amount", p.lines().get(j).amount(),
                            "Beløpene i en forespørsel kan til sammen være høyst " + MAX_TOTAL_AMOUNT
                            + " kr i absoluttverdi, så hver postering får plass i belop-feltets ni tegn (-99999999 "
                            + "tusen kr); del forespørselen (the amounts of a request may sum to at most "
                            + MAX_TOTAL_AMOUNT + " NOK in absolute value, so that every belop fits nine characters).");
                }
                lines.add(line);
            }
            List<ParsedUser> users = readUsers(path, p.users(), enhet, aargang, funksjoner, overrides,
                    mappings, where);
            BigDecimal keyTotal = BigDecimal.ZERO;
            for (ParsedUser u : users) {
                keyTotal = keyTotal.add(u.quantity());
            }
            if (keyTotal.signum() == 0) {
                throw new RentInputException(path + ".users", "0", "Fordelingsnøkkelen i poolen \"" + p.id()
                        + "\" summerer til null; brukernes mengder må summere til mer enn null (the key total is "
                                + "zero).");
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

    private ParsedLine readLine(String path, int index, RentRequest.Line line, Set<String> arter,
                                String where) {
        if (line == null) {
            throw new RentInputException(path, "null",
                    "En kostnadslinje må være et objekt med art, amount og kind (a cost line must be an object).");
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
                throw new RentInputException(path + ".art", line.art(),
                        "Arten må ha tre sifre eller utelates (art must be three digits or left out).");
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
                                       Set<String> funksjoner, Map<String, String> overrides,
                                       Map<String, Lokalefunksjoner.Mapping> mappings, String where) {
        List<ParsedUser> out = new ArrayList<>(users.size());
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < users.size(); k++) {
            String up = path + ".users[" + k + "]";
            RentRequest.User u = users.get(k);
            if (u == null) {
                throw new RentInputException(up, "null",
                        "En bruker må være et objekt med id, funksjon og quantity (a user must be an object).");
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
            if (qText.length() > RentLimits.MAX_QUANTITY_TEXT && QUANTITY.matcher(qText).matches()) {
                throw new RentInputException(up + ".quantity", u.quantity(), "Mengden kan være høyst "
                        + MAX_QUANTITY.toPlainString() + " med høyst " + MAX_QUANTITY_SCALE + " desimaler (quantity: "
                        + "at most " + MAX_QUANTITY.toPlainString() + ", at most " + MAX_QUANTITY_SCALE
                        + " decimals).");
            }
            if (!QUANTITY.matcher(qText).matches()) {
                throw new RentInputException(up + ".quantity", u.quantity(),
                        "Mengden må være et positivt tall med punktum som desimaltegn "
                        + "(bruttoareal i m² som standard) (quantity must be a positive number).");
            }
            BigDecimal q = new BigDecimal(qText);
            if (q.signum() < 0) {
                throw new RentInputException(up + ".quantity", u.quantity(),
                        "Mengden må være positiv (quantity must be positive).");
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

    record Parsed(Enhet enhet, int aargang, Regime regime, String region, String orgnr,
                          List<ParsedPool> pools, Map<String, Lokalefunksjoner.Mapping> mappings) {
    }

    record ParsedPool(String path, String id, String name, String key, BigDecimal keyTotal,
                              List<ParsedLine> lines, List<ParsedUser> users) {
    }

    record ParsedLine(int index, String art, long ore, CostKind kind) {
    }

    record ParsedUser(int index, String id, String funksjon, String premises, BigDecimal quantity,
                              String quantityText) {
    }
}

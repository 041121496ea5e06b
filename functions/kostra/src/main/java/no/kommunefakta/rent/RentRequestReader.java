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
import java.util.regex.Pattern;

import no.kommunefakta.money.InvalidAmountException;
import no.kommunefakta.money.Money;

/**
 * Reads and checks a {@link RentRequest} against the chart of accounts of its year: every problem becomes a
 * {@link RentInputException} naming the field (a JSON path) and the value. Nothing is rounded or dropped.
 */
final class RentRequestReader {

    static final String DEFAULT_KEY = "bruttoareal_m2";
    static final String KONTOKLASSE_DRIFT = "1";
    static final String KONTOKLASSE_INVESTERING = "0";
    static final String BLANK9 = "         ";
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final Pattern QUANTITY = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Rules rules;
    private final Lokalefunksjoner lokalefunksjoner;

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
        boolean fylkeRegion = r.region().endsWith("0000");
        if (enhet == Enhet.KOMMUNE && fylkeRegion) {
            throw new RentInputException("region", r.region(), "Region " + r.region() + " er en fylkeskommune "
                    + "(fylkesnummer + 0000); en kommune har kommunenummer + 00, f.eks. 420400 (region "
                    + r.region() + " is a fylke, not a kommune).");
        }
        if (enhet == Enhet.FYLKESKOMMUNE && !fylkeRegion) {
            throw new RentInputException("region", r.region(), "En fylkeskommune har region fylkesnummer + 0000, "
                    + "f.eks. 420000; Oslo (030100) rapporterer som kommune med fylkesfunksjonene (a fylkeskommune's "
                    + "region is its fylkesnummer + 0000).");
        }
        Set<AnswerPart> include = include(r.include());
        Regime regime = Regime.forYear(aargang);
        Set<String> funksjoner = rules.gyldigeFunksjoner(aargang, enhet.skjema(), r.region(), orgnr.trim());
        Set<String> arter = rules.gyldigeArter(aargang, enhet.skjema(), r.region());
        boolean oslo = rules.isOslo(r.region());
        String where = " for " + enhet.jsonName() + " (skjema " + enhet.skjema() + ", region " + r.region() + ") i "
                + aargang;

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
            int users = p.users().size() + UsersCsv.rowCount(p.usersCsv());
            lineCount += p.lines().size();
            userCount += users;
            work += (long) p.lines().size() * users;
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
            String poolId = p.id().trim();
            if (!poolIds.add(poolId)) {
                throw new RentInputException(path + ".id", p.id(),
                        "Pool-id \"" + poolId + "\" er brukt to ganger (blanke foran og bak teller ikke) (duplicate "
                        + "pool id; leading and trailing blanks do not count).");
            }
            String kontoklasse = kontoklasse(path + ".kontoklasse", p.kontoklasse());
            if (p.lines().isEmpty()) {
                throw new RentInputException(path + ".lines", "[]",
                        "Poolen \"" + poolId + "\" har ingen kostnadslinjer (pool has no cost lines).");
            }
            if (!p.users().isEmpty() && p.usersCsv() != null) {
                throw new RentInputException(path + ".usersCsv", "", "Gi brukerne enten som users eller som usersCsv, "
                        + "ikke begge (give the users either as users or as usersCsv, not both).");
            }
            String defaultKey = p.key() == null || p.key().isBlank() ? DEFAULT_KEY : p.key().trim();
            List<RentRequest.User> givenUsers = p.users();
            String usersPath = path + ".users";
            if (p.usersCsv() != null) {
                givenUsers = UsersCsv.read(path + ".usersCsv", p.usersCsv(), defaultKey);
                usersPath = path + ".usersCsv";
            }
            if (givenUsers.isEmpty()) {
                throw new RentInputException(usersPath, "[]",
                        "Poolen \"" + poolId + "\" har ingen brukere; minst én bruker må bære kostnadene "
                        + "(no users: at least one user must carry the costs).");
            }
            List<ParsedLine> lines = new ArrayList<>(p.lines().size());
            for (int j = 0; j < p.lines().size(); j++) {
                ParsedLine line = readLine(path + ".lines[" + j + "]", j, p.lines().get(j), arter, where,
                        defaultKey);
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
            List<String> keys = new ArrayList<>();
            keys.add(defaultKey);
            for (ParsedLine l : lines) {
                if (!keys.contains(l.key())) {
                    keys.add(l.key());
                }
            }
            List<ParsedUser> users = readUsers(usersPath, givenUsers, keys, enhet, aargang, oslo, funksjoner,
                    overrides, mappings, where);
            BigDecimal[] keyTotals = new BigDecimal[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                keyTotals[k] = BigDecimal.ZERO;
                for (ParsedUser u : users) {
                    keyTotals[k] = keyTotals[k].add(u.quantities()[k]);
                }
                if (keyTotals[k].signum() == 0) {
                    String field = k == 0 ? usersPath : usersPath + "[*].quantities." + keys.get(k);
                    throw new RentInputException(field, "0", "Fordelingsnøkkelen " + keys.get(k) + " i poolen \""
                            + poolId + "\" summerer til null; brukernes mengder må summere til mer enn null (the key "
                            + "total of " + keys.get(k) + " is zero).");
                }
            }
            for (ParsedUser u : users) {
                if (u.quantities()[0].signum() == 0) {
                    throw new RentInputException(usersPath + "[" + u.index() + "].quantity", u.quantityText(),
                            "Mengden må være positiv; en bruker uten andel skal ikke stå i poolen "
                            + "(quantity must be positive; leave out a user with no share).");
                }
            }
            parsedPools.add(new ParsedPool(path, poolId, p.name() == null ? "" : p.name(), kontoklasse,
                    List.copyOf(keys), List.of(keyTotals), List.copyOf(lines), List.copyOf(users)));
        }
        return new Parsed(enhet, aargang, regime, r.region(), orgnr, List.copyOf(parsedPools), mappings, include);
    }

    private static Set<AnswerPart> include(List<String> names) {
        Set<AnswerPart> parts = java.util.EnumSet.noneOf(AnswerPart.class);
        for (int i = 0; i < names.size(); i++) {
            AnswerPart part = AnswerPart.fromJson(names.get(i));
            if (part == null) {
                String known = String.join(", ", AnswerPart.names());
                throw new RentInputException("include[" + i + "]", String.valueOf(names.get(i)), "Ukjent svardel; "
                        + "kjente deler: " + known + " (postings, reconciliation, netting og validation kommer alltid) "
                        + "(unknown answer part; known parts: " + known + ").");
            }
            parts.add(part);
        }
        if (parts.contains(AnswerPart.SHARE_POSTINGS)) {
            parts.add(AnswerPart.SHARES);
        }
        return java.util.Collections.unmodifiableSet(parts);
    }

    private static String kontoklasse(String field, String value) {
        if (value == null || value.isBlank()) {
            return KONTOKLASSE_DRIFT;
        }
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("1") || v.equals("drift")) {
            return KONTOKLASSE_DRIFT;
        }
        if (v.equals("0") || v.equals("investering")) {
            return KONTOKLASSE_INVESTERING;
        }
        throw new RentInputException(field, value, "Kontoklasse må være \"1\" (drift) eller \"0\" (investering) "
                + "(kontoklasse must be \"1\" drift or \"0\" investering).");
    }

    private ParsedLine readLine(String path, int index, RentRequest.Line line, Set<String> arter,
                                String where, String defaultKey) {
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
        if (kind != CostKind.CALCULATED && Boolean.FALSE.equals(line.report())) {
            throw new RentInputException(path + ".report", "false", "KOSTRA omfatter alle eksterne utgifter og "
                    + "avskrivninger, så en " + kind + "-linje rapporteres alltid; fjern \"report\": false, eller bruk "
                    + "kind CALCULATED for en kostnad som bare skal inngå i internhusleien (external costs and "
                    + "depreciation are always reported).");
        }
        String key = line.key() == null || line.key().isBlank() ? defaultKey : line.key().trim();
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
        return new ParsedLine(index, art, amount.ore(), kind, line.text() == null ? "" : line.text(), key);
    }

    private List<ParsedUser> readUsers(String path, List<RentRequest.User> users, List<String> keys, Enhet enhet,
                                       int aargang, boolean oslo, Set<String> funksjoner,
                                       Map<String, String> overrides, Map<String, Lokalefunksjoner.Mapping> mappings,
                                       String where) {
        List<ParsedUser> out = new ArrayList<>(users.size());
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < users.size(); k++) {
            String up = path + "[" + k + "]";
            RentRequest.User u = users.get(k);
            if (u == null) {
                throw new RentInputException(up, "null",
                        "En bruker må være et objekt med id, funksjon og quantity (a user must be an object).");
            }
            if (u.id() == null || u.id().isBlank()) {
                throw new RentInputException(up + ".id", u.id(), "Hver bruker trenger en id (every user needs an id).");
            }
            String id = u.id().trim();
            if (!ids.add(id)) {
                throw new RentInputException(up + ".id", u.id(), "Brukeren \"" + id
                        + "\" står to ganger i poolen; før hver bruker én gang med samlet mengde (duplicate user).");
            }
            String f = u.funksjon() == null ? "" : u.funksjon().trim();
            checkUserFunksjon(up + ".funksjon", u.funksjon(), f, funksjoner, enhet, where);
            BigDecimal[] quantities = new BigDecimal[keys.size()];
            String qText = u.quantity() == null ? "" : u.quantity().trim();
            quantities[0] = quantity(up + ".quantity", u.quantity(), qText);
            for (String given : u.quantities().keySet()) {
                if (!keys.contains(given) || given.equals(keys.get(0))) {
                    throw new RentInputException(up + ".quantities." + given, u.quantities().get(given),
                            "Nøkkelen " + given + " brukes ikke av noen linje i poolen (lines name their key with "
                            + "\"key\"; the default key is given as quantity) (key " + given + " is not used by any "
                            + "line of the pool).");
                }
            }
            for (int q = 1; q < keys.size(); q++) {
                String raw = u.quantities().get(keys.get(q));
                if (raw == null) {
                    throw new RentInputException(up + ".quantities." + keys.get(q), "", "Brukeren mangler mengde "
                            + "for nøkkelen " + keys.get(q) + ", som poolens linjer bruker; oppgi 0 om brukeren ikke "
                            + "har noe (the user has no quantity for key " + keys.get(q) + "; give 0 when it has none).");
                }
                quantities[q] = quantity(up + ".quantities." + keys.get(q), raw, raw.trim());
            }
            Lokalefunksjoner.Mapping m = mappings.computeIfAbsent(f,
                    s -> lokalefunksjoner.resolve(enhet, oslo, aargang, s, overrides));
            if (m.basis() != Lokalefunksjoner.Basis.REQUEST) {
                checkPremises(up + ".funksjon", m.premisesFunksjon(), funksjoner, enhet, where);
            }
            out.add(new ParsedUser(k, id, f, m.premisesFunksjon(), quantities, qText));
        }
        return out;
    }

    private static BigDecimal quantity(String field, String raw, String text) {
        if (text.length() > RentLimits.MAX_QUANTITY_TEXT && QUANTITY.matcher(text).matches()) {
            throw new RentInputException(field, raw, "Mengden kan være høyst " + MAX_QUANTITY.toPlainString()
                    + " med høyst " + MAX_QUANTITY_SCALE + " desimaler (quantity: at most "
                    + MAX_QUANTITY.toPlainString() + ", at most " + MAX_QUANTITY_SCALE + " decimals).");
        }
        if (!QUANTITY.matcher(text).matches()) {
            throw new RentInputException(field, raw, "Mengden må være et positivt tall med punktum som desimaltegn "
                    + "(bruttoareal i m² som standard) (quantity must be a positive number).");
        }
        BigDecimal q = new BigDecimal(text);
        if (q.signum() < 0) {
            throw new RentInputException(field, raw, "Mengden må være positiv (quantity must be positive).");
        }
        if (q.stripTrailingZeros().scale() > MAX_QUANTITY_SCALE || q.compareTo(MAX_QUANTITY) > 0) {
            throw new RentInputException(field, raw, "Mengden kan ha høyst " + MAX_QUANTITY_SCALE
                    + " desimaler og være høyst " + MAX_QUANTITY.toPlainString() + " (quantity: at most "
                    + MAX_QUANTITY_SCALE + " decimals, at most " + MAX_QUANTITY.toPlainString() + ").");
        }
        return q;
    }

    private static void checkUserFunksjon(String field, String raw, String f, Set<String> funksjoner, Enhet enhet,
                                          String where) {
        if (!THREE_DIGITS.matcher(f).matches() || !funksjoner.contains(f)) {
            throw new RentInputException(field, raw, "Funksjon " + f + " er ikke gyldig" + where
                    + " (funksjon is not valid for the entity and year).");
        }
        if (f.equals(Enhet.KOMMUNE.interneServiceenheter())
                || f.equals(Enhet.FYLKESKOMMUNE.interneServiceenheter())) {
            throw new RentInputException(field, raw, "Funksjon " + f + " (interne serviceenheter) er FDV-enheten "
                    + "selv og kan ikke være bruker av egen pool (the internal-service function cannot be a user).");
        }
        if (f.startsWith("8")) {
            throw new RentInputException(field, raw, "Funksjon " + f + " er en finansfunksjon (800-899) og kan ikke "
                    + "bære lokalekostnader (a financial function cannot carry premises costs).");
        }
        if (f.equals("290") || f.equals("465")) {
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

    record Parsed(Enhet enhet, int aargang, Regime regime, String region, String orgnr,
                          List<ParsedPool> pools, Map<String, Lokalefunksjoner.Mapping> mappings,
                          Set<AnswerPart> include) {
    }

    record ParsedPool(String path, String id, String name, String kontoklasse, List<String> keys,
                      List<BigDecimal> keyTotals, List<ParsedLine> lines, List<ParsedUser> users) {
    }

    /** A cost line as read; {@code key} names the key it is split by. */
    record ParsedLine(int index, String art, long ore, CostKind kind, String text, String key) {
    }

    /** A user as read; {@code quantities[k]} is its quantity of the pool's k-th key (0 = the default key). */
    record ParsedUser(int index, String id, String funksjon, String premises, BigDecimal[] quantities,
                      String quantityText) {
    }
}

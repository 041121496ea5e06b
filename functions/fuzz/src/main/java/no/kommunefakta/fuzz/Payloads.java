package no.kommunefakta.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Request bodies for the functions, valid and hostile: jqwik arbitraries of every request type (each field present,
 * missing, duplicated, of the wrong type, or a boundary value: 9/10-digit amounts, øre scales, empty, huge and unicode
 * strings, unpaired surrogates, deep nesting) and byte-level mutations of valid bodies. Bodies are written as JSON
 * text by hand, so that duplicate keys and raw escapes are possible.
 */
public final class Payloads {

    /** The routes with a generator. */
    public static final List<String> ROUTES = List.of("validatePosting", "validateFile", "allocateInternalRent");

    private static final int GEN_SIZE = 1000;
    private static final int BATCH = 5000;

    private Payloads() {
    }

    /** One request body and how it was made. */
    public record Payload(String route, String kind, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * An endless, reproducible sequence of payloads for {@code route}: half structured, half mutated. Generated in
     * batches, each in its own jqwik session (arbitraries outside a property need one), from one seeded random.
     */
    public static Iterator<Payload> stream(String route, long seed) {
        Random random = new Random(seed);
        return new Iterator<>() {
            private final java.util.ArrayDeque<Payload> batch = new java.util.ArrayDeque<>();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Payload next() {
                if (batch.isEmpty()) {
                    batch.addAll(sample(any(route), random, BATCH));
                }
                return batch.poll();
            }
        };
    }

    /** {@code n} values of {@code arbitrary} drawn with {@code random}, in a jqwik session of their own (one at a time: jqwik has one session per JVM). */
    public static synchronized <T> List<T> sample(Arbitrary<T> arbitrary, Random random, int n) {
        List<T> out = new ArrayList<>(n);
        boolean own = !JqwikSession.isActive();
        if (own) {
            JqwikSession.start();
        }
        try {
            RandomGenerator<T> generator = arbitrary.generator(GEN_SIZE);
            for (int i = 0; i < n; i++) {
                out.add(generator.next(random).value());
            }
        } finally {
            if (own) {
                JqwikSession.finish();
            }
        }
        return out;
    }

    public static Arbitrary<Payload> any(String route) {
        return Arbitraries.frequencyOf(Tuple.of(1, structured(route)), Tuple.of(1, mutated(route)));
    }

    /** Structured requests of the route's type with boundary and hostile values. */
    public static Arbitrary<Payload> structured(String route) {
        return body(route).map(text -> new Payload(route, "structured", text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Valid requests of the route's type, each changed by one to four byte-level mutations. */
    public static Arbitrary<Payload> mutated(String route) {
        return Combinators.combine(valid(route), Arbitraries.integers().between(1, 4), Arbitraries.longs())
                .as((text, n, seed) -> new Payload(route, "mutated",
                        Mutator.mutate(text.getBytes(StandardCharsets.UTF_8), n, new Random(seed))));
    }

    /** Requests that are valid JSON of the right shape with plausible values. */
    public static Arbitrary<String> valid(String route) {
        return switch (route) {
            case "validatePosting" -> Arbitraries.oneOf(
                    Combinators.combine(context(false), record(false))
                            .as((c, r) -> obj(c, List.of(field("record", str(r))))),
                    Combinators.combine(context(false), postingFields(false)).as(Payloads::obj));
            case "validateFile" -> Combinators.combine(context(false), record(false).list().ofMaxSize(20))
                    .as((c, rs) -> obj(c, List.of(field("records", arr(rs.stream().map(Payloads::str).toList())))));
            case "allocateInternalRent" -> rent(false);
            default -> throw new IllegalArgumentException("no generator for route " + route);
        };
    }

    private static Arbitrary<String> body(String route) {
        Arbitrary<String> shaped = switch (route) {
            case "validatePosting" -> Arbitraries.oneOf(
                    Combinators.combine(context(true), fieldOrHostile("record", record(true)), extras())
                            .as((c, r, x) -> obj(c, r, x)),
                    Combinators.combine(context(true), postingFields(true), extras()).as(Payloads::obj));
            case "validateFile" -> Combinators.combine(context(true), fileBody(), extras()).as(Payloads::obj);
            case "allocateInternalRent" -> rent(true);
            default -> throw new IllegalArgumentException("no generator for route " + route);
        };
        return Arbitraries.frequencyOf(Tuple.of(12, shaped), Tuple.of(1, hostileValue()));
    }

    // --- the run context shared by validatePosting and validateFile

    private static Arbitrary<List<String>> context(boolean hostile) {
        return Combinators.combine(
                fieldOf("skjema", hostile, "0A", "0C", "0B", "0AK1", "0AK4", "0D", "0I", "0M", "0X", "0Y", "", "0", "0AK12"),
                fieldOf("aargang", hostile, "2023", "2024", "2018", "2019", "2020", "2026", "2017", "2027", "20x4",
                        " 2024"),
                fieldOf("kvartal", hostile, "", " ", "1", "2", "3", "4", "5", "0"),
                fieldOf("region", hostile, "110300", "030100", "420400", "420000", "999999", "1103", "11030000"),
                fieldOf("orgnr", hostile, "", "         ", "123456789", "964338531,974760673", "12345678",
                        "1234567890", "964338531,", ",", "964338531, 974760673", "123456789,964338531,974760673"),
                optional(fieldOf("foretaksnrArgument", hostile, "964338531", "", "         ", "974760673",
                        "12345678", "1234567890", "964338531,974760673")))
                .as((s, a, k, r, o, f) -> flatten(s, a, k, r, o, f));
    }

    /** The field, or (three times as often) no such field: a run argument most callers leave out. */
    private static Arbitrary<List<String>> optional(Arbitrary<List<String>> field) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())), Tuple.of(1, field));
    }

    private static Arbitrary<List<String>> postingFields(boolean hostile) {
        return Combinators.combine(
                fieldOf("foretaksnr", hostile, "", "123456789", "1234567890"),
                fieldOf("kontoklasse", hostile, "0", "1", "2", "3", "4", "5", "", "11"),
                fieldOf("funksjon", hostile, "100", "120", "190", "202", "222", "253", "850", "880", "999", "10",
                        "1000", "10a"),
                fieldOf("art", hostile, "010", "190", "230", "590", "600", "690", "870", "990", "999", "0100", "ab"),
                fieldOrHostile("belop", amountKnok()))
                .as((f, k, fu, a, b) -> flatten(f, k, fu, a, b));
    }

    private static Arbitrary<String> amountKnok() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-999_999, 999_999).map(i -> str(Integer.toString(i))),
                Arbitraries.of("999999999", "-99999999", "1000000000", "-999999999", "10000000000", "0", "-0",
                        "+1", "1.5", "1,5", "1 000", "1e3", "١٢٣", "").map(Payloads::str),
                Arbitraries.of("100", "-5", "999999999", "1000000000", "1.5", "1e3", "-0").map(n -> n));
    }

    private static Arbitrary<String> record(boolean hostile) {
        Arbitrary<String> valid = Combinators.combine(
                Arbitraries.of("0A", "0C", "0B", "0M"), Arbitraries.of("2019", "2023", "2024", "2026"),
                Arbitraries.of(" ".repeat(18), " ".repeat(18), "123456789" + " ".repeat(9),
                        " ".repeat(9) + "964338531", "964338531964338531", "974760673964338531"),
                Arbitraries.of("1", "0", "3", "4", "5"), Arbitraries.of("100 ", "120 ", "190 ", "222 ", "253 ", "850 "),
                Arbitraries.of("010", "190", "590", "600", "690", "870"),
                Arbitraries.integers().between(-99_999_999, 999_999_999))
                .as((s, y, of, k, f, a, b) -> s + y + " 110300" + of + k + f + a
                        + String.format("%9d", b));
        if (!hostile) {
            return valid;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(6, valid),
                Tuple.of(1, valid.map(r -> r.substring(0, 47))),
                Tuple.of(1, valid.map(r -> r + " ")),
                Tuple.of(1, valid.map(r -> r.replace(' ', '\t'))),
                Tuple.of(1, valid.map(r -> r.substring(0, 40) + "ø💥" + r.substring(42))),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(1, Arbitraries.of("", " ", "x".repeat(256), "x".repeat(257), "x".repeat(2000))));
    }

    private static Arbitrary<List<String>> fileBody() {
        Arbitrary<List<String>> records = record(true).list().ofMaxSize(30);
        return Arbitraries.oneOf(
                records.map(rs -> List.of(field("records", arr(rs.stream().map(Payloads::str).toList())))),
                Combinators.combine(records, Arbitraries.of("\n", "\r\n", "\r"), Arbitraries.of(true, false))
                        .as((rs, sep, trailing) -> List.of(field("content",
                                str(String.join(sep, rs) + (trailing ? sep : ""))))),
                records.map(rs -> List.of(field("records", arr(rs.stream().map(Payloads::str).toList())),
                        field("content", str(String.join("\n", rs))))),
                Arbitraries.of(List.<String>of(), List.of(field("records", "null")), List.of(field("records", "[null]")),
                        List.of(field("records", "[[1]]")), List.of(field("records", "{\"a\":1}")),
                        List.of(field("records", "[1, true, 2.5]")), List.of(field("content", "[\"x\"]")),
                        List.of(field("records", "[]")), List.of(field("content", "\"\""))),
                Arbitraries.integers().between(1000, 3000).map(n -> List.of(field("records",
                        arr(java.util.Collections.nCopies(n, str("0A2024 110300                  1222 010      100")))))));
    }

    // --- allocateInternalRent

    private static Arbitrary<String> rent(boolean hostile) {
        Arbitrary<String> pools = pool(hostile).list().ofMinSize(hostile ? 0 : 1).ofMaxSize(3)
                .map(ps -> arr(ps));
        Arbitrary<String> request = Combinators.combine(
                fieldOf("entity", hostile, "kommune", "fylkeskommune", "Kommune", "stat", ""),
                fieldOf("region", hostile, "420400", "030100", "420000", "4204", "abcdef"),
                fieldOf("orgnr", hostile, "", "964965781", "12345678"),
                fieldOf("aargang", hostile, "2018", "2019", "2020", "2024", "2026", "2017", "2027"),
                hostile ? fieldOrHostile("pools", pools) : pools.map(p -> List.of(field("pools", p))),
                hostile ? Arbitraries.of(List.<String>of(), List.of(field("premisesMap", "{\"213\":\"213\"}")),
                        List.of(field("premisesMap", "{\"999\":\"213\"}")), List.of(field("premisesMap", "[1]")),
                        List.of(field("premisesMap", "{\"213\":null}")))
                        : Arbitraries.just(List.<String>of()),
                include(hostile))
                .as((e, r, o, a, p, m, i) -> obj(flatten(e, r, o, a, p, m, i)));
        if (!hostile) {
            return request;
        }
        return Arbitraries.frequencyOf(Tuple.of(8, Combinators.combine(request, extras()).as((r, x) ->
                        x.isEmpty() ? r : r.substring(0, r.length() - 1) + (r.length() > 2 ? "," : "")
                                + String.join(",", x) + "}")),
                Tuple.of(1, bigAmounts()));
    }

    /** The answer parts asked for: absent (the default), a subset of the parts, or (hostile) unknown or mistyped. */
    private static Arbitrary<List<String>> include(boolean hostile) {
        Arbitrary<List<String>> subset = Arbitraries.of("shares", "sharePostings", "traces", "records", "csv")
                .list().ofMaxSize(5).map(parts -> List.of(field("include",
                        arr(parts.stream().map(Payloads::str).toList()))));
        Arbitrary<List<String>> valid = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(List.<String>of())),
                Tuple.of(3, subset));
        if (!hostile) {
            return valid;
        }
        return Arbitraries.frequencyOf(Tuple.of(3, valid),
                Tuple.of(1, Arbitraries.of("[\"pdf\"]", "[\"csv\",\"postings\"]", "[null]", "\"csv\"", "[1]",
                        "{\"csv\":true}", "[\" TRACES \"]", "null").map(v -> List.of(field("include", v)))));
    }

    /** Many lines of large amounts for one user: the sums that must still fit the 9-character amount field. */
    private static Arbitrary<String> bigAmounts() {
        return Combinators.combine(Arbitraries.integers().between(1, 12),
                        Arbitraries.of("10000000000", "9999999999.99", "5000000000", "999999999", "-10000000000"),
                        Arbitraries.of("010", "230", "180"), Arbitraries.of("2019", "2024"),
                        Arbitraries.of("202", "253"))
                .as((n, amount, art, year, funksjon) -> "{\"entity\":\"kommune\",\"region\":\"420400\",\"aargang\":\""
                        + year + "\",\"pools\":[{\"id\":\"p\",\"lines\":["
                        + String.join(",", java.util.Collections.nCopies(n,
                        "{\"art\":\"" + art + "\",\"amount\":\"" + amount + "\",\"kind\":\"EXTERNAL\"}"))
                        + "],\"users\":[{\"id\":\"u\",\"funksjon\":\"" + funksjon + "\",\"quantity\":\"1\"}]}]}");
    }

    private static Arbitrary<String> pool(boolean hostile) {
        Arbitrary<String> lines = line(hostile).list().ofMinSize(hostile ? 0 : 1).ofMaxSize(6).map(Payloads::arr);
        Arbitrary<String> users = user(hostile).list().ofMinSize(hostile ? 0 : 1).ofMaxSize(6).map(Payloads::arr);
        return Combinators.combine(
                        fieldOf("id", hostile, "fdv", "bygg-1", "skole", "", "ø💥"),
                        Arbitraries.of(List.<String>of(), List.of(field("name", str("Rådhuset"))),
                                List.of(field("key", str("bruttoareal_m2")))),
                        hostile ? fieldOrHostile("lines", lines) : lines.map(l -> List.of(field("lines", l))),
                        hostile ? fieldOrHostile("users", users) : users.map(u -> List.of(field("users", u))))
                .as((i, n, l, u) -> obj(flatten(i, n, l, u)));
    }

    private static Arbitrary<String> line(boolean hostile) {
        Arbitrary<String> amount = Arbitraries.oneOf(
                Arbitraries.longs().between(-50_000_000_00L, 50_000_000_00L).map(ore ->
                        str(java.math.BigDecimal.valueOf(ore, 2).toPlainString())),
                Arbitraries.of("0", "0.01", "-0.01", "1.005", "0.001", "1,50", "1e3", "10000000000",
                        "10000000000.01", "-10000000000", "99999999999999999999", "abc", "").map(Payloads::str),
                Arbitraries.of("1200000", "1.5", "1e3", "-7").map(n -> n));
        return Combinators.combine(
                        fieldOf("art", hostile, "010", "120", "180", "230", "590", "690", "990", "999", "23", ""),
                        hostile ? fieldOrHostile("amount", amount) : amount.map(a -> List.of(field("amount", a))),
                        fieldOf("kind", hostile, "EXTERNAL", "EXTERNAL", "DEPRECIATION", "CALCULATED", "external", "x"),
                        Arbitraries.of(List.<String>of(), List.of(field("report", "true")),
                                List.of(field("report", "false")), List.of(field("report", "\"yes\""))))
                .as((a, am, k, r) -> obj(flatten(a, am, k, r)));
    }

    private static Arbitrary<String> user(boolean hostile) {
        return Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(s -> List.of(field("id", str(s)))),
                        fieldOf("funksjon", hostile, "202", "201", "253", "222", "120", "190", "290", "850", "999", "2"),
                        fieldOf("quantity", hostile, "4000", "900", "1", "0.5", "0.000001", "1000000000", "0",
                                "-1", "0.0000001", "1000000000.5", "1e3", "1,5"))
                .as((i, f, q) -> obj(flatten(i, f, q)));
    }

    // --- values and fields

    /**
     * A field that is usually a plausible value, sometimes missing, hostile, or given twice; {@code values} start
     * with two valid ones, which are drawn more often, and go on to boundary values.
     */
    private static Arbitrary<List<String>> fieldOf(String name, boolean hostile, String... values) {
        Arbitrary<String> plausible = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(values[0], values[1])),
                Tuple.of(1, Arbitraries.of(values))).map(Payloads::str);
        if (!hostile) {
            return plausible.map(v -> List.of(field(name, v)));
        }
        return fieldOrHostile(name, plausible);
    }

    private static Arbitrary<List<String>> fieldOrHostile(String name, Arbitrary<String> plausible) {
        return Arbitraries.frequencyOf(
                Tuple.of(60, plausible.map(v -> List.of(field(name, v)))),
                Tuple.of(2, Arbitraries.just(List.of())),
                Tuple.of(2, hostileValue().map(v -> List.of(field(name, v)))),
                Tuple.of(1, Combinators.combine(plausible, plausible).as((a, b) -> List.of(field(name, a),
                        field(name, b)))));
    }

    /** Values of every JSON type at their boundaries. */
    static Arbitrary<String> hostileValue() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "1e308", "1e999", "-0", "[]", "{}",
                        "[1,2]", "{\"a\":1}", "[null]", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"",
                        "\"\\udc00x\"", "\"\\ud83d\\ude00\"", "\"ø\"", "\"💥\"", "\"\\\"\"", "\"\\\\\"",
                        "9".repeat(100), "9".repeat(101), "9".repeat(2000), "\"" + "a".repeat(1000) + "\"",
                        "\"" + "a".repeat(1001) + "\"", "\"" + "å".repeat(5000) + "\""),
                Arbitraries.integers().between(1, 24).map(d -> "[".repeat(d) + "]".repeat(d)),
                Arbitraries.integers().between(1, 24).map(d -> "{\"a\":".repeat(d) + "1" + "}".repeat(d)),
                Arbitraries.strings().all().ofMaxLength(20).map(Payloads::str));
    }

    private static Arbitrary<List<String>> extras() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(List.of())),
                Tuple.of(1, hostileValue().map(v -> List.of(field("extra", v)))),
                Tuple.of(1, Arbitraries.of("", "ø", "a".repeat(1001), "\\ud800", "💥")
                        .map(k -> List.of(field(k, "1")))));
    }

    static String field(String name, String rawValue) {
        return str(name) + ":" + rawValue;
    }

    /** A JSON string literal; {@code \\ud800}-style escapes written by the generator are kept raw. */
    static String str(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.startsWith("\\ud", i)) {
                out.append(c);
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)))) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String arr(List<String> rawValues) {
        return "[" + String.join(",", rawValues) + "]";
    }

    @SafeVarargs
    private static String obj(List<String>... fieldLists) {
        return "{" + String.join(",", flatten(fieldLists)) + "}";
    }

    private static String obj(List<String> fields) {
        return "{" + String.join(",", fields) + "}";
    }

    @SafeVarargs
    private static List<String> flatten(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}

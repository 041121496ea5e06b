package no.kommunefakta.posting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.kostra.Skjema;

/**
 * Randomized conformance cases for one reporting year: one-posting files and small whole files over every skjema
 * (annual, quarterly, kirke), every region kind, valid codes of the year and garbage. Writes the input format of
 * {@code RunCorpus.java} (see {@code src/test/resources/conformance/README.md}); the official release of the year
 * judges them, and {@link YearCorpusTest} replays the judged corpus. Deterministic for a seed.
 *
 * <p>Usage: {@code CorpusGenerator YEAR SEED POSTINGS FILES OUT.jsonl}
 */
public final class CorpusGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLANK9 = "         ";

    /** Regions by kind: kommune, fylkeskommune, Oslo, bydeler, the special ones, and garbage. */
    private static final String[] KOMMUNER = {"110300", "030100", "030101", "030107", "030115", "030116", "211100",
        "501400", "300500", "460100", "500000", "160100", "420400", "180400", "000000"};
    private static final String[] FYLKER = {"460000", "500000", "300000", "030000", "420000", "150000", "550000"};
    private static final String[] GARBAGE_REGIONS = {"ABCDEF", "0301", "99999999", "03010"};
    private static final String[] SPECIAL_ORGNR = {"817920632", "921234554", "958935420", "964338531"};
    private static final String[] JUNK_CODES = {"", " ", "Z", "z", "~", "ZZZ", "abc", "8", "08", "0800", "-10",
        "+10", "9999", "1 0", "æøå", "00", "000"};
    private static final String[] KAPITLER_EXTRA = {"9100", "9110", "9200", "9999", "5900", "5970", "5990", "10",
        "16", "17", "29", "31", "46", "51", "580", "9", "Z", "z", "~", ""};

    private final Kontoplan kontoplan = Kontoplan.standard();
    private final int year;
    /** The year's release takes a separate foretaksnr argument (2023): drawn only then, other years unchanged. */
    private final boolean foretaksnr;
    /** The year's release accepts a comma-separated orgnr list (2023): drawn only then. */
    private final boolean orgnrListe;
    private final Random rnd;
    private final List<Skjema> skjemaer;
    private final List<String> alleFunksjoner;
    private final List<String> alleArter;
    private final List<String> alleKapitler;
    private final List<String> alleSektorer;

    CorpusGenerator(int year, long seed) {
        this(year, seed, Skjema.kommunale());
    }

    /** Cases for these skjema only (the default: the municipal ones, so that 0X/0Y never change a corpus). */
    CorpusGenerator(int year, long seed, List<Skjema> skjemaer) {
        this.year = year;
        this.skjemaer = List.copyOf(skjemaer);
        this.rnd = new Random(seed);
        this.foretaksnr = no.kommunefakta.posting.rule.Utgave.forAar(year).k008MotForetaksnr();
        this.orgnrListe = no.kommunefakta.posting.rule.Utgave.forAar(year).k007OrgnrListe();
        Set<String> f = new TreeSet<>();
        Set<String> a = new TreeSet<>();
        Set<String> k = new TreeSet<>();
        Set<String> s = new TreeSet<>();
        List<Skjema> lister = skjemaer.equals(Skjema.kommunale()) ? skjemaer : Skjema.alle();
        for (int y : kontoplan.years()) {
            for (Skjema sk : lister) {
                f.addAll(kontoplan.gyldigeFunksjoner(y, sk.kode(), "030101", SPECIAL_ORGNR[0]));
                a.addAll(kontoplan.gyldigeArter(y, sk.kode(), "030101"));
                k.addAll(kontoplan.gyldigeKapitler(y, sk.kode()));
                s.addAll(kontoplan.gyldigeSektorer(y, sk.kode()));
            }
        }
        alleFunksjoner = List.copyOf(f);
        alleArter = List.copyOf(a);
        alleKapitler = List.copyOf(k);
        alleSektorer = List.copyOf(s);
    }

    public static void main(String[] args) throws IOException {
        int year = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        int postings = Integer.parseInt(args[2]);
        int files = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        // optional sixth argument: a comma-separated skjema list (e.g. 0X,0Y for the helseforetak cases)
        CorpusGenerator g = args.length > 5 ? new CorpusGenerator(year, seed, java.util.Arrays.stream(args[5].split(","))
                .map(k -> Skjema.of(k).orElseThrow()).toList()) : new CorpusGenerator(year, seed);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < postings; i++) {
                Args a = g.args();
                w.write(g.caseJson("P" + year + "-" + i, a, List.of(g.record(a))));
                w.write('\n');
            }
            for (int i = 0; i < files; i++) {
                Args a = g.args();
                w.write(g.caseJson("F" + year + "-" + i, a, g.file(a)));
                w.write('\n');
            }
        }
    }

    /** Run arguments. */
    record Args(String skjema, String aargang, String kvartal, String region, String orgnr, String foretaksnr) {
    }

    String caseJson(String id, Args a, List<String> records) throws IOException {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", id);
        ObjectNode args = c.putObject("args");
        args.put("skjema", a.skjema());
        args.put("aargang", a.aargang());
        args.put("kvartal", a.kvartal());
        args.put("region", a.region());
        args.put("orgnr", a.orgnr());
        if (foretaksnr) {
            args.put("foretaksnr", a.foretaksnr());
        }
        ArrayNode r = c.putArray("records");
        records.forEach(r::add);
        return JSON.writeValueAsString(c);
    }

    Args args() {
        List<Skjema> alle = skjemaer;
        Skjema s = alle.get(rnd.nextInt(alle.size()));
        String kvartal = s.isKvartal() ? s.kode().substring(3) : " ";
        if (rnd.nextInt(20) == 0) {
            kvartal = pick(" ", "1", "2", "3", "4");
        }
        String region;
        boolean fylke = "0C".equals(s.grunnskjema()) || "0D".equals(s.grunnskjema())
                || "0K".equals(s.kode()) || "0L".equals(s.kode()) || "0P".equals(s.kode()) || "0Q".equals(s.kode());
        int r = rnd.nextInt(20);
        if (r == 0) {
            region = pick(GARBAGE_REGIONS);
        } else if (r < 4) {
            region = pick(fylke ? KOMMUNER : FYLKER);
        } else {
            region = pick(fylke ? FYLKER : KOMMUNER);
        }
        String orgnr = BLANK9;
        int o = rnd.nextInt(10);
        if (s.familie() == Skjema.Familie.KIRKE || "0I".equals(s.kode()) || "0K".equals(s.kode())
                || "0J".equals(s.kode()) || "0L".equals(s.kode()) || o == 0) {
            orgnr = o < 4 ? pick(SPECIAL_ORGNR) : digits(9);
        }
        if (s.familie() == Skjema.Familie.HELSE && rnd.nextBoolean()) {
            orgnr = pick(kontoplan.helseforetak("orgnr_hf").toArray(String[]::new));
        }
        // the argument year is always the corpus year: another year would be judged by another release
        String aargang = String.valueOf(year);
        if (orgnrListe && rnd.nextInt(25) == 0) {
            orgnr = rnd.nextBoolean() ? pad(orgnr, 9) + "," + digits(9) : digits(9) + "," + pad(orgnr, 9);
        }
        String fnr = BLANK9;
        if (foretaksnr) {
            int f = rnd.nextInt(10);
            fnr = f < 5 ? BLANK9 : f < 8 ? pad(orgnr, 9) : f < 9 ? digits(9) : pick("12345678", "1234567890");
        }
        return new Args(s.kode(), aargang, kvartal, region, orgnr, fnr);
    }

    List<String> file(Args a) {
        int n = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 60 : 15);
        List<String> lines = new ArrayList<>();
        Skjema s = Skjema.of(a.skjema()).orElseThrow();
        int mode = rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            String rec = mode == 0 ? record(a) : wellFormed(a, s);
            lines.add(rec);
            if (rnd.nextInt(25) == 0) {
                lines.add(rec);
            }
            if (rnd.nextInt(60) == 0) {
                lines.add("");
            }
        }
        if (mode == 1) {
            lines.addAll(balancing(a, s));
        }
        return lines;
    }

    /** Records that make the sums controls pass or nearly pass (so that their boundaries are exercised). */
    private List<String> balancing(Args a, Skjema s) {
        List<String> out = new ArrayList<>();
        if (s.isBevilgning()) {
            char d = s.drift();
            char inv = s.investering();
            long x = 1 + rnd.nextInt(5000);
            long eps = rnd.nextInt(3) == 0 ? rnd.nextInt(80) - 40 : 0;
            out.add(line(a, s, d, "120", "010", x));
            out.add(line(a, s, d, "800", "870", -(x / 2)));
            out.add(line(a, s, d, "840", "800", -(x - x / 2) + eps));
            long y = 1 + rnd.nextInt(3000);
            out.add(line(a, s, inv, "120", "010", y));
            out.add(line(a, s, inv, "870", "910", -y + (rnd.nextInt(3) == 0 ? rnd.nextInt(80) - 40 : 0)));
            if (rnd.nextBoolean()) {
                long z = rnd.nextInt(500);
                out.add(line(a, s, d, "120", "590", z));
                out.add(line(a, s, d, "860", "990", -z + rnd.nextInt(61) - 30));
            }
            if (rnd.nextBoolean()) {
                long z = rnd.nextInt(500);
                out.add(line(a, s, d, "880", "570", z));
                out.add(line(a, s, inv, "880", "970", -z + rnd.nextInt(61) - 30));
            }
            if (rnd.nextInt(3) == 0) {
                long z = rnd.nextInt(200);
                String f = pick("290", "465", "041", "042", "045");
                out.add(line(a, s, rnd.nextBoolean() ? d : inv, f, pick("380", "390", "465", "010"), z));
                out.add(line(a, s, rnd.nextBoolean() ? d : inv, f, pick("780", "790", "865", "600"),
                        -z + rnd.nextInt(81) - 40));
            }
            if (rnd.nextInt(3) == 0) {
                long z = rnd.nextInt(200);
                out.add(line(a, s, rnd.nextBoolean() ? d : inv, "120", "298", z));
                out.add(line(a, s, rnd.nextBoolean() ? d : inv, "120", "798", -z + rnd.nextInt(31) - 15));
            }
            if (rnd.nextInt(4) == 0) {
                out.add(line(a, s, d, "045", "830", -rnd.nextInt(100)));
            }
        } else {
            char k = s.kontoklasser().charAt(0);
            long x = 1 + rnd.nextInt(9000);
            out.add(line(a, s, k, pick("10", "13", "21", "29"), pick("000", "110", "   ", "550"), x));
            out.add(line(a, s, k, pick("31", "40", "5900", "51", "47"), pick("000", "110", "   ", "900"),
                    -x + (rnd.nextInt(3) == 0 ? rnd.nextInt(40) - 20 : 0)));
            if (rnd.nextBoolean()) {
                long z = rnd.nextInt(300);
                out.add(line(a, s, k, pick("9100", "9110", "9200"), pick("000", "   "), z));
                out.add(line(a, s, k, "9999", pick("000", "   "), -z + rnd.nextInt(41) - 20));
            }
        }
        return out;
    }

    private String line(Args a, Skjema s, char kk, String fk, String as, long belop) {
        String kvartal = a.kvartal().isEmpty() ? " " : a.kvartal().substring(0, 1);
        String orgnr = s.familie() == Skjema.Familie.KIRKE || s.familie() == Skjema.Familie.HELSE
                || "0I".equals(s.kode()) || "0J".equals(s.kode())
                || "0K".equals(s.kode()) || "0L".equals(s.kode()) ? pad(a.orgnr(), 9) : BLANK9;
        String fnr = foretaksnr && a.foretaksnr().length() == 9 ? a.foretaksnr() : BLANK9;
        return s.grunnskjema() + a.aargang() + kvartal + pad(a.region(), 6) + orgnr + fnr + kk + pad(fk, 4)
                + pad(as, 3) + left(Long.toString(belop), 9);
    }

    /** A record that is mostly right for the arguments (one field at a time may be off). */
    private String wellFormed(Args a, Skjema s) {
        char kk = s.isBevilgning() ? (rnd.nextInt(3) == 0 ? s.investering() : s.drift()) : s.kontoklasser().charAt(0);
        String fk;
        String as;
        if (s.familie() == Skjema.Familie.HELSE) {
            kk = ' ';
            boolean resultat = "0X".equals(s.kode());
            fk = resultat ? pick(sorted(new TreeSet<>(kontoplan.helseforetak("funksjon")))) : "    ";
            as = resultat ? (rnd.nextInt(6) == 0 ? "320" : pick(sorted(new TreeSet<>(kontoplan.helseforetak("art")))))
                    : (rnd.nextInt(6) == 0 ? pick("190", "192", "194", "195")
                    : pick(sorted(new TreeSet<>(kontoplan.helseforetak("sektor")))));
        } else if (s.isBevilgning()) {
            fk = validFunksjon(a);
            as = s.isKvartal() ? pick(alleArter) : validArt(a);
        } else {
            List<String> kapitler = sorted(kontoplan.gyldigeKapitler(year, a.skjema()));
            List<String> sektorer = sorted(kontoplan.gyldigeSektorer(year, a.skjema()));
            fk = kapitler.isEmpty() ? "10" : pick(kapitler);
            as = sektorer.isEmpty() ? "000" : pick(sektorer);
        }
        long belop = rnd.nextInt(10) == 0 ? 0 : (long) (rnd.nextGaussian() * 2000);
        if (rnd.nextInt(8) == 0) {
            kk = pickChar('0', '1', '2', '3', '4', '5', '9', ' ', 'Z');
        }
        if (rnd.nextInt(8) == 0) {
            fk = rnd.nextBoolean() ? pick(alleFunksjoner) : pick(alleKapitler);
        }
        if (rnd.nextInt(8) == 0) {
            as = rnd.nextBoolean() ? pick(alleArter) : pick(alleSektorer);
        }
        String rec = line(a, s, kk, fk, as, belop);
        if (rnd.nextInt(25) == 0) {
            rec = pick("0A", "0B", "0C", "0D", "0F", "0G", "0I", "0M", "0X", "0Y", "0Z", "  ") + rec.substring(2);
        }
        return rec;
    }

    private String validFunksjon(Args a) {
        Set<String> v = kontoplan.gyldigeFunksjoner(year, a.skjema(), a.region(), a.orgnr());
        if (v.isEmpty() || rnd.nextInt(10) == 0) {
            return pick(alleFunksjoner);
        }
        return pick(sorted(v));
    }

    /** A set's elements in a fixed order (the iteration order of {@code Set.copyOf} differs between JVM runs). */
    private static List<String> sorted(Set<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private String validArt(Args a) {
        Set<String> v = kontoplan.gyldigeArter(year, a.skjema(), a.region());
        if (v.isEmpty() || rnd.nextInt(10) == 0) {
            return pick(alleArter);
        }
        return pick(sorted(v));
    }

    /** A record with every field drawn independently: right, wrong, or garbage. */
    String record(Args a) {
        Skjema s = Skjema.of(a.skjema()).orElseThrow();
        int shape = rnd.nextInt(100);
        if (shape < 2) {
            return pick("", "0A2026", wellFormed(a, s) + " ", wellFormed(a, s).substring(1),
                    wellFormed(a, s).substring(0, 20) + "\t" + wellFormed(a, s).substring(21));
        }
        if (shape < 45) {
            return wellFormed(a, s);
        }
        StringBuilder sb = new StringBuilder(48);
        sb.append(rnd.nextInt(6) == 0 ? pick("0A", "0B", "0C", "0D", "0F", "0G", "0I", "0J", "0K", "0L", "0M", "0N",
                "0P", "0Q", "0X", "0Y", "0Z", "  ", "0a") : s.grunnskjema());
        sb.append(rnd.nextInt(15) == 0 ? pick("2025", "2024", "2026", "20 6", "    ") : a.aargang());
        String kv = a.kvartal().isEmpty() ? " " : a.kvartal().substring(0, 1);
        sb.append(rnd.nextInt(12) == 0 ? pick(" ", "1", "2", "3", "4", "5", "x") : kv);
        sb.append(rnd.nextInt(15) == 0 ? pad(pick(pick(KOMMUNER), pick(FYLKER), pick(GARBAGE_REGIONS)), 6)
                : pad(a.region(), 6));
        String orgnr = rnd.nextInt(4) == 0 ? pad(a.orgnr(), 9) : BLANK9;
        if (a.orgnr().indexOf(',') >= 0 && rnd.nextBoolean()) {
            orgnr = a.orgnr().substring(a.orgnr().length() - 9);
        }
        if (rnd.nextInt(15) == 0) {
            orgnr = pick(BLANK9, digits(9), pick(SPECIAL_ORGNR));
        }
        sb.append(orgnr);
        if (foretaksnr && rnd.nextInt(3) == 0) {
            sb.append(pad(a.foretaksnr(), 9));
        } else {
            sb.append(rnd.nextInt(6) == 0 ? pad(a.orgnr(), 9) : rnd.nextInt(20) == 0 ? digits(9) : BLANK9);
        }
        char kk;
        int k = rnd.nextInt(10);
        if (k < 6) {
            kk = s.isBevilgning() ? (rnd.nextBoolean() ? s.drift() : s.investering()) : s.kontoklasser().charAt(0);
        } else {
            kk = pickChar('0', '1', '2', '3', '4', '5', '6', '9', ' ', 'Z', 'z', '~', 'x');
        }
        sb.append(kk);
        int f = rnd.nextInt(10);
        String fk;
        if (f < 5) {
            fk = s.isBevilgning() ? validFunksjon(a) : pick(alleKapitler);
        } else if (f < 7) {
            fk = pick(alleFunksjoner);
        } else if (f < 9) {
            fk = pick(rnd.nextBoolean() ? pick(alleKapitler) : pick(KAPITLER_EXTRA));
        } else {
            fk = pick(JUNK_CODES);
        }
        sb.append(rnd.nextInt(15) == 0 ? right(fk, 4) : pad(fk, 4));
        int ar = rnd.nextInt(10);
        String as;
        if (ar < 5) {
            as = s.isBevilgning() && !s.isKvartal() ? validArt(a) : s.isBevilgning() ? pick(alleArter)
                    : pick(alleSektorer);
        } else if (ar < 7) {
            as = pick(alleArter);
        } else if (ar < 9) {
            as = pick(alleSektorer);
        } else {
            as = pick(JUNK_CODES);
        }
        sb.append(pad(as.length() > 3 ? as.substring(0, 3) : as, 3));
        sb.append(belop());
        String rec = sb.toString();
        return rec.length() == 48 ? rec : pad(rec, 48).substring(0, 48);
    }

    private String belop() {
        int b = rnd.nextInt(30);
        String v;
        if (b < 18) {
            v = Long.toString((long) (rnd.nextGaussian() * Math.pow(10, 1 + rnd.nextInt(6))));
        } else if (b < 21) {
            v = "0";
        } else if (b < 23) {
            v = pick("999999999", "-99999999", "2147483647", "-2147483648", "-0", "00000");
        } else if (b < 25) {
            return pick("      100", "100      ", "    -   5", "   1.5   ", "      1,5", "     +100", "         ",
                    "   - 100 ", "  ABC    ", "   100-  ", "0000000-1", "  1 000  ");
        } else {
            v = Long.toString(rnd.nextInt(41) - 20);
        }
        return rnd.nextInt(10) == 0 ? pad(v, 9) : left(v, 9);
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[rnd.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    private char pickChar(char... values) {
        return values[rnd.nextInt(values.length)];
    }

    /** Left-aligned, padded with blanks / cut to n. */
    static String pad(String s, int n) {
        if (s.length() >= n) {
            return s.substring(0, n);
        }
        return s + " ".repeat(n - s.length());
    }

    static String right(String s, int n) {
        if (s.length() >= n) {
            return s.substring(0, n);
        }
        return " ".repeat(n - s.length()) + s;
    }

    /** Right-aligned number field. */
    static String left(String s, int n) {
        return right(s, n);
    }
}

package no.kommunefakta.posting.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import no.kommunefakta.kostra.CsvResource;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * The whole-file controls of the releases that are one Java program per skjema (the 2018 and 2019 releases: packages
 * {@code regn0A} ... {@code regn0Q}), as data ({@code no/kommunefakta/posting/filkontroller-pakker.csv}): per release
 * ({@link Utgave#fraAar()}), argument skjema (the package) and control, which records each of the package's sums adds
 * and when it reports. A control that the table names for a release runs, for that release, only for the skjema with a
 * row, and the rows decide it ({@link Vilkaar}); every other control keeps its rule class's own logic.
 *
 * <p>A row's sum adds the belop of every record of the file (also a zero amount, which these releases do not drop)
 * whose kontoklasse character is the row's, and whose funksjon (kapittel) and art (sektor) fields, read as the
 * packages read them (up to the first blank, as a signed integer), lie in the row's ranges; the belop is the text after
 * the field's last blank; a record whose funksjon, art or belop is no integer adds nothing. Sums are 32-bit integers,
 * as in the packages.
 */
public final class Pakkekontroller {

    /** When a row reports. */
    public enum Vilkaar {
        /** The sum must be &gt; 0 (reports a sum &lt;= 0: expenses, aktiva missing). */
        POSITIV,
        /** The sum must be &lt; 0 (reports a sum &gt;= 0: income, passiva missing). */
        NEGATIV,
        /** The sum must be within the margin (reports {@code |sum| >= grense}). */
        DIFFERANSE,
        /**
         * Each part is its own sum; one finding when any part is outside the margin ({@code |sum| >= grense}: one
         * message for the drift and investering sums of funksjon 190/490).
         */
        DIFFERANSE_HVER,
        /** The sum must not be 0 (reports a sum of 0: motpost avskrivninger missing). */
        NULL,
        /** The sum must be 0 (reports any other sum: avskrivninger on the wrong funksjon). */
        IKKE_NULL,
        /** A record must be added (reports a file without one: skatteinntekter missing). */
        MANGLER,
        /**
         * A record must be added, and the added records must not sum to 0; a sum of 0 reports only when the package's
         * summed combination checks ({@code pakkekombinasjoner.csv} {@code summert}: 075 and 080) sum to 0 as well
         * (0C/0P {@code ControlSkatteinntekter}: {@code foundError} is {@code sumForControl_13_1 == 0 ||
         * !field_13_1_isFound || ...}, the report names a sum of 0 with no message of its own, so it stands as a
         * finding only without the 075/080 messages).
         */
        MANGLER_ELLER_NULL,
        /** No package of the release has this control. */
        INGEN,
        /** The package runs the control as the rule class does (its own logic and release settings). */
        REGEL
    }

    /** Which records a row needs before it can report. */
    public enum Forutsetning {
        /** None: it reports also on a file without a record of its kind (or none at all). */
        ALLTID,
        /** A record added to any row of the same package class (the packages' {@code lineControlled}). */
        SUMMERT,
        /** A record added to this row ({@code field_12_3_isFound}). */
        FUNNET
    }

    /**
     * One sum of one package.
     *
     * @param utgaver      the releases ({@link Utgave#fraAar()}) with this row
     * @param skjema       the argument skjema (package), two characters; empty for {@link Vilkaar#INGEN}
     * @param control      the project's control number the package's message maps to
     * @param klasse       the package's class (rows of one class share {@link Forutsetning#SUMMERT})
     * @param kontoklasse  per part, the record's kontoklasse character (one character: every part; {@code *}: any)
     * @param funksjoner   per part, the funksjon (kapittel) ranges (none: any funksjon, also one that is no number)
     * @param arter        per part, the art (sektor) ranges (none: any art, also one that is no number); a record is
     *                     added when it lies in the funksjon and art ranges of one part
     * @param vilkaar      when it reports
     * @param grense       the margin of {@link Vilkaar#DIFFERANSE}
     * @param forutsetning the records it needs
     * @param utenOsloBydel records of an Oslo bydel region (0301xx, xx not 00) add nothing
     * @param avEtterRegion a record of an Oslo bydel or of Longyearbyen (211100) switches the row off for the file
     * @param alvorlighet  the finding's severity
     * @param ikkeNegative the finding names the added records whose belop is 0 or more, one finding per record, when
     *                     the row added at most {@link #MAKS_LINJER} records (0A/0M {@code ControlSkatteinntekter},
     *                     130: "Record N har beløp lik 0" / "større enn 0"; column {@code linjer}
     *                     {@code ikke_negative}); else, as every other row, one finding without lines
     * @param funksjonTekst per part, the funksjon code the part compares as text, up to the first blank, instead of
     *                     as a number (a part written {@code =800}; empty: the ranges): {@code "0800"} or {@code "+800"}
     *                     is not funksjon 800 there ({@code funksjon.equalsIgnoreCase("800")} in
     *                     {@code ControlSkatteinntekter} 130, {@code "860"} in {@code ControlAvskrivinger}, {@code "190"},
     *                     {@code "290"}, {@code "465"}, {@code "490"} in {@code Control190/290/465/490})
     */
    public record Rad(Set<Integer> utgaver, String skjema, String control, String klasse, String kontoklasse,
                      List<int[]> funksjoner, List<int[]> arter, Vilkaar vilkaar, int grense,
                      Forutsetning forutsetning, boolean utenOsloBydel, boolean avEtterRegion, Severity alvorlighet,
                      boolean ikkeNegative, List<String> funksjonTekst) {

        boolean legger(PostingView p) {
            return del(p) >= 0;
        }

        /** The first part whose ranges the record lies in, or -1. */
        int del(PostingView p) {
            char kk = p.at(31);
            boolean alleKontoklasser = "*".equals(kontoklasse);
            if (!alleKontoklasser && kontoklasse.indexOf(kk) < 0 || (utenOsloBydel || avEtterRegion) && osloBydel(p)
                    || avEtterRegion && longyearbyen(p)) {
                return -1;
            }
            long f = UGYLDIG;
            long a = UGYLDIG;
            for (int i = 0; i < funksjoner.size(); i++) {
                if (!alleKontoklasser && kontoklasse.length() > 1 && kontoklasse.charAt(i) != kk) {
                    continue;
                }
                int[] funksjon = funksjoner.get(i);
                String tekst = funksjonTekst.get(i);
                if (!tekst.isEmpty()) {
                    if (!tekst.equals(Pakke.raaTilBlank(p, 32, 36))) {
                        continue;
                    }
                } else if (funksjon.length > 0) {
                    if (f == UGYLDIG) {
                        f = heltallTilBlank(p, 32, 36);
                        if (f == UGYLDIG) {
                            return -1;
                        }
                    }
                }
                if (!tekst.isEmpty() || funksjon.length == 0 || innenfor(funksjon, (int) f)) {
                    int[] art = arter.get(i);
                    if (art.length == 0) {
                        return i;
                    }
                    if (a == UGYLDIG) {
                        a = heltallTilBlank(p, 36, 39);
                        if (a == UGYLDIG) {
                            return -1;
                        }
                    }
                    if (innenfor(art, (int) a)) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }

    /** What {@link #heltallTilBlank} and {@link #belopEtterBlank} return for a field that is no integer. */
    static final long UGYLDIG = Long.MIN_VALUE;
    /** The most records a finding names ({@link Rad#ikkeNegative()}: {@code lineNum <= 10}). */
    static final int MAKS_LINJER = 10;
    private static final List<Rad> RADER = load();
    /** Per release and control: the rows (empty list: the control is named only with {@link Vilkaar#INGEN}). */
    private static final Map<Integer, Map<String, List<Rad>>> STYRT = index();

    private Pakkekontroller() {
    }

    /** Every row of the table. */
    public static List<Rad> rader() {
        return RADER;
    }

    /**
     * The controls of the table that have no number in the project's numbering: the package's own title as the
     * control id (e.g. {@code "0A Kontroll 19, art 490"}), one {@link Pakkekontroll} each.
     */
    public static List<String> egneKontroller() {
        return RADER.stream().map(Rad::control).filter(c -> !c.matches("\\d{3}")).distinct().sorted().toList();
    }

    /** Whether the table decides {@code control} for this release. */
    public static boolean styrer(Utgave utgave, String control) {
        Map<String, List<Rad>> m = STYRT.get(utgave.fraAar());
        return m != null && m.containsKey(control);
    }

    /** The rows of {@code control} for this release and argument skjema (package). */
    public static List<Rad> rader(Utgave utgave, String skjema, String control) {
        Map<String, List<Rad>> m = STYRT.get(utgave.fraAar());
        if (m == null) {
            return List.of();
        }
        return m.getOrDefault(control, List.of()).stream().filter(r -> r.skjema().equals(skjema)).toList();
    }

    /**
     * Whether the rule runs for this release and skjema: always when the table does not decide it, else when the
     * package has a row for it other than {@link Vilkaar#INGEN}.
     */
    static boolean kjorer(Utgave utgave, no.kommunefakta.kostra.Skjema skjema, String control) {
        if (skjema.isKvartal() || !styrer(utgave, control)) {
            return true;
        }
        return rader(utgave, skjema.grunnskjema(), control).stream().anyMatch(r -> r.vilkaar() != Vilkaar.INGEN);
    }

    /** The table's accumulator for this run, when its rows (not the rule class) decide the control. */
    public static Optional<FileRule.Accumulator> start(Profil profil, FileRule rule) {
        List<Rad> egne = tabellrader(profil, rule.control());
        if (egne.isEmpty()) {
            return Optional.empty();
        }
        List<Rad> klasse = RADER.stream().filter(r -> r.utgaver().contains(profil.utgave().fraAar())
                && r.skjema().equals(egne.get(0).skjema()) && r.klasse().equals(egne.get(0).klasse())).toList();
        List<List<Pakke.Kombinasjon>> summerte = profil.pakke().map(pk -> pk.kombinasjoner().values().stream()
                .map(l -> l.stream().filter(Pakke.Kombinasjon::summert).toList()).filter(l -> !l.isEmpty())
                .toList()).orElse(List.of());
        return Optional.of(new Summer(egne, klasse, summerte));
    }

    /** The kontotyper the run feeds the rule: every record when the table's rows decide it. */
    public static int kontotyper(Profil profil, FileRule rule) {
        return tabellrader(profil, rule.control()).isEmpty() ? rule.kontotyper() : PostingView.ALLE;
    }

    private static List<Rad> tabellrader(Profil profil, String control) {
        if (profil.skjema().isKvartal() || !styrer(profil.utgave(), control)) {
            return List.of();
        }
        return rader(profil.utgave(), profil.skjema().grunnskjema(), control).stream()
                .filter(r -> r.vilkaar() != Vilkaar.INGEN && r.vilkaar() != Vilkaar.REGEL).toList();
    }

    /** The sums of one control in one run. */
    private static final class Summer implements FileRule.Accumulator {
        private final Rad[] egne;
        private final Rad[] klasse;
        private final int[] sum;
        /** Per row and part, the part's own sum ({@link Vilkaar#DIFFERANSE_HVER}). */
        private final int[][] delsum;
        private final boolean[] funnet;
        /** Per row, how many records it added, and the lines of those whose belop is 0 or more. */
        private final int[] antall;
        private final List<List<Integer>> ikkeNegative = new ArrayList<>();
        private boolean summert;
        private boolean av;
        /** The package's summed combination checks, per control, and their sums ({@link Vilkaar#MANGLER_ELLER_NULL}). */
        private final List<List<Pakke.Kombinasjon>> summerte;
        private final int[] summerteSummer;

        Summer(List<Rad> egne, List<Rad> klasse, List<List<Pakke.Kombinasjon>> summerte) {
            this.summerte = summerte;
            this.summerteSummer = new int[summerte.size()];
            this.egne = egne.toArray(new Rad[0]);
            this.klasse = klasse.toArray(new Rad[0]);
            this.sum = new int[this.egne.length];
            this.delsum = new int[this.egne.length][];
            for (int i = 0; i < this.egne.length; i++) {
                delsum[i] = new int[this.egne[i].funksjoner().size()];
            }
            this.funnet = new boolean[this.egne.length];
            this.antall = new int[this.egne.length];
            for (int i = 0; i < this.egne.length; i++) {
                ikkeNegative.add(new ArrayList<>());
            }
        }

        @Override
        public boolean seesNullposter() {
            return true;
        }

        @Override
        public void add(PostingView p) {
            if (!av && (osloBydel(p) || longyearbyen(p))) {
                for (Rad r : egne) {
                    av |= r.avEtterRegion();
                }
            }
            long belop = UGYLDIG;
            for (int i = 0; i < summerte.size(); i++) {
                for (Pakke.Kombinasjon k : summerte.get(i)) {
                    if (k.avviser(p)) {
                        long b = belopEtterBlank(p);
                        if (b != UGYLDIG) {
                            summerteSummer[i] += (int) b;
                        }
                        break;
                    }
                }
            }
            for (int i = 0; i < egne.length; i++) {
                int del = egne[i].del(p);
                if (del >= 0) {
                    if (belop == UGYLDIG) {
                        belop = belopEtterBlank(p);
                        if (belop == UGYLDIG) {
                            return;
                        }
                    }
                    sum[i] += (int) belop;
                    delsum[i][del] += (int) belop;
                    funnet[i] = true;
                    summert = true;
                    antall[i]++;
                    if (belop >= 0) {
                        ikkeNegative.get(i).add(p.lineNo());
                    }
                }
            }
            if (!summert) {
                for (Rad r : klasse) {
                    if (r.legger(p) && belopEtterBlank(p) != UGYLDIG) {
                        summert = true;
                        return;
                    }
                }
            }
        }

        @Override
        public void finish(Consumer<Finding> out) {
            for (int i = 0; i < egne.length; i++) {
                Rad r = egne[i];
                boolean forutsatt = switch (r.forutsetning()) {
                    case ALLTID -> true;
                    case SUMMERT -> summert;
                    case FUNNET -> funnet[i];
                };
                int s = sum[i];
                boolean feil = switch (r.vilkaar()) {
                    case POSITIV -> s <= 0;
                    case NEGATIV -> s >= 0;
                    case DIFFERANSE -> Math.abs((long) s) >= r.grense();
                    case DIFFERANSE_HVER -> java.util.Arrays.stream(delsum[i]).anyMatch(d -> Math.abs((long) d) >= r.grense());
                    case NULL -> s == 0;
                    case IKKE_NULL -> s != 0;
                    case MANGLER -> !funnet[i];
                    case MANGLER_ELLER_NULL -> !funnet[i]
                            || s == 0 && java.util.Arrays.stream(summerteSummer).allMatch(x -> x == 0);
                    default -> false;
                };
                if (forutsatt && feil && !(av && r.avEtterRegion())) {
                    List<Integer> linjer = ikkeNegative.get(i);
                    if (r.ikkeNegative() && antall[i] <= MAKS_LINJER && !linjer.isEmpty()) {
                        for (int linje : linjer) {
                            out.accept(FilFunn.of(r.control(), r.alvorlighet(), s, melding(r, s), linje));
                        }
                    } else {
                        out.accept(FilFunn.of(r.control(), r.alvorlighet(), s, melding(r, s)));
                    }
                }
            }
        }
    }

    private static String melding(Rad r, int s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.funksjoner().size(); i++) {
            int[] f = r.funksjoner().get(i);
            // balance rows range over kapitler (4 digits) and sektorer, the others over funksjoner and arter
            boolean balanse = f.length > 0 && f[f.length - 1] > 999;
            b.append(i == 0 ? "" : " og ").append("kontoklasse ").append("*".equals(r.kontoklasse()) ? "(alle)"
                    : r.kontoklasse().charAt(r.kontoklasse().length() == 1 ? 0 : i));
            if (f.length > 0) {
                b.append(balanse ? ", kapittel " : ", funksjon ").append(intervaller(f));
            }
            if (r.arter().get(i).length > 0) {
                b.append(balanse ? " med sektor " : " med art ").append(intervaller(r.arter().get(i)));
            }
        }
        String poster = b.toString();
        return switch (r.vilkaar()) {
            case POSITIV -> "Summen av " + poster + " er " + s + ", den skal være større enn 0. Før beløpene i filen.";
            case NEGATIV -> "Summen av " + poster + " er " + s + ", den skal være mindre enn 0. Før beløpene i filen.";
            case NULL -> "Summen av " + poster + " er 0, den skal ha et beløp. Før motposten i filen.";
            case IKKE_NULL -> "Summen av " + poster + " er " + s + ", den skal være 0. Før beløpene på riktig"
                    + " funksjon.";
            case MANGLER -> "Filen har ingen postering med " + poster + ". Før den i filen.";
            case MANGLER_ELLER_NULL -> "Filen har ingen postering med " + poster + ", eller summen av dem er 0. Før"
                    + " skatteinntektene i filen.";
            default -> "Summen av " + poster + " er " + s + ", differansen skal være mindre enn " + r.grense()
                    + ". Rett beløpene slik at summen går i 0.";
        };
    }

    private static String intervaller(int[] r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.length; i += 2) {
            b.append(i == 0 ? "" : " og ").append(r[i]).append(r[i] == r[i + 1] ? "" : "-" + r[i + 1]);
        }
        return b.toString();
    }

    static boolean longyearbyen(PostingView p) {
        return p.at(7) == '2' && p.at(8) == '1' && p.at(9) == '1' && p.at(10) == '1' && p.at(11) == '0'
                && p.at(12) == '0';
    }

    static boolean osloBydel(PostingView p) {
        return p.at(7) == '0' && p.at(8) == '3' && p.at(9) == '0' && p.at(10) == '1'
                && !(p.at(11) == '0' && p.at(12) == '0');
    }

    /** The field [from, to) up to its first blank as {@code Integer.parseInt} reads it, or {@link #UGYLDIG}. */
    static long heltallTilBlank(PostingView p, int from, int to) {
        int end = from;
        while (end < to && p.at(end) != ' ') {
            end++;
        }
        return heltall(p, from, end);
    }

    /**
     * Whether the record stops the run of this profile: its belop is no integer for a package that reads it unguarded
     * ({@link Utgave#belopAvbryter(no.kommunefakta.kostra.Skjema)}).
     */
    public static boolean avbryter(Profil profil, PostingView p) {
        return profil.utgave().belopAvbryter(profil.skjema()) && belopEtterBlank(p) == UGYLDIG;
    }

    /** The belop field's text after its last blank as {@code Integer.parseInt} reads it, or {@link #UGYLDIG}. */
    static long belopEtterBlank(PostingView p) {
        int start = 48;
        while (start > 39 && p.at(start - 1) != ' ') {
            start--;
        }
        return heltall(p, start, 48);
    }

    private static long heltall(PostingView p, int from, int to) {
        if (from == to) {
            return UGYLDIG;
        }
        int i = from;
        boolean neg = false;
        if (p.at(i) == '-' || p.at(i) == '+') {
            neg = p.at(i) == '-';
            i++;
            if (i == to) {
                return UGYLDIG;
            }
        }
        long v = 0;
        for (; i < to; i++) {
            int d = Character.digit(p.at(i), 10);
            if (d < 0) {
                return UGYLDIG;
            }
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    private static boolean innenfor(int[] intervaller, int v) {
        for (int i = 0; i < intervaller.length; i += 2) {
            if (v >= intervaller[i] && v <= intervaller[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static List<Rad> load() {
        List<Rad> result = new ArrayList<>();
        for (List<String> r : CsvResource.read("/no/kommunefakta/posting/filkontroller-pakker.csv")) {
            if (r.size() != 13) {
                throw new IllegalStateException("filkontroller-pakker.csv: 13 columns expected in " + r);
            }
            if (!Set.of("", "ikke_negative").contains(r.get(12))) {
                throw new IllegalStateException("filkontroller-pakker.csv: linjer '" + r.get(12) + "' in " + r);
            }
            Set<Integer> utgaver = new java.util.TreeSet<>();
            for (String s : r.get(0).trim().split("\\s+")) {
                utgaver.add(Integer.parseInt(s));
            }
            Vilkaar vilkaar = Vilkaar.valueOf(r.get(7).toUpperCase(Locale.ROOT));
            boolean sum = vilkaar != Vilkaar.INGEN && vilkaar != Vilkaar.REGEL;
            List<String> funksjonTekst = new ArrayList<>();
            for (String del : r.get(5).split("\\|", -1)) {
                funksjonTekst.add(del.startsWith("=") ? del.substring(1).trim() : "");
            }
            List<int[]> funksjoner = sum ? deler(r.get(5).replace("=", ""), r) : List.of();
            List<int[]> arter = sum ? deler(r.get(6), r) : List.of();
            if (arter.size() != funksjoner.size()) {
                throw new IllegalStateException("filkontroller-pakker.csv: as many art parts as funksjon parts in "
                        + r);
            }
            if (!Set.of("", "oslo_bydel", "oslo_bydel_longyearbyen_fil").contains(r.get(10))) {
                throw new IllegalStateException("filkontroller-pakker.csv: unntak '" + r.get(10) + "' in " + r);
            }
            result.add(new Rad(Set.copyOf(utgaver), r.get(1), r.get(2), r.get(3),
                    sum ? kontoklasse(r.get(4), funksjoner.size(), r) : "", funksjoner, arter, vilkaar,
                    r.get(8).isEmpty() ? 0 : Integer.parseInt(r.get(8)),
                    r.get(9).isEmpty() ? Forutsetning.ALLTID : Forutsetning.valueOf(r.get(9).toUpperCase(Locale.ROOT)),
                    "oslo_bydel".equals(r.get(10)), "oslo_bydel_longyearbyen_fil".equals(r.get(10)),
                    r.get(11).isEmpty() ? Severity.ERROR : Severity.valueOf(r.get(11)),
                    "ikke_negative".equals(r.get(12)), List.copyOf(funksjonTekst)));
        }
        return List.copyOf(result);
    }

    private static String kontoklasse(String s, int deler, List<String> row) {
        if ("*".equals(s)) {
            return s;
        }
        String k = s.replace("|", "");
        if (k.length() != 1 && k.length() != deler || k.length() * 2 - 1 != s.length()) {
            throw new IllegalStateException("filkontroller-pakker.csv: kontoklasse '" + s + "' in " + row);
        }
        return k;
    }

    private static List<int[]> deler(String s, List<String> row) {
        List<int[]> r = new ArrayList<>();
        for (String del : s.split("\\|", -1)) {
            r.add(intervaller(del, row));
        }
        return List.copyOf(r);
    }

    private static int[] intervaller(String s, List<String> row) {
        if (s.isBlank()) {
            return new int[0];
        }
        String[] deler = s.trim().split("\\s+");
        int[] r = new int[deler.length * 2];
        for (int i = 0; i < deler.length; i++) {
            String[] ab = deler[i].split("-");
            if (ab.length > 2 || ab[0].isEmpty()) {
                throw new IllegalStateException("filkontroller-pakker.csv: range '" + deler[i] + "' in " + row);
            }
            r[2 * i] = Integer.parseInt(ab[0]);
            r[2 * i + 1] = Integer.parseInt(ab[ab.length - 1]);
        }
        return r;
    }

    private static Map<Integer, Map<String, List<Rad>>> index() {
        Map<Integer, Map<String, List<Rad>>> m = new TreeMap<>();
        for (Rad r : RADER) {
            for (int u : r.utgaver()) {
                m.computeIfAbsent(u, k -> new TreeMap<>()).computeIfAbsent(r.control(), k -> new ArrayList<>()).add(r);
            }
        }
        return m;
    }
}

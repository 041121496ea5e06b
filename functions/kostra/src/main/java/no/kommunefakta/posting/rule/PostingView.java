package no.kommunefakta.posting.rule;

import java.util.List;

import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * A reusable, allocation-free view of one 48-character record, with the derived values the controls compare
 * (computed once per record so that each control is a few comparisons). One instance per validation run; not
 * thread-safe. Internal to the validators, public only so that the rule classes can live in their own package.
 */
public final class PostingView {

    /** Kontotype of a record: bevilgning drift, bevilgning investering, balanse, or none of them. */
    public static final int INGEN = 0;
    public static final int DRIFT = 1;
    public static final int INVESTERING = 2;
    public static final int BALANSE = 3;
    /** Masks for {@link PostingRule#kontotyper()} and {@link FileRule#kontotyper()}. */
    public static final int M_INGEN = 1 << INGEN;
    public static final int M_DRIFT = 1 << DRIFT;
    public static final int M_INVESTERING = 1 << INVESTERING;
    public static final int M_BALANSE = 1 << BALANSE;
    public static final int ALLE = M_INGEN | M_DRIFT | M_INVESTERING | M_BALANSE;
    /** Bevilgning records: drift, investering, or a bevilgning skjema with another kontoklasse. */
    public static final int BEVILGNING = M_INGEN | M_DRIFT | M_INVESTERING;

    private static final Skjema[] RECORD_SKJEMA = new Skjema[128];
    /** The record skjema field 0X (helseforetak, "resultat" in the program's mapping). */
    private static final char RESULTAT_SKJEMA = 'X';
    /** The record skjema field 0Y (helseforetak balanse), balanse in the program's mapping. */
    private static final char HELSE_BALANSE_SKJEMA = 'Y';

    static {
        // 0X/0Y stay unknown here: 0X is "resultat" (isResultat) and 0Y balanse, decided in load()
        for (Skjema s : Skjema.kommunale()) {
            if (s.kode().length() == 2) {
                RECORD_SKJEMA[s.kode().charAt(1)] = s;
            }
        }
    }

    private char[] buf;
    private int off;
    private int lineNo;
    private int nullposterFoer;

    private Skjema recordSkjema;
    private boolean resultat;
    private int kontotype;
    private int funksjon3;
    private int funksjonInt;
    private long kapittelKey;
    private int art3;
    private int artInt;
    private long sektorKey;
    private long belop;
    private boolean belopGyldig;
    private boolean null0;
    private boolean osloBydel;
    private Skjema fastSkjema;
    private boolean belopTrimmet;
    private boolean nullHeltall;

    /**
     * Classifies every record loaded from now on by this skjema (the argument's) and the record's kontoklasse, as the
     * Java release does ({@link Utgave#kontotypeEtterArgument()}): drift, investering or balanse when the kontoklasse
     * is that skjema's, else none. Null: by the record's own skjema field (the Kotlin program).
     */
    public void klassifiserEtter(Skjema skjema) {
        this.fastSkjema = skjema;
    }

    /**
     * Checks the belop of every record loaded from now on after trimming trailing blanks, as the Java release does
     * ({@link Utgave#k014Trimmet()}: a left-aligned amount is valid).
     */
    public void belopTrimmet(boolean trimmet) {
        this.belopTrimmet = trimmet;
    }

    /**
     * Counts a record loaded from now on as a zero-amount record when its belop reads as the integer 0 (Java's
     * {@code Integer.parseInt(belop.trim()) == 0}: "-0", "+0", "000"), as the Java releases do
     * ({@link Utgave#nullpostHeltall()}); else only when the trimmed belop is {@code "0"}.
     */
    public void nullHeltall(boolean heltall) {
        this.nullHeltall = heltall;
    }

    /**
     * Loads a record of exactly 48 characters (the caller checked control 001).
     *
     * @param lineNo 1-based line number in the file, or 0 for a single posting
     */
    public void load(char[] buf, int off, int lineNo) {
        this.buf = buf;
        this.off = off;
        this.lineNo = lineNo;
        char c0 = buf[off];
        char c1 = buf[off + 1];
        recordSkjema = c0 == '0' && c1 < 128 ? RECORD_SKJEMA[c1] : null;
        resultat = c0 == '0' && c1 == RESULTAT_SKJEMA;
        char kk = buf[off + 31];
        if (fastSkjema != null) {
            if (fastSkjema.isBalanse()) {
                kontotype = fastSkjema.kontoklasser().indexOf(kk) >= 0 ? BALANSE : INGEN;
            } else {
                kontotype = kk == fastSkjema.drift() ? DRIFT : kk == fastSkjema.investering() ? INVESTERING : INGEN;
            }
        } else if (recordSkjema == null) {
            kontotype = c0 == '0' && c1 == HELSE_BALANSE_SKJEMA ? BALANSE : INGEN;
        } else if (recordSkjema.isBalanse()) {
            kontotype = BALANSE;
        } else if (kk == recordSkjema.drift()) {
            kontotype = DRIFT;
        } else {
            // As the program: a kontoklasse outside the skjema's mapping gives the account type "MISSING", and its
            // test "I" in "MISSING" (a substring test) makes the record count as investering.
            kontotype = INVESTERING;
        }
        funksjon3 = trimmedThreeDigits(off + 32, 4);
        funksjonInt = funksjon3 >= 0 ? funksjon3 : parseTrimmedInt(off + 32, 4);
        kapittelKey = pack(off + 32, 4);
        art3 = threeDigits(off + 36);
        artInt = art3 >= 0 ? art3 : parseTrimmedInt(off + 36, 3);
        sektorKey = pack(off + 36, 3);
        belopGyldig = belopMatches(off + 39, 9);
        belop = belopGyldig && !belopTrimmet ? parseBelopFast(off + 39, 9) : parseTrimmedInt(off + 39, 9);
        null0 = nullHeltall ? javaIntIsZero(off + 39, 9) : trimmedIsZero(off + 39, 9);
        osloBydel = buf[off + 7] == '0' && buf[off + 8] == '3' && buf[off + 9] == '0' && buf[off + 10] == '1'
                && !(buf[off + 11] == '0' && buf[off + 12] == '0');
    }

    /**
     * Whether the record is a zero-amount record (the trimmed belop is exactly {@code "0"}, or reads as 0, see
     * {@link #nullHeltall}): the program drops such records before all controls.
     */
    public boolean isNullpost() {
        return null0;
    }

    public int lineNo() {
        return lineNo;
    }

    /**
     * Sets how many zero-amount records the validator dropped before this one (for {@link #lineNoEtterNullposter()}).
     */
    public void nullposterFoer(int antall) {
        this.nullposterFoer = antall;
    }

    /** The record's position among the records left after the zero-amount records were dropped (0: a single posting). */
    public int lineNoEtterNullposter() {
        return lineNo == 0 ? 0 : lineNo - nullposterFoer;
    }

    /**
     * Whether the record's skjema field is 0X: the program's mapping calls it "resultat" (helseforetak), and controls
     * 010 and 012 check such records like bevilgning records.
     */
    public boolean isResultat() {
        return resultat;
    }

    /** The record's skjema field (positions 1-2) as a known KOSTRA skjema, empty for any other value. */
    public java.util.Optional<Skjema> recordSkjema() {
        return java.util.Optional.ofNullable(recordSkjema);
    }

    /** The drift kontoklasse of the record's own bevilgning skjema ({@code 0} when it is not one). */
    public char driftKontoklasse() {
        return recordSkjema == null ? 0 : recordSkjema.drift();
    }

    /** The investering kontoklasse of the record's own bevilgning skjema ({@code 0} when it is not one). */
    public char investeringKontoklasse() {
        return recordSkjema == null ? 0 : recordSkjema.investering();
    }

    public int kontotype() {
        return kontotype;
    }

    public boolean isDrift() {
        return kontotype == DRIFT;
    }

    public boolean isInvestering() {
        return kontotype == INVESTERING;
    }

    /**
     * A bevilgning record whose kontoklasse is neither the skjema's drift nor its investering one: control 009 reports
     * it, and the program then counts it as investering (see {@link #load}).
     */
    public boolean isUkjentKontoklasse() {
        return fastSkjema == null && kontotype == INVESTERING && buf[off + 31] != recordSkjema.investering();
    }

    public boolean isBevilgning() {
        return recordSkjema != null && recordSkjema.isBevilgning();
    }

    public boolean isBalanse() {
        return kontotype == BALANSE;
    }

    /** Record skjema 0A, 0C, 0M or 0P. */
    public boolean isRegional() {
        char c = recordChar1();
        return c == 'A' || c == 'C' || c == 'M' || c == 'P';
    }

    /** Record skjema 0A, 0B, 0M or 0N. */
    public boolean isKommuneSkjema() {
        char c = recordChar1();
        return c == 'A' || c == 'B' || c == 'M' || c == 'N';
    }

    /** Record skjema 0C, 0D, 0P or 0Q. */
    public boolean isFylkeSkjema() {
        char c = recordChar1();
        return c == 'C' || c == 'D' || c == 'P' || c == 'Q';
    }

    private char recordChar1() {
        return recordSkjema == null ? 0 : recordSkjema.kode().charAt(1);
    }

    /** The record's region is an Oslo bydel in the sense of the aggregate controls (0301xx, xx != 00). */
    public boolean isOsloBydel() {
        return osloBydel;
    }

    /** The record's region is Oslo kommune itself (030100). */
    public boolean isOsloKommune() {
        return buf[off + 7] == '0' && buf[off + 8] == '3' && buf[off + 9] == '0'
                && buf[off + 10] == '1' && buf[off + 11] == '0' && buf[off + 12] == '0';
    }

    /** Record skjema 0A or 0M (the kommune bevilgning skjema). */
    public boolean isKommuneBevilgning() {
        char c = recordChar1();
        return c == 'A' || c == 'M';
    }

    /** Trimmed funksjon when it is exactly three ASCII digits, else -1. */
    public int funksjon3() {
        return funksjon3;
    }

    /** Funksjon/kapittel parsed as an integer after trimming, 0 when not a number (the program's default). */
    public int funksjonInt() {
        return funksjonInt;
    }

    /** The four kapittel characters packed into a long (exact comparison). */
    public long kapittelKey() {
        return kapittelKey;
    }

    /** The three art characters when they are all ASCII digits, else -1 (exact comparison). */
    public int art3() {
        return art3;
    }

    /** Art parsed as an integer after trimming, 0 when not a number. */
    public int artInt() {
        return artInt;
    }

    /** The three sektor characters packed into a long (exact comparison). */
    public long sektorKey() {
        return sektorKey;
    }

    /** Art 10-599. */
    public boolean isUtgift() {
        return artInt >= 10 && artInt <= 599;
    }

    /** Art 600-999. */
    public boolean isInntekt() {
        return artInt >= 600 && artInt <= 999;
    }

    /** Belop in 1000 NOK (0 when it is not a number, as the program counts it). */
    public long belop() {
        return belop;
    }

    /** Whether belop passes control 014. */
    public boolean isBelopGyldig() {
        return belopGyldig;
    }

    public char kvartal() {
        return buf[off + 6];
    }

    public char kontoklasse() {
        return buf[off + 31];
    }

    /** Compares record characters starting at {@code from} (0-based) with the whole of {@code s}. */
    public boolean regionMatches(int from, String s) {
        int n = s.length();
        if (from + n > 48) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[off + from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Compares record characters starting at {@code from} (0-based) with the whole of {@code s}. */
    public boolean regionMatches(int from, char[] s) {
        int n = s.length;
        if (from + n > 48) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[off + from + i] != s[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the record characters [from, to) are all whitespace. */
    public boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isWs(buf[off + i])) {
                return false;
            }
        }
        return true;
    }

    /** The record characters [from, to) (allocates; for messages only). */
    public String field(int from, int to) {
        return new String(buf, off + from, to - from);
    }

    public String skjemaFelt() {
        return field(0, 2);
    }

    public String funksjonFelt() {
        return field(32, 36);
    }

    public String artFelt() {
        return field(36, 39);
    }

    public String belopFelt() {
        return field(39, 48);
    }

    /** The trimmed value of record characters [from, to). */
    public String trimmed(int from, int to) {
        int a = off + from;
        int b = off + to;
        a = skipWs(a, b);
        b = skipWsBack(a, b);
        return new String(buf, a, b - a);
    }

    /** A finding about this record (lines = this line, or empty for a single posting). */
    public Finding finding(String control, Severity severity, String field, String value, String message) {
        return new Finding(control, severity, field, value, message, lineNo == 0 ? List.of() : List.of(lineNo));
    }

    // ------------------------------------------------------------------ parsing helpers

    char at(int i) {
        return buf[off + i];
    }

    private int trimmedThreeDigits(int from, int len) {
        int a = from;
        int b = from + len;
        a = skipWs(a, b);
        b = skipWsBack(a, b);
        return b - a == 3 ? digits3(a) : -1;
    }

    private int threeDigits(int from) {
        return digits3(from);
    }

    private int digits3(int a) {
        char x = buf[a];
        char y = buf[a + 1];
        char z = buf[a + 2];
        if (x < '0' || x > '9' || y < '0' || y > '9' || z < '0' || z > '9') {
            return -1;
        }
        return (x - '0') * 100 + (y - '0') * 10 + (z - '0');
    }

    /** Like Kotlin's {@code trim().toInt()} with 0 as default (Integer.parseInt semantics: optional sign). */
    private int parseTrimmedInt(int from, int len) {
        int a = from;
        int b = from + len;
        a = skipWs(a, b);
        b = skipWsBack(a, b);
        if (a == b) {
            return 0;
        }
        boolean neg = false;
        char first = buf[a];
        if (first == '-' || first == '+') {
            neg = first == '-';
            a++;
            if (a == b) {
                return 0;
            }
        }
        long v = 0;
        for (int i = a; i < b; i++) {
            int d = Character.digit(buf[i], 10);
            if (d < 0) {
                return 0;
            }
            v = v * 10 + d;
            if (v > Integer.MAX_VALUE + 1L) {
                return 0;
            }
        }
        v = neg ? -v : v;
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? 0 : (int) v;
    }

    /** {@code ^\s*?-?\d+$} on the whole field (or without trailing blanks, {@link #belopTrimmet}), and no TAB. */
    private boolean belopMatches(int from, int len) {
        int i = from;
        int end = from + len;
        while (belopTrimmet && end > from && buf[end - 1] <= ' ') {
            end--;
        }
        while (i < end && isRegexSpace(buf[i])) {
            if (buf[i] == '\t') {
                return false;
            }
            i++;
        }
        if (i < end && buf[i] == '-') {
            i++;
        }
        if (i == end) {
            return false;
        }
        for (; i < end; i++) {
            char c = buf[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The first index in [a, b) that is not whitespace, or b. */
    private int skipWs(int a, int b) {
        while (a < b && isWs(buf[a])) {
            a++;
        }
        return a;
    }

    /** The end of [a, b) without trailing whitespace. */
    private int skipWsBack(int a, int b) {
        while (b > a && isWs(buf[b - 1])) {
            b--;
        }
        return b;
    }

    /** {@link Character#isWhitespace} with an ASCII fast path (what Kotlin's trim() removes for these fields). */
    static boolean isWs(char c) {
        if (c == ' ') {
            return true;
        }
        if (c > ' ') {
            return c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
        return c >= 0x09 && c <= 0x0D || c >= 0x1C;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private long parseBelopFast(int from, int len) {
        int i = from;
        int end = from + len;
        while (isRegexSpace(buf[i])) {
            i++;
        }
        boolean neg = buf[i] == '-';
        if (neg) {
            i++;
        }
        long v = 0;
        for (; i < end; i++) {
            v = v * 10 + (buf[i] - '0');
        }
        return neg ? -v : v;
    }

    private boolean trimmedIsZero(int from, int len) {
        int a = from;
        int b = from + len;
        a = skipWs(a, b);
        b = skipWsBack(a, b);
        return b - a == 1 && buf[a] == '0';
    }

    /** {@code Integer.parseInt(s.trim()) == 0} (String.trim: every char up to ' '; an optional sign, then digits). */
    private boolean javaIntIsZero(int from, int len) {
        int a = from;
        int b = from + len;
        while (a < b && buf[a] <= ' ') {
            a++;
        }
        while (b > a && buf[b - 1] <= ' ') {
            b--;
        }
        if (a < b && (buf[a] == '-' || buf[a] == '+')) {
            a++;
        }
        if (a == b) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (Character.digit(buf[i], 10) != 0) {
                return false;
            }
        }
        return true;
    }

    private long pack(int from, int len) {
        long k = 0;
        for (int i = 0; i < len; i++) {
            k = (k << 16) | buf[from + i];
        }
        return k;
    }

    /** Packs a code padded with blanks to {@code len} characters the same way as the record fields. */
    public static long packCode(String code, int len) {
        long k = 0;
        for (int i = 0; i < len; i++) {
            k = (k << 16) | (i < code.length() ? code.charAt(i) : ' ');
        }
        return k;
    }
}

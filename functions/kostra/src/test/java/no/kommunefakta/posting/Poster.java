package no.kommunefakta.posting;

import java.util.List;
import java.util.stream.Collectors;
import no.kommunefakta.posting.validation.FileValidator;
import no.kommunefakta.posting.validation.PostingValidator;

/** Test helper: builds 48-character records and runs the validators. */
public final class Poster {

    private Poster() {
    }

    public static final String BLANK = "         ";

    public static ValidationContext ctx(String skjema, String aar, String kvartal, String region, String orgnr) {
        return new ValidationContext(skjema, aar, kvartal, region, orgnr);
    }

    public static ValidationContext annual(String skjema, int year, String region) {
        return new ValidationContext(skjema, Integer.toString(year), " ", region, BLANK);
    }

    /** A record for the context's skjema/year/kvartal/region/orgnr. */
    public static String rec(ValidationContext c, String kontoklasse, String funksjonKapittel, String artSektor,
                             String belop) {
        String skjema2 = c.skjema().substring(0, 2);
        String r = skjema2 + c.aargang() + c.kvartal() + c.region() + c.orgnr() + BLANK + kontoklasse
                + pad(funksjonKapittel, 4) + artSektor + lpad(belop, 9);
        if (r.length() != 48) {
            throw new IllegalArgumentException("bad test record: [" + r + "]");
        }
        return r;
    }

    public static String rec(ValidationContext c, String kontoklasse, String funksjon, String art, long belop) {
        return rec(c, kontoklasse, funksjon, art, Long.toString(belop));
    }

    public static ValidationResult posting(ValidationContext c, String record) {
        return PostingValidator.standard().validate(c, record);
    }

    public static ValidationResult file(ValidationContext c, String... records) {
        return FileValidator.standard().validate(c, List.of(records));
    }

    /** "control severity" of every finding, sorted. */
    public static List<String> ids(ValidationResult r) {
        return r.findings().stream().map(f -> f.control() + " " + f.severity()).sorted().collect(Collectors.toList());
    }

    /** Findings of one control. */
    public static List<Finding> of(ValidationResult r, String control) {
        return r.findings().stream().filter(f -> f.control().equals(control)).collect(Collectors.toList());
    }

    static String pad(String s, int n) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < n) {
            sb.append(' ');
        }
        return sb.toString();
    }

    static String lpad(String s, int n) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() + s.length() < n) {
            sb.append(' ');
        }
        return sb.append(s).toString();
    }

    /** A balanced 0A file body (drift and investering in balance), kontoklasse 1/0. */
    public static String[] balanced0A(ValidationContext c) {
        return new String[] {
            rec(c, "1", "120", "010", 1000), rec(c, "1", "800", "870", -600), rec(c, "1", "840", "800", -500),
            rec(c, "1", "120", "590", 50), rec(c, "1", "860", "990", -50), rec(c, "1", "120", "570", 100),
            rec(c, "0", "120", "200", 100), rec(c, "0", "880", "970", -100)
        };
    }
}

package no.kommunefakta.kostra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A KOSTRA regnskap skjema as the official control program knows it: what kind of accounts it carries and which
 * kontoklasser mean drift, investering and balanse.
 *
 * @param kode        the skjema argument, e.g. {@code "0A"} or {@code "0AK3"}
 * @param grunnskjema the two characters the records of this skjema carry in positions 1-2 (e.g. {@code "0A"} for 0AK3)
 * @param navn        Norwegian name
 * @param type        bevilgning (drift + investering) or balanse
 * @param familie     which part of the control program validates it
 * @param kontoklasser the kontoklasse values allowed in the records (control 009)
 * @param drift       kontoklasse of drift records, or {@code 0} for balanse skjema
 * @param investering kontoklasse of investering records, or {@code 0} for balanse skjema
 */
public record Skjema(String kode, String grunnskjema, String navn, Type type, Familie familie, String kontoklasser,
                     char drift, char investering) {

    /** Bevilgning (drift and investering), balanse, or resultat (helseforetak 0X, the program's "RES"). */
    public enum Type { BEVILGNING, BALANSE, RESULTAT }

    /** The part of the control program that validates a skjema. */
    public enum Familie {
        /** Kommune, fylkeskommune, særbedrifter and konsern, annual (KommuneKostraMain). */
        KOMMUNE,
        /** Quarterly kommune and fylkeskommune accounts (KvartalKostraMain). */
        KVARTAL,
        /** Kirkelig fellesråd (KirkeKostraMain). */
        KIRKE,
        /**
         * Helseforetak 0X/0Y (HelseForetakMain): only in the releases whose {@code utgaver.csv} row says
         * {@code helseforetak} ja; the others do not know the skjema.
         */
        HELSE
    }

    private static final Map<String, Skjema> ALLE = new LinkedHashMap<>();

    static {
        annual("0A", "Bevilgningsregnskap kommunekasse", Type.BEVILGNING, "10", '1', '0');
        annual("0B", "Balanse kommunekasse", Type.BALANSE, "2", (char) 0, (char) 0);
        annual("0C", "Bevilgningsregnskap fylkeskasse", Type.BEVILGNING, "10", '1', '0');
        annual("0D", "Balanse fylkeskasse", Type.BALANSE, "2", (char) 0, (char) 0);
        annual("0I", "Bevilgningsregnskap kommunale særbedrifter og lånefond", Type.BEVILGNING, "34", '3', '4');
        annual("0J", "Balanse kommunale særbedrifter og lånefond", Type.BALANSE, "5", (char) 0, (char) 0);
        annual("0K", "Bevilgningsregnskap fylkeskommunale særbedrifter og lånefond", Type.BEVILGNING, "34", '3', '4');
        annual("0L", "Balanse fylkeskommunale særbedrifter og lånefond", Type.BALANSE, "5", (char) 0, (char) 0);
        annual("0M", "Konsolidert bevilgningsregnskap kommuner", Type.BEVILGNING, "34", '3', '4');
        annual("0N", "Konsolidert balanse kommuner", Type.BALANSE, "5", (char) 0, (char) 0);
        annual("0P", "Konsolidert bevilgningsregnskap fylkeskommuner", Type.BEVILGNING, "34", '3', '4');
        annual("0Q", "Konsolidert balanse fylkeskommuner", Type.BALANSE, "5", (char) 0, (char) 0);
        put(new Skjema("0F", "0F", "Bevilgningsregnskap for kirkelig fellesråd", Type.BEVILGNING, Familie.KIRKE,
                "34", '3', '4'));
        put(new Skjema("0G", "0G", "Balanseregnskap for kirkelig fellesråd", Type.BALANSE, Familie.KIRKE, "5",
                (char) 0, (char) 0));
        put(new Skjema("0X", "0X", "Resultatregnskap for helseforetak", Type.RESULTAT, Familie.HELSE, " ",
                (char) 0, (char) 0));
        put(new Skjema("0Y", "0Y", "Balanse for helseforetak", Type.BALANSE, Familie.HELSE, " ", (char) 0,
                (char) 0));
        for (int k = 1; k <= 4; k++) {
            put(new Skjema("0AK" + k, "0A", "Kvartalsregnskap kommune, bevilgning, " + k + ". kvartal",
                    Type.BEVILGNING, Familie.KVARTAL, "10", '1', '0'));
            put(new Skjema("0BK" + k, "0B", "Kvartalsregnskap kommune, balanse, " + k + ". kvartal",
                    Type.BALANSE, Familie.KVARTAL, "2Zz~", (char) 0, (char) 0));
            put(new Skjema("0CK" + k, "0C", "Kvartalsregnskap fylkeskommune, bevilgning, " + k + ". kvartal",
                    Type.BEVILGNING, Familie.KVARTAL, "10", '1', '0'));
            put(new Skjema("0DK" + k, "0D", "Kvartalsregnskap fylkeskommune, balanse, " + k + ". kvartal",
                    Type.BALANSE, Familie.KVARTAL, "2Zz~", (char) 0, (char) 0));
        }
    }

    private static void annual(String kode, String navn, Type type, String kontoklasser, char drift, char inv) {
        put(new Skjema(kode, kode, navn, type, Familie.KOMMUNE, kontoklasser, drift, inv));
    }

    private static void put(Skjema s) {
        ALLE.put(s.kode(), s);
    }

    /** The skjema with this argument code (case-sensitive, as the control program), if it is a regnskap skjema. */
    public static Optional<Skjema> of(String kode) {
        return Optional.ofNullable(kode == null ? null : ALLE.get(kode));
    }

    /** All known skjema, annual first (helseforetak 0X/0Y among them; see {@link #kommunale()}). */
    public static List<Skjema> alle() {
        return List.copyOf(ALLE.values());
    }

    /** The municipal skjema: every known one except the helseforetak 0X/0Y ({@link Familie#HELSE}). */
    public static List<Skjema> kommunale() {
        return ALLE.values().stream().filter(s -> s.familie != Familie.HELSE).toList();
    }

    /** Whether this is a quarterly skjema. */
    public boolean isKvartal() {
        return familie == Familie.KVARTAL;
    }

    /** Whether this skjema carries bevilgning (drift and investering) accounts. */
    public boolean isBevilgning() {
        return type == Type.BEVILGNING;
    }

    /** Whether this skjema carries balance accounts. */
    public boolean isBalanse() {
        return type == Type.BALANSE;
    }
}

package no.kommunefakta.site.side;

import java.util.regex.Pattern;

/**
 * Source and definition notes in plain words for visitor pages: the catalogue's notes name SSB content codes, the
 * repositories an extract came through and whether a series is embedded; those stay on {@code /om/}. Tables
 * ("SSB 12134") and registers (KPR, GSI) stay: they are what a reader can look up.
 */
public final class Klartekst {

    private static final Pattern INNEBYGD = Pattern.compile(",?\\s*ikke innebygd");
    private static final Pattern TOMME_PARENTESER = Pattern.compile("\\s*\\(\\s*\\)");
    private static final Pattern INNHOLDSKODE = Pattern.compile(",?\\s*(ContentsCode=)?\\bKOS[A-Za-z0-9]*\\d{4}\\b");
    private static final Pattern VIA_REPO = Pattern.compile("\\s*via [a-z0-9_.-]+/[a-z0-9_.-]+");
    private static final Pattern REPO = Pattern.compile("\\b[a-z0-9_-]+/[a-z0-9_.-]*[a-z][a-z0-9_.-]*\\b");
    private static final Pattern KODENAVN = Pattern.compile("\\s*\\(kostrahoved\\)");

    private Klartekst() {
    }

    /** "Netto driftsresultat, 1000 kr (SSB 12134, ikke innebygd)" → "Netto driftsresultat, 1000 kr (SSB 12134)". */
    public static String kilde(String s) {
        String t = INNEBYGD.matcher(s).replaceAll("");
        t = INNHOLDSKODE.matcher(t).replaceAll("");
        t = VIA_REPO.matcher(t).replaceAll("");
        t = REPO.matcher(t).replaceAll("åpne data");
        t = KODENAVN.matcher(t).replaceAll("");
        t = TOMME_PARENTESER.matcher(t).replaceAll("");
        return t.replace("( ", "(").replace(" )", ")").replace(" ,", ",").trim();
    }
}

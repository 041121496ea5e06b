package no.kommunefakta.posting.rule;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * The second pass of controls 010-013 of the 2022 release e3b33ddc ({@code kostra/Main.java} {@code kontroll1},
 * {@code kontroll5}, {@code kontroll10}, {@code kontroll15}; {@link Utgave#k010PostensSkjema2()}): after the
 * zero-amount records are dropped, every record whose own skjema field is an annual bevilgning skjema has its
 * funksjon (010) and art (012), every record of an annual balance skjema its kapittel (011) and sektor (013), checked
 * against the lists of its <em>own</em> skjema, region and orgnr. (The release meant to remove the codes invalid in
 * drift resp. investering for the record's kontoklasse, but looks the kontoklasse up among the keys "D"/"I" of its
 * map, so nothing is removed.) ERROR. Reported for every record; the validators drop a finding that equals one of
 * the first pass (the argument's lists) for the record ({@link #andrePass()}), after the first pass's 50-line limit:
 * a value on more than 50 lines is one entry without lines there, and the second pass still names each line.
 */
public final class Kontroll010PostensSkjema implements PostingRule {

    private static final Map<String, Set<String>> LISTER = new ConcurrentHashMap<>();

    @Override
    public boolean feltkontroll() {
        return false;
    }

    @Override
    public boolean andrePass() {
        return true;
    }

    @Override
    public String control() {
        return "010";
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.utgave().k010PostensSkjema2();
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        if (p.isNullpost()) {
            return;
        }
        Skjema s = p.recordSkjema().orElse(null);
        boolean ukjent = false;
        if (s == null) {
            // the release selects the records by skjema ignoring case ("0a"), then finds no list for "0a"
            s = Skjema.of(p.skjemaFelt().toUpperCase(java.util.Locale.ROOT)).orElse(null);
            ukjent = true;
        }
        if (s == null || s.familie() != Skjema.Familie.KOMMUNE) {
            return;
        }
        boolean utenListe = ukjent;
        int year = profil.year();
        String region = p.field(7, 13);
        String orgnr = p.field(13, 22);
        String kode = s.kode();
        String key = year + "|" + kode + "|" + region + "|" + orgnr + "|";
        Kontoplan k = profil.kontoplan();
        if (s.isBevilgning()) {
            {
                Set<String> funksjoner = utenListe ? Set.of() : LISTER.computeIfAbsent(key + "f",
                        x -> k.gyldigeFunksjoner(year, kode, region, orgnr));
                if (!venstrejustert(p, 32, 36, funksjoner)) {
                    out.accept(p.finding("010", Severity.ERROR, "funksjon", p.funksjonFelt(), "Funksjon '"
                            + p.trimmed(32, 36) + "' er ikke gyldig for postens eget skjema " + kode + " (region "
                            + region + ") i " + year + "."));
                }
            }
            {
                Set<String> arter = utenListe ? Set.of()
                        : LISTER.computeIfAbsent(key + "a", x -> k.gyldigeArter(year, kode, region));
                if (!venstrejustert(p, 36, 39, arter)) {
                    out.accept(p.finding("012", Severity.ERROR, "art", p.artFelt(), "Art '" + p.trimmed(36, 39)
                            + "' er ikke gyldig for postens eget skjema " + kode + " i " + year + "."));
                }
            }
        } else {
            {
                Set<String> kapitler = utenListe ? Set.of()
                        : LISTER.computeIfAbsent(key + "k", x -> k.gyldigeKapitler(year, kode));
                if (!venstrejustert(p, 32, 36, kapitler)) {
                    out.accept(p.finding("011", Severity.ERROR, "kapittel", p.funksjonFelt(), "Kapittel '"
                            + p.trimmed(32, 36) + "' er ikke gyldig for postens eget skjema " + kode + " i "
                            + year + "."));
                }
            }
            {
                Set<String> sektorer = utenListe ? Set.of()
                        : LISTER.computeIfAbsent(key + "s", x -> k.gyldigeSektorer(year, kode));
                if (!venstrejustert(p, 36, 39, sektorer)) {
                    out.accept(p.finding("013", Severity.ERROR, "sektor", p.artFelt(), "Sektor '"
                            + p.trimmed(36, 39) + "' er ikke gyldig for postens eget skjema " + kode + " i "
                            + year + "."));
                }
            }
        }
    }

    /**
     * The release compares the raw field with the list's codes padded on the right: the code must be in the list and
     * left-aligned (a right-aligned " 870" fails here, though the first pass trims it).
     */
    private static boolean venstrejustert(PostingView p, int from, int to, Set<String> codes) {
        String trimmed = p.trimmed(from, to);
        return codes.contains(trimmed) && p.field(from, to).startsWith(trimmed);
    }
}

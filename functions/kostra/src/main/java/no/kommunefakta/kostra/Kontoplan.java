package no.kommunefakta.kostra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The KOSTRA chart of accounts as data, per reporting year 2018-2026: which funksjoner, arter, kapitler and sektorer
 * are valid for which skjema, with Norwegian names where a source gave one. Loaded once from the embedded data files
 * (see {@code no/kommunefakta/kostra/README.md}); immutable and thread-safe.
 *
 * <p>The composition follows SSB's 2026 control program ({@code KommuneKostraMain}, {@code KvartalKostraMain},
 * {@code KirkeKostraMain}); the code lists it composes are those of the requested year.
 */
public final class Kontoplan {

    private static final String BASE = "/no/kommunefakta/kostra/";
    private static final String[] KOLONNER = {"0A", "0C", "0I", "0K", "0M", "0P"};
    private static final String BLANK_SEKTOR = "   ";
    private static final String BLANK_KAPITTEL = "    ";

    static final int UGYLDIG_DRIFT = 1;
    static final int UGYLDIG_INVESTERING = 2;
    static final int ULOGISK_DRIFT = 4;
    static final int ULOGISK_INVESTERING = 8;

    private final Aarganger aar;
    /** The names, read on the first name asked for (a control run without findings of 010/012 needs none). */
    private volatile Kodenavn navn;
    private final Map<String, List<String>> kirke;
    private final Map<String, List<String>> helse;
    private final Map<String, List<String>> kvartal;
    private final Map<String, List<int[]>> kvartalPerioder;
    private final Map<String, List<String>> regler;
    private final Map<String, List<String>> reglerPerAar;

    private static final class Holder {
        static final Kontoplan INSTANCE = load();
    }

    /** The embedded chart of accounts. */
    public static Kontoplan standard() {
        return Holder.INSTANCE;
    }

    private Kontoplan(Aarganger aar, Map<String, List<String>> kirke, Map<String, List<String>> helse,
                      Map<String, List<String>> kvartal, Map<String, List<int[]>> kvartalPerioder,
                      Map<String, List<String>> regler, Map<String, List<String>> reglerPerAar) {
        this.aar = aar;
        this.kirke = kirke;
        this.helse = helse;
        this.kvartal = kvartal;
        this.kvartalPerioder = kvartalPerioder;
        this.regler = regler;
        this.reglerPerAar = reglerPerAar;
    }

    /** Reporting years covered, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(aar.keySet()));
    }

    /** The reporting year written as four digits ({@code aargang}), when the chart of accounts covers it. */
    public java.util.OptionalInt year(String aargang) {
        if (aargang == null || aargang.length() != 4) {
            return java.util.OptionalInt.empty();
        }
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = aargang.charAt(i);
            if (c < '0' || c > '9') {
                return java.util.OptionalInt.empty();
            }
            y = y * 10 + (c - '0');
        }
        return covers(y) ? java.util.OptionalInt.of(y) : java.util.OptionalInt.empty();
    }

    /** Whether the chart of accounts has lists for this reporting year. */
    public boolean covers(int year) {
        return aar.containsKey(year);
    }

    /** Funksjoner valid in the given bevilgning skjema (annual, quarterly or kirke) for a normal region. */
    public List<Kode> funksjoner(int year, String skjema) {
        return koder(gyldigeFunksjoner(year, skjema, "000000", ""), year, Kodenavn.funksjonDimensjon(skjema));
    }

    /** Arter valid in the given bevilgning skjema for a normal region (empty for quarterly skjema). */
    public List<Kode> arter(int year, String skjema) {
        return koder(gyldigeArter(year, skjema, "000000"), year, Kodenavn.ART);
    }

    /** Kapitler valid in the given balance skjema. */
    public List<Kode> kapitler(int year, String skjema) {
        return koder(gyldigeKapitler(year, skjema), year, Kodenavn.KAPITTEL);
    }

    /** Sektorer valid in the given balance skjema (0G: only blank). */
    public List<Kode> sektorer(int year, String skjema) {
        return koder(gyldigeSektorer(year, skjema), year, "sektor");
    }

    /**
     * Verified Norwegian name of a funksjon in a reporting year: the kommune list for kommune skjema (0A, 0B, 0I, 0J,
     * 0M, 0N, kirke), the fylkeskommune list for 0C, 0D, 0K, 0L, 0P, 0Q and their quarterly forms. Empty when no
     * source gave a name valid in that year (show the code alone).
     */
    public Optional<String> funksjonNavn(int year, String skjema, String code) {
        return navn().navn(Kodenavn.funksjonDimensjon(skjema), code, year).map(Kodenavn.Rad::name);
    }

    /** Verified Norwegian name of an art in a reporting year; empty when no source gave one for that year. */
    public Optional<String> artNavn(int year, String code) {
        return navn().navn(Kodenavn.ART, code, year).map(Kodenavn.Rad::name);
    }

    /** Verified Norwegian name of a balance kapittel in a reporting year; empty when no source gave one for that year. */
    public Optional<String> kapittelNavn(int year, String code) {
        return navn().navn(Kodenavn.KAPITTEL, code, year).map(Kodenavn.Rad::name);
    }

    /** The newest verified name of a funksjon (kommune list first, then fylkeskommune), if a source gave one. */
    public Optional<String> funksjonNavn(String code) {
        return navn().nyeste(Kodenavn.FUNKSJON_KOMMUNE, code).or(() -> navn().nyeste(Kodenavn.FUNKSJON_FYLKE, code))
                .map(Kodenavn.Rad::name);
    }

    /** The newest verified name of an art, if a source gave one. */
    public Optional<String> artNavn(String code) {
        return navn().nyeste(Kodenavn.ART, code).map(Kodenavn.Rad::name);
    }

    /** The newest verified name of a balance kapittel, if a source gave one. */
    public Optional<String> kapittelNavn(String code) {
        return navn().nyeste(Kodenavn.KAPITTEL, code).map(Kodenavn.Rad::name);
    }

    /**
     * Every funksjon the control program accepts (control 010) for a skjema argument, region and orgnr in a year,
     * codes unpadded. Includes the Oslo / bydel / special-kommune extras and, for quarterly skjema, the "utgåtte"
     * funksjoner. Empty for balance skjema and unknown skjema or year.
     */
    public Set<String> gyldigeFunksjoner(int year, String skjema, String region, String orgnr) {
        Skjema s = Skjema.of(skjema).orElse(null);
        Aargang a = aar.get(year);
        if (s != null && a != null && s.familie() == Skjema.Familie.HELSE) {
            return s.isBalanse() ? Set.of() : Set.copyOf(helseforetak("funksjon"));
        }
        if (s == null || a == null || !s.isBevilgning()) {
            return Set.of();
        }
        if (s.familie() == Skjema.Familie.KIRKE) {
            return Set.copyOf(kirke.getOrDefault("funksjon", List.of()));
        }
        if (s.isKvartal()) {
            return kvartalFunksjoner(year, s, region);
        }
        String base = s.grunnskjema();
        Set<String> result = new TreeSet<>();
        if ("0I".equals(base) && orgnr != null && parameter("orgnr_spesial").contains(orgnr)) {
            for (String f : kolonne(year, "0I", true)) {
                if (!f.startsWith("8")) {
                    result.add(f);
                }
            }
            for (String f : kolonne(year, "0K", true)) {
                if (f.startsWith("8")) {
                    result.add(f);
                }
            }
        } else {
            result.addAll(kolonne(year, base, true));
        }
        boolean oslo = isOslo(region);
        boolean bydel = isOsloBydel(region);
        if (oslo || bydel || region != null && parameter("fylkesfunksjoner_region", year).contains(region)) {
            for (String f : kolonne(year, "0K", true)) {
                if (!f.startsWith("8")) {
                    result.add(f);
                }
            }
        }
        for (KodeRad r : a.funksjoner.values()) {
            if (r.oslo == Oslo.OSLO && (oslo || bydel) || r.oslo == Oslo.BYDEL && bydel) {
                result.add(r.code);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** The quarterly list (KvartalKostraMain): its own code lists, not the year's annual ones. */
    private Set<String> kvartalFunksjoner(int year, Skjema s, String region) {
        Set<String> result = new TreeSet<>(kvartal(year, "funksjon_finansiell"));
        result.addAll(kvartal(year, "funksjon_utgatt"));
        if ("0A".equals(s.grunnskjema())) {
            result.addAll(kvartal(year, "funksjon_kommune"));
        } else {
            result.addAll(kvartal(year, "funksjon_fylke"));
        }
        if (region != null && parameter("kvartal_oslo_regioner", year).contains(region)
                && !parameter("kvartal_oslo_unntatt_skjema", year).contains(s.grunnskjema())) {
            result.addAll(kvartal(year, "funksjon_oslo"));
            result.addAll(kvartal(year, "funksjon_fylke"));
        }
        return Collections.unmodifiableSet(result);
    }

    /** The quarterly art list (the Oslo arter for the regions of {@code kvartal_oslo_art_regioner}). */
    private Set<String> kvartalArter(int year, String region) {
        List<String> codes = new ArrayList<>(kvartal(year, "art"));
        if (!codes.isEmpty() && region != null && parameter("kvartal_oslo_art_regioner", year).contains(region)) {
            codes.addAll(kvartal(year, "art_oslo"));
        }
        Set<String> result = new TreeSet<>();
        for (String c : codes) {
            result.add(c.length() < 3 ? (c + "   ").substring(0, 3) : c);
        }
        return Collections.unmodifiableSet(result);
    }

    /** The quarterly list's codes valid in this reporting year (the rows' fra_aar/til_aar, blank = open). */
    private List<String> kvartal(int year, String dimension) {
        List<String> all = kvartal.getOrDefault(dimension, List.of());
        List<String> result = new ArrayList<>(all.size());
        for (String c : all) {
            List<int[]> perioder = kvartalPerioder.get(dimension + "," + c);
            if (perioder == null || perioder.stream().anyMatch(p -> year >= p[0] && year <= p[1])) {
                result.add(c);
            }
        }
        return result;
    }

    /**
     * Funksjoner a quarterly skjema accepts only temporarily (control 010 "Utgått funksjon", WARNING for every
     * bevilgning record carrying one). Empty for other skjema.
     */
    public Set<String> utgatteFunksjoner(int year, String skjema) {
        Skjema s = Skjema.of(skjema).orElse(null);
        if (s == null || !s.isKvartal() || !covers(year)) {
            return Set.of();
        }
        return Collections.unmodifiableSet(new TreeSet<>(kvartal(year, "funksjon_utgatt")));
    }

    /**
     * Every art the control program accepts (control 012); empty for balance skjema, and for quarterly skjema in the
     * years whose release has no quarterly art list ({@code kvartal.csv} {@code art}: the Java releases' own list,
     * placeholders right-padded to three characters as the release compares them).
     */
    public Set<String> gyldigeArter(int year, String skjema, String region) {
        return gyldigeArter(year, skjema, region, OSLO_ARTER_SKJEMA);
    }

    /** The annual skjema whose art list gets the Oslo arts for Oslo and its bydeler, unless a release says otherwise. */
    public static final Set<String> OSLO_ARTER_SKJEMA = Set.of("0A", "0M");

    /**
     * As {@link #gyldigeArter(int, String, String)}, with the annual skjema whose art list gets the Oslo arts for Oslo
     * and its bydeler ({@link #OSLO_ARTER_SKJEMA} in most releases; every bevilgning skjema in the 2020 and 2021
     * releases' {@code getArtSektorAsList}).
     */
    public Set<String> gyldigeArter(int year, String skjema, String region, Set<String> osloArterSkjema) {
        Skjema s = Skjema.of(skjema).orElse(null);
        Aargang a = aar.get(year);
        if (s != null && a != null && s.familie() == Skjema.Familie.HELSE) {
            return s.isBalanse() ? Set.of() : Set.copyOf(helseforetak("art"));
        }
        if (s != null && a != null && s.isKvartal() && s.isBevilgning()) {
            return kvartalArter(year, region);
        }
        if (s == null || a == null || !s.isBevilgning() || s.isKvartal()) {
            return Set.of();
        }
        if (s.familie() == Skjema.Familie.KIRKE) {
            return Set.copyOf(kirke.getOrDefault("art", List.of()));
        }
        Set<String> result = new TreeSet<>(kolonne(year, s.grunnskjema(), false));
        if (osloArterSkjema.contains(s.kode())) {
            boolean oslo = isOslo(region);
            boolean bydel = isOsloBydel(region);
            for (KodeRad r : a.arter.values()) {
                if (r.oslo == Oslo.OSLO && (oslo || bydel) || r.oslo == Oslo.BYDEL && bydel) {
                    result.add(r.code);
                }
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** Every kapittel the control program accepts (control 011), unpadded; empty for bevilgning skjema. */
    public Set<String> gyldigeKapitler(int year, String skjema) {
        Skjema s = Skjema.of(skjema).orElse(null);
        Aargang a = aar.get(year);
        if (s == null || a == null || !s.isBalanse()) {
            return Set.of();
        }
        if (s.familie() == Skjema.Familie.KIRKE) {
            return Set.copyOf(kirke.getOrDefault("kapittel", List.of()));
        }
        if (s.familie() == Skjema.Familie.HELSE) {
            // the 0Y list holds one entry, the blank kapittel
            return helseforetak("kapittel").stream().map(k -> k.isEmpty() ? BLANK_KAPITTEL : k)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        if (s.isKvartal()) {
            return Collections.unmodifiableSet(new TreeSet<>(kvartal(year, "kapittel")));
        }
        Set<String> result = new LinkedHashSet<>(a.kapitler);
        a.kapitlerPerSkjema.forEach((kapittel, skjemaer) -> {
            if (skjemaer.contains(s.kode())) {
                result.add(kapittel);
            }
        });
        return Collections.unmodifiableSet(result);
    }

    /** Every sektor the control program accepts (control 013); {@code "   "} stands for blank (0G). */
    public Set<String> gyldigeSektorer(int year, String skjema) {
        Skjema s = Skjema.of(skjema).orElse(null);
        Aargang a = aar.get(year);
        if (s == null || a == null || !s.isBalanse()) {
            return Set.of();
        }
        if (s.familie() == Skjema.Familie.KIRKE) {
            // the blank sektor, and in some releases also the basis sektorer (regler.csv kirke_sektorer)
            Set<String> kirkeSektorer = new TreeSet<>(parameter("kirke_sektorer", year));
            kirkeSektorer.add(BLANK_SEKTOR);
            return Collections.unmodifiableSet(kirkeSektorer);
        }
        if (s.familie() == Skjema.Familie.HELSE) {
            return Set.copyOf(helseforetak("sektor"));
        }
        if (s.isKvartal()) {
            return Collections.unmodifiableSet(new TreeSet<>(kvartal(year, "sektor")));
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(a.sektorer));
    }

    /** Funksjoner not allowed in drift (control 020) for a bevilgning skjema. */
    public Set<String> funksjonerUgyldigIDrift(int year, String skjema) {
        if (isKvartal(skjema)) {
            return kvartalBevilgning(year, skjema, "funksjon_ugyldig_i_drift");
        }
        return flagget(year, skjema, true, UGYLDIG_DRIFT);
    }

    /** Funksjoner not allowed in investering (control 040); quarterly skjema accept the configured exceptions. */
    public Set<String> funksjonerUgyldigIInvestering(int year, String skjema) {
        if (isKvartal(skjema)) {
            return kvartalBevilgning(year, skjema, "funksjon_ugyldig_i_investering");
        }
        return flagget(year, skjema, true, UGYLDIG_INVESTERING);
    }

    /** Funksjoner that are illogical in investering (control 045, INFO). */
    public Set<String> funksjonerUlogiskIInvestering(int year, String skjema) {
        if (isKvartal(skjema)) {
            return kvartalBevilgning(year, skjema, "funksjon_ulogisk_i_investering");
        }
        return flagget(year, skjema, true, ULOGISK_INVESTERING);
    }

    /**
     * Arter not allowed in drift (control 025); art 921 is allowed for 0I/0K with a special orgnr and for 0M/0P in a
     * special region. Kirkelig fellesråd has its own list.
     */
    public Set<String> arterUgyldigIDrift(int year, String skjema, String region, String orgnr) {
        Skjema s = Skjema.of(skjema).orElse(null);
        if (s != null && s.familie() == Skjema.Familie.KIRKE) {
            return Set.copyOf(kirke.getOrDefault("ugyldig_i_drift", List.of()));
        }
        if (s != null && s.isKvartal()) {
            return kvartalAlle(year, "art_ugyldig_i_drift");
        }
        Set<String> result = new TreeSet<>(flagget(year, skjema, false, UGYLDIG_DRIFT));
        if (s != null && (("0I".equals(s.kode()) || "0K".equals(s.kode()))
                && orgnr != null && parameter("orgnr_spesial").contains(orgnr)
                || ("0M".equals(s.kode()) || "0P".equals(s.kode())) && region != null
                && parameter("region_spesial").contains(region))) {
            parameter("drift_art_unntak_spesial").forEach(result::remove);
        }
        return Collections.unmodifiableSet(result);
    }

    /** Arter not allowed in investering (control 050). Kirkelig fellesråd has its own list. */
    public Set<String> arterUgyldigIInvestering(int year, String skjema) {
        Skjema s = Skjema.of(skjema).orElse(null);
        if (s != null && s.familie() == Skjema.Familie.KIRKE) {
            return Set.copyOf(kirke.getOrDefault("ugyldig_i_investering", List.of()));
        }
        if (s != null && s.isKvartal()) {
            return kvartalAlle(year, "art_ugyldig_i_investering");
        }
        return flagget(year, skjema, false, UGYLDIG_INVESTERING);
    }

    /** Arter that are illogical in drift (control 030, INFO). */
    public Set<String> arterUlogiskIDrift(int year, String skjema) {
        if (isKvartal(skjema)) {
            return kvartalAlle(year, "art_ulogisk_i_drift");
        }
        return flagget(year, skjema, false, ULOGISK_DRIFT);
    }

    /** Arter that are illogical in investering (control 055, INFO). */
    public Set<String> arterUlogiskIInvestering(int year, String skjema) {
        if (isKvartal(skjema)) {
            return kvartalAlle(year, "art_ulogisk_i_investering");
        }
        return flagget(year, skjema, false, ULOGISK_INVESTERING);
    }

    /**
     * The skatteinntekt arter of the year that belong on funksjon 800 (control 075): art 870 and the kommune-only
     * 87x arter (valid in 0A but not in 0C).
     */
    public Set<String> skatteArter(int year) {
        if (!covers(year)) {
            return Set.of();
        }
        Set<String> result = new TreeSet<>();
        result.add("870");
        Set<String> fylke = new TreeSet<>(kolonne(year, "0C", false));
        for (String a : kolonne(year, "0A", false)) {
            if (a.startsWith("87") && !fylke.contains(a)) {
                result.add(a);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** Years in which the funksjon was valid in the column of the given bevilgning skjema (normal region). */
    public SortedSet<Integer> aarMedFunksjon(String code, String skjema) {
        return aarMed(code, skjema, true);
    }

    /** Years in which the art was valid in the column of the given bevilgning skjema (normal region). */
    public SortedSet<Integer> aarMedArt(String code, String skjema) {
        return aarMed(code, skjema, false);
    }

    /**
     * Whether the code lists of a year depend on this region (Oslo, its bydeler, the special regions of art 921 and
     * of the fylkeskommunale funksjoner, the quarterly Oslo regions): any other region gets the same lists.
     */
    public boolean isSpesialRegion(String region, int year) {
        return region != null && (isOslo(region) || isOsloBydel(region)
                || parameter("region_spesial").contains(region)
                || parameter("fylkesfunksjoner_region", year).contains(region)
                || parameter("kvartal_oslo_regioner", year).contains(region)
                || parameter("kvartal_oslo_art_regioner", year).contains(region));
    }

    /** Whether the code lists depend on this orgnr (the special 0I/0K orgnr): any other orgnr gets the same lists. */
    public boolean isSpesialOrgnr(String orgnr) {
        return orgnr != null && parameter("orgnr_spesial").contains(orgnr);
    }

    /** Oslo kommune (030100). */
    public boolean isOslo(String region) {
        return region != null && parameter("oslo_region").contains(region);
    }

    /** One of Oslo's bydeler that unlock the bydel funksjoner and arter (030101-030115). */
    public boolean isOsloBydel(String region) {
        return region != null && parameter("oslo_bydeler").contains(region);
    }

    /**
     * A list of the helseforetak program (0X/0Y, {@code helseforetak.csv}): {@code funksjon}, {@code art} (0X),
     * {@code kapittel}, {@code sektor} (0Y), {@code orgnr_hf} (control 500), {@code funksjon_art320} (510),
     * {@code art_positiv} (520). Empty when unknown.
     */
    public List<String> helseforetak(String dimension) {
        return helse.getOrDefault(dimension, List.of());
    }

    /** A rule parameter from {@code regler.csv} that holds for every year (empty when unknown). */
    public List<String> parameter(String name) {
        return regler.getOrDefault(name, List.of());
    }

    /** A rule parameter from {@code regler.csv} for one year, plus the values that hold for every year. */
    public List<String> parameter(String name, int year) {
        List<String> perYear = reglerPerAar.getOrDefault(name + "@" + year, List.of());
        List<String> all = parameter(name);
        if (perYear.isEmpty()) {
            return all;
        }
        List<String> result = new ArrayList<>(all);
        result.addAll(perYear);
        return List.copyOf(result);
    }

    private SortedSet<Integer> aarMed(String code, String skjema, boolean funksjon) {
        SortedSet<Integer> result = new TreeSet<>();
        String base = Skjema.of(skjema).map(Skjema::grunnskjema).orElse(skjema);
        int col = kolonneIndex(base);
        if (col < 0 || code == null) {
            return result;
        }
        for (int year : aar.keySet()) {
            Aargang a = aar.get(year);
            KodeRad r = (funksjon ? a.funksjoner : a.arter).get(code.trim());
            if (r != null && (r.validMask & (1 << col)) != 0) {
                result.add(year);
            }
        }
        return result;
    }

    private static boolean isKvartal(String skjema) {
        return Skjema.of(skjema).map(Skjema::isKvartal).orElse(false);
    }

    /** A quarterly list that the program applies only for a bevilgning skjema argument. */
    private Set<String> kvartalBevilgning(int year, String skjema, String dimension) {
        boolean bevilgning = Skjema.of(skjema).map(Skjema::isBevilgning).orElse(false);
        return bevilgning && covers(year) ? Collections.unmodifiableSet(new TreeSet<>(kvartal(year, dimension)))
                : Set.of();
    }

    /** A quarterly list that the program applies for every quarterly skjema argument (also balanse). */
    private Set<String> kvartalAlle(int year, String dimension) {
        return covers(year) ? Collections.unmodifiableSet(new TreeSet<>(kvartal(year, dimension))) : Set.of();
    }

    /**
     * Codes with a flag in the year's list. As the program: funksjon lists only for a bevilgning skjema argument,
     * art lists for every annual skjema argument (they judge the records by their own skjema field).
     */
    private Set<String> flagget(int year, String skjema, boolean funksjon, int flag) {
        Aargang a = aar.get(year);
        Skjema s = Skjema.of(skjema).orElse(null);
        if (a == null || s == null || funksjon && !s.isBevilgning() || s.familie() == Skjema.Familie.KIRKE) {
            return Set.of();
        }
        Set<String> result = new TreeSet<>();
        for (KodeRad r : (funksjon ? a.funksjoner : a.arter).values()) {
            if ((r.flags & flag) != 0) {
                result.add(r.code);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** Codes valid in one skjema column; a year without any code in that column uses the nearest year that has. */
    private List<String> kolonne(int year, String base, boolean funksjon) {
        int col = kolonneIndex(base);
        if (col < 0) {
            return List.of();
        }
        Aargang a = aar.get(kolonneAar(year, col));
        List<String> result = new ArrayList<>();
        for (KodeRad r : (funksjon ? a.funksjoner : a.arter).values()) {
            if ((r.validMask & (1 << col)) != 0) {
                result.add(r.code);
            }
        }
        return result;
    }

    private int kolonneAar(int year, int col) {
        if (aar.get(year).hasColumn(col)) {
            return year;
        }
        for (int d = 1; d < 50; d++) {
            Aargang later = aar.get(year + d);
            if (later != null && later.hasColumn(col)) {
                return year + d;
            }
            Aargang earlier = aar.get(year - d);
            if (earlier != null && earlier.hasColumn(col)) {
                return year - d;
            }
        }
        return year;
    }

    private static int kolonneIndex(String base) {
        for (int i = 0; i < KOLONNER.length; i++) {
            if (KOLONNER[i].equals(base)) {
                return i;
            }
        }
        return -1;
    }

    private List<Kode> koder(Set<String> codes, int year, String dimensjon) {
        List<Kode> result = new ArrayList<>(codes.size());
        for (String c : new TreeSet<>(codes)) {
            Optional<Kodenavn.Rad> n = navn().navn(dimensjon, c, year);
            result.add(new Kode(c, n.map(Kodenavn.Rad::name), n.map(Kodenavn.Rad::source)));
        }
        return List.copyOf(result);
    }

    // ---------------------------------------------------------------- loading

    private static Kontoplan load() {
        SortedSet<Integer> years = new TreeSet<>();
        for (List<String> row : csv("kontoplan/index.csv")) {
            years.add(Integer.parseInt(row.get(0)));
        }
        Map<String, List<String>> kirke = new LinkedHashMap<>();
        for (List<String> row : csv("kirke.csv")) {
            String code = row.size() > 1 ? row.get(1) : "";
            kirke.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(code);
        }
        kirke.replaceAll((k, v) -> List.copyOf(v));
        Map<String, List<String>> helse = new LinkedHashMap<>();
        for (List<String> row : csv("helseforetak.csv")) {
            String code = row.size() > 1 ? row.get(1) : "";
            helse.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(code);
        }
        helse.replaceAll((k, v) -> List.copyOf(v));
        Map<String, List<String>> kvartal = new LinkedHashMap<>();
        Map<String, List<int[]>> kvartalPerioder = new HashMap<>();
        for (List<String> row : csv("kvartal.csv")) {
            String code = row.size() > 1 ? row.get(1) : "";
            List<String> codes = kvartal.computeIfAbsent(row.get(0), k -> new ArrayList<>());
            if (!codes.contains(code)) {
                codes.add(code);
            }
            String fra = row.size() > 2 ? row.get(2).trim() : "";
            String til = row.size() > 3 ? row.get(3).trim() : "";
            if (!fra.isEmpty() || !til.isEmpty()) {
                kvartalPerioder.computeIfAbsent(row.get(0) + "," + code, k -> new ArrayList<>()).add(new int[] {
                        fra.isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(fra),
                        til.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(til)});
            }
        }
        kvartal.replaceAll((k, v) -> List.copyOf(v));
        kvartalPerioder.replaceAll((k, v) -> List.copyOf(v));
        Map<String, List<String>> regler = new HashMap<>();
        Map<String, List<String>> reglerPerAar = new HashMap<>();
        for (List<String> row : csv("regler.csv")) {
            List<String> values = List.of(row.get(2).trim().split(" +"));
            if (row.get(1).isEmpty()) {
                regler.put(row.get(0), values);
            } else {
                reglerPerAar.put(row.get(0) + "@" + row.get(1), values);
            }
        }
        return new Kontoplan(new Aarganger(Collections.unmodifiableSortedSet(years)), Map.copyOf(kirke),
                Map.copyOf(helse), Map.copyOf(kvartal), Map.copyOf(kvartalPerioder), Map.copyOf(regler),
                Map.copyOf(reglerPerAar));
    }

    static List<List<String>> csv(String file) {
        return CsvResource.read(BASE + file);
    }

    private Kodenavn navn() {
        Kodenavn n = navn;
        if (n == null) {
            synchronized (this) {
                n = navn;
                if (n == null) {
                    n = Kodenavn.load(csv("navn/names_full.csv"));
                    navn = n;
                }
            }
        }
        return n;
    }

    /** The years of {@code kontoplan/index.csv}; a year's lists are read on its first use (a run needs one year). */
    private static final class Aarganger {
        private final SortedSet<Integer> years;
        private final Map<Integer, Aargang> loaded = new ConcurrentHashMap<>();

        Aarganger(SortedSet<Integer> years) {
            this.years = years;
        }

        SortedSet<Integer> keySet() {
            return years;
        }

        boolean containsKey(int year) {
            return years.contains(year);
        }

        Aargang get(int year) {
            return years.contains(year) ? loaded.computeIfAbsent(year, Aargang::load) : null;
        }
    }

    private enum Oslo { NONE, OSLO, BYDEL }

    private record KodeRad(String code, int validMask, Oslo oslo, int flags) {
    }

    private static final class Aargang {
        final Map<String, KodeRad> funksjoner = new LinkedHashMap<>();
        final Map<String, KodeRad> arter = new LinkedHashMap<>();
        final List<String> kapitler = new ArrayList<>();
        /** Kapitler limited to some skjema (the file's {@code skjema} column), with those skjema. */
        final Map<String, Set<String>> kapitlerPerSkjema = new LinkedHashMap<>();
        final List<String> sektorer = new ArrayList<>();
        int columnMask;

        boolean hasColumn(int col) {
            return (columnMask & (1 << col)) != 0;
        }

        static Aargang load(int year) {
            Aargang a = new Aargang();
            for (List<String> r : csv("kontoplan/" + year + ".csv")) {
                int mask = 0;
                for (int i = 0; i < KOLONNER.length; i++) {
                    if ("Y".equals(r.get(2 + i))) {
                        mask |= 1 << i;
                    }
                }
                Oslo oslo = switch (r.get(8)) {
                    case "oslo" -> Oslo.OSLO;
                    case "bydel" -> Oslo.BYDEL;
                    default -> Oslo.NONE;
                };
                int flags = ("Y".equals(r.get(9)) ? UGYLDIG_DRIFT : 0)
                        | ("Y".equals(r.get(10)) ? UGYLDIG_INVESTERING : 0)
                        | ("Y".equals(r.get(11)) ? ULOGISK_DRIFT : 0)
                        | ("Y".equals(r.get(12)) ? ULOGISK_INVESTERING : 0);
                KodeRad rad = new KodeRad(r.get(1), mask, oslo, flags);
                a.columnMask |= mask;
                ("funksjon".equals(r.get(0)) ? a.funksjoner : a.arter).put(rad.code(), rad);
            }
            for (List<String> r : csv("balanse/" + year + ".csv")) {
                if ("kapittel".equals(r.get(0))) {
                    if (r.get(2).isEmpty()) {
                        a.kapitler.add(r.get(1));
                    } else {
                        a.kapitlerPerSkjema.put(r.get(1), Set.of(r.get(2).split(" ")));
                    }
                } else if ("sektor".equals(r.get(0))) {
                    a.sektorer.add(r.get(1));
                }
            }
            return a;
        }
    }

    /**
     * A code with its optional name.
     *
     * @param code   the code as written in the file (three digits for funksjon and art)
     * @param name   verified Norwegian name valid in the listed year, empty when no source gave one
     * @param source key of the name's source ({@code navn/names_full_SOURCES.md}), empty without a name
     */
    public record Kode(String code, Optional<String> name, Optional<String> source) {
    }
}

package no.kommunefakta.site.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;

/** Today's kommuner and fylker, KOSTRA groups, and how historic kommunenummer map to today's. */
public final class Regioner {

    public static final String LANDET = "EAK";
    public static final String LANDET_UTEN_OSLO = "EAKUO";
    public static final String OSLO = "0301";

    private final Map<String, Kommune> kommuner;
    private final Map<String, Fylke> fylker;
    private final Map<String, List<String>> grupper;
    private final Map<String, String> gruppeNavn;
    private final Map<Integer, Map<String, Map<String, Double>>> omkodingPerAar;
    private final Map<String, Omkoding> omkodinger;

    private Regioner(Map<String, Kommune> kommuner, Map<String, Fylke> fylker, Map<String, List<String>> grupper,
            Map<String, String> gruppeNavn, Map<Integer, Map<String, Map<String, Double>>> omkodingPerAar,
            Map<String, Omkoding> omkodinger) {
        this.kommuner = kommuner;
        this.fylker = fylker;
        this.grupper = grupper;
        this.gruppeNavn = gruppeNavn;
        this.omkodingPerAar = omkodingPerAar;
        this.omkodinger = omkodinger;
    }

    public static Regioner load(DataSource kilde) {
        Map<String, Map<String, String>> spraakTillegg = new HashMap<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/parallellnavn-spraak.csv", ',')) {
            spraakTillegg.computeIfAbsent(r.get("kommunenummer"), k -> new HashMap<>()).put(r.get("navn"), r.get("spraak"));
        }
        List<Csv.Rad> rader = kilde.csv("ssb/regioner/kommuner.csv", ',');
        Map<String, Long> navnTelling = rader.stream()
                .collect(Collectors.groupingBy(r -> grunnNavn(r.get("navn_norsk")), Collectors.counting()));
        Map<String, Kommune> kommuner = new TreeMap<>();
        Map<String, String> fylkeNavn = new TreeMap<>();
        for (Csv.Rad r : rader) {
            String kode = r.get("kommunenummer");
            if (!kode.matches("\\d{4}")) {
                throw new IllegalArgumentException("kommuner.csv line " + r.linje() + ": kommunenummer '" + kode + "' is not 4 digits");
            }
            String navn = r.get("navn_norsk");
            String grunn = grunnNavn(navn);
            String slug = navnTelling.get(grunn) > 1 ? Slug.av(grunn + "-" + r.get("fylkesnavn")) : Slug.av(navn);
            List<Navn> parallelle = new ArrayList<>();
            String pn = r.get("parallelle_navn");
            if (!pn.isBlank()) {
                String[] navnene = pn.split("\\|", -1);
                String[] spr = r.get("parallelle_navn_spraak").split("\\|", -1);
                for (int i = 0; i < navnene.length; i++) {
                    String s = i < spr.length ? spr[i].trim() : "";
                    if (s.isEmpty()) {
                        s = spraakTillegg.getOrDefault(kode, Map.of()).getOrDefault(navnene[i], "smi");
                    }
                    parallelle.add(new Navn(navnene[i], bcp47(s)));
                }
            }
            String areal = r.get("areal_km2_totalt");
            kommuner.put(kode, new Kommune(kode, navn, r.get("navn_klass"), List.copyOf(parallelle), r.get("fylkesnummer"),
                    r.get("kostragruppe_kode"), r.get("sentralitetsindeks"), areal.isBlank() ? null : new BigDecimal(areal),
                    r.get("maalform"), r.get("administrasjonssenter"), r.get("robek_2026_04"), slug));
            fylkeNavn.put(r.get("fylkesnummer"), r.get("fylkesnavn"));
        }
        // the official names come from Klass 131 itself; the master list must agree with it code for code
        Map<String, String> klassNavn = new HashMap<>();
        try (java.io.InputStream in = kilde.open("ssb/klass/klass-131_kommuneinndeling_codesAt_2026-01-01.json")) {
            for (Klass.Kode k : Klass.codesAt(in)) {
                klassNavn.put(k.kode(), k.navn());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Kommune k : kommuner.values()) {
            String offisielt = klassNavn.get(k.kode());
            if (offisielt == null) {
                throw new IllegalArgumentException("kommune " + k.kode() + " is not in Klass 131 (2026-01-01)");
            }
            if (!offisielt.equals(k.navnKlass())) {
                kommuner.put(k.kode(), new Kommune(k.kode(), k.navn(), offisielt, k.parallelleNavn(), k.fylkeKode(),
                        k.kostragruppe(), k.sentralitet(), k.arealKm2(), k.maalform(), k.administrasjonssenter(), k.robek(), k.slug()));
            }
        }
        Map<String, Fylke> fylker = new LinkedHashMap<>();
        for (Csv.Rad r : kilde.csv("ssb/regioner/fylker.csv", ',')) {
            String f = r.get("fylkesnummer");
            List<String> medlemmer = kommuner.values().stream().filter(k -> k.fylkeKode().equals(f)).map(Kommune::kode).sorted().toList();
            fylker.put(f, new Fylke(f, r.get("fylkesnavn"), Slug.av(r.get("fylkesnavn")), medlemmer));
        }
        Map<String, List<String>> grupper = new TreeMap<>();
        for (Kommune k : kommuner.values()) {
            if (!k.kostragruppe().isBlank()) {
                grupper.computeIfAbsent(k.kostragruppe(), g -> new ArrayList<>()).add(k.kode());
            }
        }
        Map<String, String> gruppeNavn = new TreeMap<>();
        for (Csv.Rad r : kilde.csv("ssb/regioner/kostragrupper_definisjon.csv", ',')) {
            String forklaring = forklaring(r.get("folkemengde"), r.get("bundne_kostnader_per_innb"), r.get("frie_disponible_inntekter_per_innb"));
            gruppeNavn.put(r.get("kode"), r.get("navn") + (forklaring.isEmpty() ? "" : ": " + forklaring));
        }
        Map<Integer, Map<String, Map<String, Double>>> perAar = new TreeMap<>();
        for (Csv.Rad r : kilde.csv("ssb/regioner/omkoding_historiske-kommunenummer-til-2024-inndeling_2000-2023.csv", ',')) {
            if (!"kommune".equals(r.get("nivaa"))) {
                continue;
            }
            perAar.computeIfAbsent(Integer.parseInt(r.get("aar")), a -> new HashMap<>())
                    .computeIfAbsent(r.get("kode_det_aaret"), k -> new LinkedHashMap<>())
                    .merge(r.get("kode_2024"), Double.parseDouble(r.get("vekt")), Double::sum);
        }
        Map<String, Omkoding> omkodinger = omkodinger(kilde, kommuner, perAar);
        return new Regioner(Collections.unmodifiableMap(kommuner), Collections.unmodifiableMap(fylker),
                Collections.unmodifiableMap(grupper), Collections.unmodifiableMap(gruppeNavn), perAar, omkodinger);
    }

    /** BCP 47 uses the shortest ISO 639 code: North Sami is "se", not "sme"; the other Sami and Kven codes have none. */
    static String bcp47(String spraak) {
        return spraak.equals("sme") ? "se" : spraak;
    }

    private static String grunnNavn(String navn) {
        int p = navn.indexOf(" (");
        return p > 0 ? navn.substring(0, p) : navn;
    }

    private static Map<String, Omkoding> omkodinger(DataSource kilde, Map<String, Kommune> kommuner,
            Map<Integer, Map<String, Map<String, Double>>> perAar) {
        Map<String, Set<String>> til = new TreeMap<>();
        Map<String, String> navn = new HashMap<>();
        Map<String, Integer> sist = new HashMap<>();
        Map<String, Set<String>> direkte = new HashMap<>();
        for (Csv.Rad r : kilde.csv("ssb/klass/klass-131_endringer_2011-2024.csv", ',')) {
            String gammel = r.get("gammel_kode");
            direkte.computeIfAbsent(gammel, k -> new TreeSet<>()).add(r.get("ny_kode"));
            navn.putIfAbsent(gammel, r.get("gammelt_navn"));
            int aar = Integer.parseInt(r.get("gyldig_fra").substring(0, 4)) - 1;
            sist.merge(gammel, aar, Math::max);
        }
        for (String gammel : direkte.keySet()) {
            if (!kommuner.containsKey(gammel)) {
                til.put(gammel, loes(gammel, direkte, kommuner, new TreeSet<>()));
            }
        }
        perAar.forEach((aar, koder) -> koder.forEach((gammel, maal) -> {
            if (!kommuner.containsKey(gammel)) {
                til.computeIfAbsent(gammel, k -> new TreeSet<>()).addAll(maal.keySet());
                sist.merge(gammel, aar, Math::max);
            }
        }));
        Map<String, Omkoding> ut = new TreeMap<>();
        til.forEach((k, v) -> {
            List<String> gyldige = v.stream().filter(kommuner::containsKey).sorted().toList();
            if (!gyldige.isEmpty()) {
                ut.put(k, new Omkoding(k, navn.getOrDefault(k, ""), sist.getOrDefault(k, 0), gyldige));
            }
        });
        return Collections.unmodifiableMap(ut);
    }

    private static Set<String> loes(String kode, Map<String, Set<String>> direkte, Map<String, Kommune> kommuner,
            Set<String> sett) {
        Set<String> ut = new TreeSet<>();
        if (!sett.add(kode)) {
            return ut;
        }
        for (String n : direkte.getOrDefault(kode, Set.of())) {
            if (kommuner.containsKey(n)) {
                ut.add(n);
            } else {
                ut.addAll(loes(n, direkte, kommuner, sett));
            }
        }
        return ut;
    }

    public Map<String, Kommune> kommuner() {
        return kommuner;
    }

    public Map<String, Fylke> fylker() {
        return fylker;
    }

    /** KOSTRA group code -> member kommunenummer. */
    public Map<String, List<String>> grupper() {
        return grupper;
    }

    public String gruppeBeskrivelse(String kode) {
        return gruppeNavn.getOrDefault(kode, kode);
    }

    /**
     * What a KOSTRA group's kommuner have in common, from SSB's grouping (size, bound costs, free disposable income),
     * e.g. "75 000–300 000 innbyggere, lave bundne kostnader og lave eller middels frie disponible inntekter per
     * innbygger"; empty for an unknown group.
     */
    public String gruppeForklaring(String kode) {
        String b = gruppeNavn.getOrDefault(kode, "");
        int i = b.indexOf(": ");
        return i < 0 ? "" : b.substring(i + 2);
    }

    /** The description of a group from the columns of {@code kostragrupper_definisjon.csv}, in plain words. */
    static String forklaring(String folk, String bundne, String frie) {
        List<String> deler = new ArrayList<>();
        if (!folk.isBlank()) {
            // "75 000 - 300 000" → "75 000–300 000", the numbers kept on one line
            String f = folk.replace(" - ", "\u2013").replaceAll("(\\d) (\\d)", "$1\u00a0$2");
            deler.add(Character.isDigit(f.charAt(0)) ? f + " innbyggere" : f);
        }
        List<String> per = new ArrayList<>();
        if (!bundne.isBlank()) {
            per.add(bundne.toLowerCase(java.util.Locale.ROOT) + " bundne kostnader");
        }
        if (!frie.isBlank()) {
            per.add(frie.toLowerCase(java.util.Locale.ROOT) + " frie disponible inntekter");
        }
        if (!per.isEmpty()) {
            deler.add(String.join(" og ", per) + " per innbygger");
        }
        return String.join(", ", deler);
    }

    public Kommune kommune(String kode) {
        Kommune k = kommuner.get(kode);
        if (k == null) {
            throw new IllegalArgumentException("unknown kommunenummer '" + kode + "'");
        }
        return k;
    }

    public Fylke fylke(String kode) {
        Fylke f = fylker.get(kode);
        if (f == null) {
            throw new IllegalArgumentException("unknown fylkesnummer '" + kode + "'");
        }
        return f;
    }

    /** Old kommunenummer -> today's kommune(r). */
    public Map<String, Omkoding> omkodinger() {
        return omkodinger;
    }

    /**
     * Today's kommunenummer for a code used in data of the given year, if the whole kommune went to exactly one
     * kommune (weight 1). Splits and boundary shares give empty: such values cannot be moved without inventing numbers.
     */
    public Optional<String> tilDagens(String kode, int aar) {
        Map<String, Map<String, Double>> koder = omkodingPerAar.get(aar);
        if (koder != null && koder.containsKey(kode)) {
            return tilDagensStrengt(kode, aar);
        }
        return kommuner.containsKey(kode) ? Optional.of(kode) : Optional.empty();
    }

    /** Like {@link #tilDagens} but only through the mapping of that exact year (empty if the code was not in use). */
    public Optional<String> tilDagensStrengt(String kode, int aar) {
        Map<String, Map<String, Double>> koder = omkodingPerAar.get(aar);
        if (koder == null || !koder.containsKey(kode)) {
            return Optional.empty();
        }
        Map<String, Double> maal = koder.get(kode);
        if (maal.size() == 1) {
            Map.Entry<String, Double> e = maal.entrySet().iterator().next();
            if (Math.abs(e.getValue() - 1.0) < 1e-9) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Historic codes of the given data year that make up today's kommune entirely (all weight 1), or empty if split. */
    public Map<String, List<String>> forgjengere(int aar) {
        Map<String, Map<String, Double>> koder = omkodingPerAar.get(aar);
        Map<String, List<String>> ut = new TreeMap<>();
        Set<String> delt = new TreeSet<>();
        if (koder == null) {
            kommuner.keySet().forEach(k -> ut.put(k, List.of(k)));
            return ut;
        }
        koder.forEach((gammel, maal) -> maal.forEach((ny, vekt) -> {
            if (Math.abs(vekt - 1.0) < 1e-9) {
                ut.computeIfAbsent(ny, n -> new ArrayList<>()).add(gammel);
            } else {
                delt.add(ny);
            }
        }));
        delt.forEach(ut::remove);
        ut.replaceAll((k, v) -> v.stream().sorted().toList());
        return ut;
    }
}

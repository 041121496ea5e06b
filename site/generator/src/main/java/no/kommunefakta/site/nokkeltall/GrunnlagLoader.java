package no.kommunefakta.site.nokkeltall;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.data.Parallelt;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.jsonstat.Datasett;
import no.kommunefakta.site.jsonstat.Dimensjon;
import no.kommunefakta.site.jsonstat.JsonStat;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.region.Regioner;

/** Reads every series declared in {@code grunnlag.csv} from the embedded (or refreshed) source files. */
public final class GrunnlagLoader {

    private final DataSource kilde;
    private final Regioner regioner;
    // shared by the series' tasks when they load in parallel
    private final Map<String, List<Datasett>> jsonstat = new ConcurrentHashMap<>();
    private final Map<String, List<Csv.Rad>> csvCache = new ConcurrentHashMap<>();
    private Map<String, Csv.Rad> kodevalg;

    public GrunnlagLoader(DataSource kilde, Regioner regioner) {
        this.kilde = kilde;
        this.regioner = regioner;
    }

    public static List<SerieDef> definisjoner(DataSource kilde) {
        List<SerieDef> ut = new ArrayList<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/grunnlag.csv", ';')) {
            String agg = r.get("aggregering");
            if (!List.of("sum", "publisert", "tilgjengelige", "ingen").contains(agg)) {
                throw new IllegalArgumentException("grunnlag.csv line " + r.linje() + ": aggregering '" + agg + "' unknown");
            }
            ut.add(new SerieDef(r.get("id"), r.get("navn"), r.get("enhet"), Tidspunkt.fra(r.get("tidspunkt")),
                    agg.equals("publisert") ? "sum" : agg, janei(r, "prikkes"), r.get("kilde"), r.get("tabell"), r.get("uttrekk"),
                    r.get("etikett"), r.get("etikett_enhet"), r.get("belegg")));
        }
        return ut;
    }

    private static boolean janei(Csv.Rad r, String kol) {
        String v = r.get(kol);
        if (!v.equals("ja") && !v.equals("nei")) {
            throw new IllegalArgumentException("line " + r.linje() + ": " + kol + " must be ja/nei, was '" + v + "'");
        }
        return v.equals("ja");
    }

    public Grunnlag load() {
        return load(Runnable::run);
    }

    /**
     * Reads every series (they are independent), the calling thread and the pool sharing the work; the result keeps
     * {@code grunnlag.csv}'s order of series whatever order they are read in. The aggregates are formed the same way.
     */
    public Grunnlag load(Executor parallel) {
        kodevalg();
        Map<String, Serie> serier = new LinkedHashMap<>();
        for (Serie s : Parallelt.hver(definisjoner(kilde), this::serie, parallel, Parallelt.HJELPERE)) {
            serier.put(s.def().id(), s);
        }
        long t0 = System.nanoTime();
        Grunnlag g = new Grunnlag(regioner, serier, parallel);
        if (Boolean.getBoolean("kommunefakta.profil")) {
            System.out.printf("Aggregering og prikking: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
        return g;
    }

    private Serie serie(SerieDef d) {
        Serie s = new Serie(d);
        switch (d.kilde()) {
            case "befolkning" -> {
                befolkning(s);
                if (d.fraPxWebApi()) {
                    jsonstat(s);
                }
            }
            case "kommuner" -> areal(s);
            case "nvdb" -> {
                nvdb(s);
                if (d.fraPxWebApi()) {
                    jsonstat(s);
                }
            }
            case "eiendom2015" -> {
                eiendom(s);
                if (d.fraPxWebApi()) {
                    jsonstat(s);
                }
            }
            case "jsonstat" -> jsonstat(s);
            case "csv12134" -> csv12134(s);
            case "nokkeltall" -> nokkeltall(s);
            default -> throw new IllegalArgumentException("series " + d.id() + ": kilde '" + d.kilde() + "' unknown");
        }
        return s;
    }

    private List<Csv.Rad> csv(String sti, char sep) {
        return csvCache.computeIfAbsent(sti, s -> kilde.csv(s, sep));
    }

    private static Celle tall(String s) {
        if (s == null || s.isBlank() || s.equals("null") || s.equals("NA")) {
            return Celle.MANGLER;
        }
        return Celle.tall(new BigDecimal(s.trim()));
    }

    private void befolkning(Serie s) {
        String kolonne = befolkningskolonne(s.def());
        for (Csv.Rad r : csv("ssb/befolkning/folkemengde-1jan_2005-2026_2024-inndeling.csv", ',')) {
            String kode = r.get("region_kode");
            String region = switch (r.get("nivaa")) {
                case "landet" -> Regioner.LANDET;
                case "fylke" -> "EKA" + (kode.length() == 1 ? "0" + kode : kode);
                default -> kode.length() == 3 ? "0" + kode : kode;
            };
            s.sett(region, Integer.parseInt(r.get("aar")), tall(r.get(kolonne)));
        }
    }

    /**
     * The column of the embedded population extract (SSB 07459 via csdata, 2024 borders) that is a series' base: for a
     * series planned from 07459 its ages ({@code Alder=006:015} -> {@code alder_6_15}, {@code Alder=080:} ->
     * {@code alder_80p}, {@code Alder=000:000} -> {@code alder_0}, every age -> {@code folkemengde}), else {@code uttrekk}.
     */
    static String befolkningskolonne(SerieDef d) {
        if (!d.fraPxWebApi()) {
            return d.uttrekk();
        }
        String alder = d.utvalg().getOrDefault("Alder", "000:");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{3}):(\\d{3}|\\d{3}\\+)?").matcher(alder);
        if (!m.matches()) {
            throw new IllegalArgumentException("grunnlag.csv series " + d.id() + ": Alder '" + alder + "' is not a range aaa:bbb or aaa:");
        }
        int fra = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return fra == 0 ? "folkemengde" : "alder_" + fra + "p";
        }
        int til = Integer.parseInt(m.group(2).replace("+", ""));
        return fra == til ? "alder_" + fra : "alder_" + fra + "_" + til;
    }

    private void areal(Serie s) {
        for (Kommune k : regioner.kommuner().values()) {
            s.sett(k.kode(), 0, k.arealKm2() == null ? Celle.MANGLER : Celle.tall(k.arealKm2()));
        }
    }

    private void nvdb(Serie s) {
        // a series planned from a KOSTRA table names its cells in uttrekk: its road category is its id's suffix (nvdb.K)
        String kategori = s.def().fraPxWebApi() ? s.def().id().substring(s.def().id().lastIndexOf('.') + 1) : s.def().uttrekk();
        Map<String, BigDecimal> km = new HashMap<>();
        for (Csv.Rad r : csv("ssb/kostra/nvdb_veglengde-km_per-kommune-og-vegkategori_2024.csv", ',')) {
            if (r.get("vegkategori").equals(kategori)) {
                km.merge(r.get("kommunenummer"), new BigDecimal(r.get("lengde_km")), BigDecimal::add);
            } else {
                km.putIfAbsent(r.get("kommunenummer"), null);
            }
        }
        // the delivery lists only the categories a kommune has: a kommune with roads but no row in this category has 0 km
        km.forEach((k, v) -> {
            if (regioner.kommuner().containsKey(k)) {
                s.sett(k, 2024, Celle.tall(v == null ? BigDecimal.ZERO : v));
            }
        });
    }

    private void eiendom(Serie s) {
        String kolonne = eiendomskolonne(s.def());
        Map<String, Celle> gammel = new HashMap<>();
        List<Csv.Rad> rader = csv("ssb/kostra/eiendomsforvaltning-grunnlagsdata_2015_428-kommuner.csv", ',');
        if (!rader.isEmpty() && !rader.get(0).har(kolonne)) {
            throw new IllegalArgumentException("grunnlag.csv series " + s.def().id() + ": the 2015 property survey has no column '"
                    + kolonne + "'");
        }
        for (Csv.Rad r : rader) {
            gammel.put(r.get("kommunenummer"), tall(r.get(kolonne)));
        }
        regioner.forgjengere(2015).forEach((ny, gamle) -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (String g : gamle) {
                Celle c = gammel.get(g);
                if (c == null || !c.harTall()) {
                    s.sett(ny, 2015, Celle.MANGLER);
                    return;
                }
                sum = sum.add(c.verdi());
            }
            s.sett(ny, 2015, Celle.tall(sum));
        });
    }

    /**
     * The column of the 2015 property survey (KOSTRA 4.1 grunnlagsdata) that is a series' base: {@code uttrekk}, or for
     * a series planned from a current SSB table (whose {@code uttrekk} names its cells) its name without the comma
     * before «konsern», as the survey writes it ({@code Samlet areal på kommunale idrettsbygg, konsern} ->
     * {@code Samlet areal på kommunale idrettsbygg konsern}).
     */
    static String eiendomskolonne(SerieDef d) {
        return d.fraPxWebApi() ? d.navn().replace(", konsern", " konsern") : d.uttrekk();
    }

    private void csv12134(Serie s) {
        for (Csv.Rad r : csv("ssb/kostra/12134_KOSAGD230000_netto-driftsresultat_2025-forelopige_vestland.csv", ',')) {
            if (r.get("contents_code").equals(s.def().uttrekk())) {
                s.sett(r.get("kommunenummer"), Integer.parseInt(r.get("aar")), tall(r.get("verdi_prosent_av_brutto_driftsinntekter")));
            }
        }
    }

    private void nokkeltall(Serie s) {
        Map<String, String> navnTilKode = new HashMap<>();
        regioner.kommuner().values().forEach(k -> navnTilKode.put(k.navn(), k.kode()));
        navnTilKode.put("Landet", Regioner.LANDET);
        navnTilKode.put("Landet u/Oslo", Regioner.LANDET_UTEN_OSLO);
        boolean funnet = false;
        for (Csv.Rad r : csv("ssb/kostra/lorenskog-3222_kostra-nokkeltall_2024-2025_med-sammenligning.csv", ',')) {
            if (!r.get("nokkeltall").equals(s.def().uttrekk())) {
                continue;
            }
            funnet = true;
            // "Kostragr. 8" is skipped: the file's group label does not match the 2024 grouping (README)
            String kode = navnTilKode.get(r.get("region"));
            if (kode != null) {
                s.sett(kode, Integer.parseInt(r.get("aar")), tall(r.get("verdi")));
            }
        }
        if (!funnet) {
            throw new IllegalArgumentException("series " + s.def().id() + ": no rows with nokkeltall '" + s.def().uttrekk() + "'");
        }
    }

    /**
     * The content codes {@code refresh} chose by label ({@code kodevalg.csv}, written by the refresh, embedded default
     * for the committed data): series id -> row with {@code dimensjon} and {@code valgt}. A series without a row is read
     * with the code {@code grunnlag.csv} names.
     */
    private Map<String, Csv.Rad> kodevalg() {
        if (kodevalg == null) {
            Map<String, Csv.Rad> m = new HashMap<>();
            if (kilde.exists("kodevalg.csv")) {
                csv("kodevalg.csv", ';').forEach(r -> m.put(r.get("serie"), r));
            }
            kodevalg = m;
        }
        return kodevalg;
    }

    private List<Datasett> datasett(String tabell) {
        return jsonstat.computeIfAbsent(tabell, t -> les(t, kilde.refreshedFiles(t)));
    }

    /** The embedded extracts of a table, then the given fetched files (later files win). */
    private List<Datasett> les(String tabell, List<String> hentet) {
        List<Datasett> l = new ArrayList<>();
        List<String> stier = new ArrayList<>();
        for (Csv.Rad r : csv("kommunefakta/jsonstat-filer.csv", ';')) {
            if (r.get("tabell").equals(tabell)) {
                stier.add("ssb/jsonstat2/" + r.get("fil"));
            }
        }
        stier.addAll(hentet);
        for (String sti : stier) {
            try (InputStream in = kilde.open(sti)) {
                l.add(JsonStat.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return l;
    }

    /**
     * The files a series is read from: for a series whose latest refresh failed ({@code utfall} FEIL) and whose last
     * good files {@code refresh} kept, those; else the table's current files.
     */
    private List<Datasett> datasett(SerieDef d, Csv.Rad valg) {
        if (valg != null && valg.get("utfall").equals("FEIL")) {
            List<String> bevart = kilde.keptFiles(d.tabell(), d.id());
            if (!bevart.isEmpty()) {
                return les(d.tabell(), bevart);
            }
        }
        return datasett(d.tabell());
    }

    private void jsonstat(Serie s) {
        Map<String, String> filter = s.def().utvalg();
        Csv.Rad valg = kodevalg().get(s.def().id());
        if (valg != null && !valg.get("valgt").isBlank()) {
            filter.put(valg.get("dimensjon"), valg.get("valgt"));
        }
        if (!filter.containsKey("ContentsCode")) {
            return; // chosen by label only, and no refresh has chosen it yet: no data, never another series' cells
        }
        for (Datasett d : datasett(s.def(), valg)) {
            if (!filter.entrySet().stream().allMatch(e -> harKategori(d, e.getKey(), e.getValue()))) {
                continue;
            }
            Dimensjon geo = d.rolle("geo", "KOKkommuneregion").or(() -> d.rolle("geo", "KOKfylkesregion")).orElseThrow(
                    () -> new IllegalArgumentException("table " + d.tabell() + " has no region dimension"));
            boolean fylkeskommuner = geo.id().startsWith("KOKfylkesregion");
            Dimensjon tid = d.rolle("time", "Tid").orElseThrow(
                    () -> new IllegalArgumentException("table " + d.tabell() + " has no time dimension"));
            List<Map<String, String>> celler = SerieDef.celleutvalg(filter, dim -> d.dimensjon(dim).koder());
            boolean grunnlag = SerieDef.MED_INNEBYGD_GRUNNLAG.contains(s.def().kilde());
            for (String tidKode : tid.koder()) {
                int aar = Integer.parseInt(tidKode.substring(0, 4));
                Map<String, List<Celle>> perRegion = new LinkedHashMap<>();
                for (String region : geo.koder()) {
                    List<Celle> deler = new ArrayList<>();
                    for (Map<String, String> utvalg : celler) {
                        Map<String, String> koord = new HashMap<>(utvalg);
                        koord.put(geo.id(), region);
                        koord.put(tid.id(), tidKode);
                        deler.add(d.celle(koord));
                    }
                    Celle c = deler.size() == 1 ? deler.get(0) : slaaSammen(deler);
                    (fylkeskommuner ? fylkeskommunekode(region) : regionkode(region, aar))
                            .ifPresent(r -> perRegion.computeIfAbsent(r, x -> new ArrayList<>()).add(c));
                }
                perRegion.forEach((r, l) -> {
                    Celle c = l.size() == 1 ? l.get(0) : slaaSammen(l);
                    // over an embedded base (population, roads), SSB's ".." for a region the base has a number for
                    // (a kommune that did not exist that year) keeps the base's number
                    Celle foer = s.raa(r, aar);
                    if (!grunnlag || c.harTall() || foer == null || !foer.harTall()) {
                        s.sett(r, aar, c);
                    }
                });
            }
        }
    }

    private static boolean harKategori(Datasett d, String dim, String kode) {
        return d.dimensjoner().stream().anyMatch(x -> x.id().equals(dim) && !SerieDef.koder(kode, x.koder()).isEmpty());
    }

    private static Celle slaaSammen(List<Celle> celler) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Celle c : celler) {
            if (!c.harTall()) {
                return c.status() == Status.PRIKKET ? Celle.PRIKKET_SSB : Celle.MANGLER;
            }
            sum = sum.add(c.verdi());
        }
        return Celle.tall(sum);
    }

    /**
     * A fylkeskommune figure goes on the fylke's page: {@code ff00} -> {@code EKAff}, the fylkeskommune totals
     * {@code EAFK}/{@code EAFKUO} -> the country's. Series of fylkeskommune tables hold nothing else.
     */
    private static final Pattern FYLKESNUMMER = Pattern.compile("\\d\\d00");
    private static final Pattern REGIONNUMMER = Pattern.compile("\\d{4}");

    private Optional<String> fylkeskommunekode(String kode) {
        if (kode.equals("EAFK")) {
            return Optional.of(Regioner.LANDET);
        }
        if (kode.equals("EAFKUO")) {
            return Optional.of(Regioner.LANDET_UTEN_OSLO);
        }
        if (FYLKESNUMMER.matcher(kode).matches() && regioner.fylker().containsKey(kode.substring(0, 2))) {
            return Optional.of(regioner.fylker().get(kode.substring(0, 2)).aggregatkode());
        }
        return Optional.empty();
    }

    /** Region code of a data year in today's structure; KOSTRA groups only from 2020 (the grouping revised that year). */
    private Optional<String> regionkode(String kode, int aar) {
        if (kode.equals(Regioner.LANDET) || kode.equals(Regioner.LANDET_UTEN_OSLO) || kode.startsWith("EKA")) {
            return Optional.of(kode);
        }
        if (kode.startsWith("EKG")) {
            return aar >= 2020 ? Optional.of(kode) : Optional.empty();
        }
        if (!REGIONNUMMER.matcher(kode).matches()) {
            return Optional.empty();
        }
        if (regioner.kommuner().containsKey(kode) && aar >= 2024) {
            return Optional.of(kode);
        }
        // tables recode history to the structure of their publication year: try that year's mapping and later ones
        for (int y = aar; y <= 2023; y++) {
            Optional<String> t = regioner.tilDagensStrengt(kode, y);
            if (t.isPresent()) {
                return t;
            }
        }
        return regioner.kommuner().containsKey(kode) ? Optional.of(kode) : Optional.empty();
    }
}

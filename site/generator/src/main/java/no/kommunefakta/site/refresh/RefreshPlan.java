package no.kommunefakta.site.refresh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.nokkeltall.GrunnlagLoader;
import no.kommunefakta.site.nokkeltall.SerieDef;
import no.kommunefakta.site.nokkeltall.Uttrykk;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Regioner;

/**
 * Which tables {@code refresh} fetches: every SSB table that a {@code jsonstat} series of {@code grunnlag.csv} reads,
 * with the union of the series' dimension filters, the years of the key figures that use them
 * ({@code nokkeltall.csv}), and every region of the table's level. {@code refresh.csv} registers each table (region
 * dimension, title); a table used by a series but not registered, or registered but unused, is an error.
 */
public final class RefreshPlan {

    /** Region dimension of kommune tables. */
    public static final String KOMMUNE = "KOKkommuneregion0000";
    /** Region dimension of fylkeskommune tables. */
    public static final String FYLKESKOMMUNE = "KOKfylkesregion0000";
    /** Region dimension of SSB's general tables (e.g. 07459 population): kommune numbers, fylker and the country. */
    public static final String REGION = "Region";
    /**
     * First year of today's kommune structure (2024). A {@link #REGION} table keeps each historic kommune under its own
     * number, so today's numbers are asked for from this year on; earlier years stay with the embedded extract, which
     * is already harmonised to today's kommuner.
     */
    public static final int INNDELING = 2024;

    private RefreshPlan() {
    }

    /**
     * One table of the plan: the series that read it and the years the figures want.
     *
     * @param tabell          SSB table id
     * @param regiondimensjon the table's region dimension
     * @param serier          the {@code jsonstat} series of {@code grunnlag.csv} that read the table
     * @param aar             reporting years of the key figures that use the series
     */
    public record Tabellplan(String tabell, String regiondimensjon, List<SerieDef> serier, List<String> aar) {
    }

    /** The tables, in the order of {@code refresh.csv}. */
    public static List<Tabellplan> tabeller(DataSource kilde) {
        Map<String, String> regionDim = new LinkedHashMap<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/refresh.csv", ';')) {
            String dim = r.get("regiondimensjon");
            if (!dim.equals(KOMMUNE) && !dim.equals(FYLKESKOMMUNE) && !dim.equals(REGION)) {
                throw new IllegalArgumentException("refresh.csv line " + r.linje() + ": regiondimensjon '" + dim
                        + "' is neither " + KOMMUNE + ", " + FYLKESKOMMUNE + " nor " + REGION);
            }
            if (regionDim.put(r.get("tabell"), dim) != null) {
                throw new IllegalArgumentException("refresh.csv line " + r.linje() + ": table " + r.get("tabell") + " listed twice");
            }
        }
        Map<String, List<SerieDef>> serier = new TreeMap<>();
        Map<String, String> tabellAvSerie = new LinkedHashMap<>();
        for (SerieDef d : GrunnlagLoader.definisjoner(kilde)) {
            if (!d.fraPxWebApi()) {
                continue;
            }
            if (!regionDim.containsKey(d.tabell())) {
                throw new IllegalArgumentException("grunnlag.csv series " + d.id() + " reads table " + d.tabell()
                        + ", which refresh.csv does not list");
            }
            Kodevalg.uttrekk(d);
            tabellAvSerie.put(d.id(), d.tabell());
            serier.computeIfAbsent(d.tabell(), t -> new ArrayList<>()).add(d);
        }
        Map<String, Set<String>> aar = new TreeMap<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/nokkeltall.csv", ';')) {
            Set<String> brukt = new LinkedHashSet<>();
            for (String kol : List.of("teller", "nevner")) {
                if (!r.get(kol).isBlank()) {
                    brukt.addAll(Uttrykk.parse(r.get(kol)).serier());
                }
            }
            if (!r.get("publisert").isBlank()) {
                brukt.addAll(List.of(r.get("publisert").split("\\|")));
            }
            for (String s : brukt) {
                String t = tabellAvSerie.get(s);
                if (t != null) {
                    for (String y : r.get("aar").split(",")) {
                        aar.computeIfAbsent(t, x -> new TreeSet<>()).add(y.trim());
                    }
                }
            }
        }
        List<Tabellplan> ut = new ArrayList<>();
        for (Map.Entry<String, String> e : regionDim.entrySet()) {
            String t = e.getKey();
            if (!serier.containsKey(t) || !aar.containsKey(t)) {
                throw new IllegalArgumentException("refresh.csv lists table " + t
                        + ", but no key figure in nokkeltall.csv uses a grunnlag.csv series of it");
            }
            ut.add(new Tabellplan(t, e.getValue(), List.copyOf(serier.get(t)), List.copyOf(aar.get(t))));
        }
        return List.copyOf(ut);
    }

    /** The requests with the configured codes (no metadata), in the order of {@code refresh.csv}. */
    public static List<TableRequest> requests(DataSource kilde, Regioner regioner) {
        List<TableRequest> ut = new ArrayList<>();
        for (Tabellplan p : tabeller(kilde)) {
            List<Map<String, String>> utvalg = p.serier().stream().map(Kodevalg::uttrekk).toList();
            ut.add(new TableRequest(p.tabell(), union(utvalg), p.aar(), regioner(p.regiondimensjon(), regioner), p.regiondimensjon()));
        }
        return List.copyOf(ut);
    }

    /**
     * The request for a table as its metadata allows: the cells of the series whose code was chosen, the wanted years
     * the table has, and the regions the table has. A dimension SSB cannot eliminate and no series selects is an error
     * naming its values; so is a table without any wanted year.
     */
    public static TableRequest request(Tabellplan p, List<Map<String, String>> utvalg, Tabellmetadata m, Regioner regioner) {
        Map<String, List<String>> filter = new LinkedHashMap<>();
        union(utvalg).forEach((dim, verdier) -> {
            // a range (Alder=006:015) asks for every code it spans, in the table's order
            List<String> koder = m.variabel(dim).map(v -> verdier.stream().flatMap(x -> SerieDef.koder(x, v.koder()).stream())
                    .distinct().toList()).orElse(verdier);
            filter.put(dim, koder);
        });
        Tabellmetadata.Variabel region = m.variabel(p.regiondimensjon()).orElseThrow(() -> new IllegalArgumentException(
                "table " + p.tabell() + " has no region dimension " + p.regiondimensjon()));
        Tabellmetadata.Variabel tid = m.tid().orElseThrow(() -> new IllegalArgumentException("table " + p.tabell() + " has no time dimension"));
        List<String> aar = p.aar().stream().filter(tid.koder()::contains)
                .filter(y -> !p.regiondimensjon().equals(REGION) || Integer.parseInt(y.substring(0, 4)) >= INNDELING).toList();
        if (aar.isEmpty()) {
            throw new IllegalArgumentException("table " + p.tabell() + " has none of the years " + String.join(", ", p.aar())
                    + " (its years: " + String.join(", ", tid.koder()) + ")");
        }
        for (Tabellmetadata.Variabel v : m.variabler()) {
            if (!v.kanUtelates() && !v.id().equals(region.id()) && !v.id().equals(tid.id()) && !filter.containsKey(v.id())) {
                throw new IllegalArgumentException("table " + p.tabell() + ": dimension " + v.id() + " (" + v.navn()
                        + ") must be selected and no series selects it (values: "
                        + String.join("; ", v.koder().stream().limit(30).map(k -> k + " " + v.etikett(k)).toList()) + ")");
            }
        }
        List<String> regionkoder = regioner(p.regiondimensjon(), regioner).stream().filter(region.koder()::contains).toList();
        return new TableRequest(p.tabell(), filter, aar, regionkoder, p.regiondimensjon());
    }

    private static Map<String, List<String>> union(List<Map<String, String>> utvalg) {
        Map<String, Set<String>> f = new LinkedHashMap<>();
        utvalg.forEach(u -> u.forEach((dim, kode) -> f.computeIfAbsent(dim, x -> new LinkedHashSet<>()).add(kode)));
        Map<String, List<String>> ut = new LinkedHashMap<>();
        f.forEach((dim, koder) -> ut.put(dim, List.copyOf(koder)));
        return ut;
    }

    /**
     * Every kommune, fylke aggregate, KOSTRA group and the country; or every fylkeskommune and their country totals; or,
     * for SSB's general {@code Region} dimension, every kommune (fylker and the country are summed from them).
     */
    static List<String> regioner(String dim, Regioner regioner) {
        List<String> koder = new ArrayList<>();
        if (dim.equals(FYLKESKOMMUNE)) {
            regioner.fylker().values().forEach(f -> koder.add(f.kode() + "00"));
            koder.add("EAFK");
            koder.add("EAFKUO");
            return List.copyOf(koder);
        }
        koder.addAll(regioner.kommuner().keySet());
        if (dim.equals(REGION)) {
            return List.copyOf(koder);
        }
        regioner.fylker().values().stream().map(Fylke::aggregatkode).forEach(koder::add);
        koder.addAll(regioner.grupper().keySet());
        koder.add(Regioner.LANDET);
        koder.add(Regioner.LANDET_UTEN_OSLO);
        return List.copyOf(koder);
    }
}

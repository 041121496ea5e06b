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

    private RefreshPlan() {
    }

    /** The requests, in the order of {@code refresh.csv}. */
    public static List<TableRequest> requests(DataSource kilde, Regioner regioner) {
        Map<String, String> regionDim = new LinkedHashMap<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/refresh.csv", ';')) {
            String dim = r.get("regiondimensjon");
            if (!dim.equals(KOMMUNE) && !dim.equals(FYLKESKOMMUNE)) {
                throw new IllegalArgumentException("refresh.csv line " + r.linje() + ": regiondimensjon '" + dim
                        + "' is neither " + KOMMUNE + " nor " + FYLKESKOMMUNE);
            }
            if (regionDim.put(r.get("tabell"), dim) != null) {
                throw new IllegalArgumentException("refresh.csv line " + r.linje() + ": table " + r.get("tabell") + " listed twice");
            }
        }
        Map<String, Map<String, Set<String>>> filter = new TreeMap<>();
        Map<String, String> tabellAvSerie = new LinkedHashMap<>();
        for (SerieDef d : GrunnlagLoader.definisjoner(kilde)) {
            if (!d.kilde().equals("jsonstat")) {
                continue;
            }
            if (!regionDim.containsKey(d.tabell())) {
                throw new IllegalArgumentException("grunnlag.csv series " + d.id() + " reads table " + d.tabell()
                        + ", which refresh.csv does not list");
            }
            tabellAvSerie.put(d.id(), d.tabell());
            Map<String, Set<String>> f = filter.computeIfAbsent(d.tabell(), t -> new LinkedHashMap<>());
            for (String del : d.uttrekk().split(",")) {
                String[] kv = del.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                    throw new IllegalArgumentException("grunnlag.csv series " + d.id() + ": uttrekk part '" + del
                            + "' is not DIM=code");
                }
                f.computeIfAbsent(kv[0].trim(), x -> new LinkedHashSet<>()).add(kv[1].trim());
            }
        }
        Map<String, Set<String>> aar = new TreeMap<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/nokkeltall.csv", ';')) {
            Set<String> serier = new LinkedHashSet<>();
            for (String kol : List.of("teller", "nevner")) {
                if (!r.get(kol).isBlank()) {
                    serier.addAll(Uttrykk.parse(r.get(kol)).serier());
                }
            }
            if (!r.get("publisert").isBlank()) {
                serier.addAll(List.of(r.get("publisert").split("\\|")));
            }
            for (String s : serier) {
                String t = tabellAvSerie.get(s);
                if (t != null) {
                    for (String y : r.get("aar").split(",")) {
                        aar.computeIfAbsent(t, x -> new TreeSet<>()).add(y.trim());
                    }
                }
            }
        }
        List<TableRequest> ut = new ArrayList<>();
        for (Map.Entry<String, String> e : regionDim.entrySet()) {
            String t = e.getKey();
            if (!filter.containsKey(t) || !aar.containsKey(t)) {
                throw new IllegalArgumentException("refresh.csv lists table " + t
                        + ", but no key figure in nokkeltall.csv uses a grunnlag.csv series of it");
            }
            Map<String, List<String>> f = new LinkedHashMap<>();
            filter.get(t).forEach((dim, koder) -> f.put(dim, List.copyOf(koder)));
            ut.add(new TableRequest(t, f, List.copyOf(aar.get(t)), regioner(e.getValue(), regioner), e.getValue()));
        }
        return List.copyOf(ut);
    }

    /** Every kommune, fylke aggregate, KOSTRA group and the country; or every fylkeskommune and their country totals. */
    static List<String> regioner(String dim, Regioner regioner) {
        List<String> koder = new ArrayList<>();
        if (dim.equals(FYLKESKOMMUNE)) {
            regioner.fylker().values().forEach(f -> koder.add(f.kode() + "00"));
            koder.add("EAFK");
            koder.add("EAFKUO");
            return List.copyOf(koder);
        }
        koder.addAll(regioner.kommuner().keySet());
        regioner.fylker().values().stream().map(Fylke::aggregatkode).forEach(koder::add);
        koder.addAll(regioner.grupper().keySet());
        koder.add(Regioner.LANDET);
        koder.add(Regioner.LANDET_UTEN_OSLO);
        return List.copyOf(koder);
    }
}

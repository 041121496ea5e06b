package no.kommunefakta.site.kart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import no.kommunefakta.site.data.DataSource;

/**
 * The boundaries of Norway's 357 kommuner and 15 fylker (2024 division, © Kartverket, CC BY 4.0), read from the
 * embedded TopoJSON under {@code data/geo/}, projected to UTM 33 and weighted for simplification. Load it once per
 * build and share it: it is immutable and thread-safe, and every map drawn from it simplifies per map size.
 */
public final class Kartgrunnlag {

    /** Data file with the kommune boundaries, relative to the data folder. */
    public static final String KOMMUNER = "geo/kommuner-2024-S.topojson";
    /** Data file with the fylke boundaries, relative to the data folder. */
    public static final String FYLKER = "geo/fylker-2024-S.topojson";
    /** Data file with the insets of kommune maps (dense city regions), relative to the data folder. */
    public static final String UTSNITT = "geo/kartutsnitt.csv";

    private final Lag kommuner;
    private final Lag fylker;
    /** Insets per map: "landet" for maps of all kommuner, else the fylkesnummer of a fylke's kommune map. */
    private final java.util.Map<String, List<Utsnitt>> utsnitt;
    private final java.util.concurrent.ConcurrentHashMap<String, Tegner> tegnere = new java.util.concurrent.ConcurrentHashMap<>();
    /** Layouts that follow from the geometry alone (where a map's insets go), worked out once for all maps alike. */
    private final java.util.concurrent.ConcurrentHashMap<Object, Object> oppsett = new java.util.concurrent.ConcurrentHashMap<>();

    private Kartgrunnlag(Lag kommuner, Lag fylker, java.util.Map<String, List<Utsnitt>> utsnitt) {
        this.kommuner = kommuner;
        this.fylker = fylker;
        java.util.Map<String, List<Utsnitt>> m = new java.util.TreeMap<>();
        utsnitt.forEach((kart, l) -> {
            if (!kart.equals(LANDET) && fylker.indeks(kart) < 0) {
                throw new IllegalArgumentException(UTSNITT + ": kart '" + kart + "' is neither 'landet' nor a fylkesnummer on the map");
            }
            for (Utsnitt u : l) {
                for (String k : u.kommuner()) {
                    int i = kommuner.indeks(k);
                    if (i < 0) {
                        throw new IllegalArgumentException(UTSNITT + ": inset '" + u.navn() + "' names kommune '" + k + "', which is not on the map");
                    }
                    if (!kart.equals(LANDET) && !kommuner.flater.get(i).fylkeKode().equals(kart)) {
                        throw new IllegalArgumentException(UTSNITT + ": inset '" + u.navn() + "' of fylke " + kart + " names kommune '" + k
                                + "' of fylke " + kommuner.flater.get(i).fylkeKode());
                    }
                }
            }
            m.put(kart, List.copyOf(l));
        });
        this.utsnitt = java.util.Collections.unmodifiableMap(m);
    }

    /** The {@code kart} value of insets on the maps of all kommuner. */
    static final String LANDET = "landet";

    /** Reads both files (the data folder wins over the embedded copy, as for all data files). */
    public static Kartgrunnlag load(DataSource kilde) {
        java.util.Map<String, List<Utsnitt>> utsnitt = new java.util.LinkedHashMap<>();
        for (no.kommunefakta.site.data.Csv.Rad r : kilde.csv(UTSNITT, ';')) {
            utsnitt.computeIfAbsent(r.get("kart").trim(), k -> new java.util.ArrayList<>())
                    .add(new Utsnitt(r.get("navn"), List.of(r.get("kommuner").trim().split("\\s+")), km(r, "bredde_km"), km(r, "hoyde_km")));
        }
        return new Kartgrunnlag(Lag.av(read(kilde, KOMMUNER, "Kommuner", "kommunenummer", "kommunenavn")),
                Lag.av(read(kilde, FYLKER, "Fylker", "fylkesnummer", "fylkesnavn")), utsnitt);
    }

    private static double km(no.kommunefakta.site.data.Csv.Rad r, String felt) {
        try {
            return Double.parseDouble(r.get(felt));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(UTSNITT + " line " + r.linje() + ": " + felt + " '" + r.get(felt) + "' is not a number");
        }
    }

    /** The insets of the maps of all kommuner, in file order. */
    public List<Utsnitt> utsnitt() {
        return utsnitt.getOrDefault(LANDET, List.of());
    }

    /** The insets of a fylke's kommune map (fylkesnummer), in file order; empty where its kommuner are all readable. */
    public List<Utsnitt> utsnitt(String fylkesnummer) {
        return utsnitt.getOrDefault(fylkesnummer, List.of());
    }

    private static TopoJson.Topologi read(DataSource kilde, String sti, String objekt, String kodeFelt, String navnFelt) {
        try (InputStream in = kilde.open(sti)) {
            return TopoJson.read(in, sti, objekt, kodeFelt, navnFelt);
        } catch (IOException e) {
            throw new UncheckedIOException(sti + ": " + e.getMessage(), e);
        }
    }

    /** The kommuner, by kommunenummer. */
    public List<Flate> kommuner() {
        return kommuner.flater;
    }

    /** The fylker, by fylkesnummer. */
    public List<Flate> fylker() {
        return fylker.flater;
    }

    public Optional<Flate> kommune(String kode) {
        int i = kommuner.indeks(kode);
        return i < 0 ? Optional.empty() : Optional.of(kommuner.flater.get(i));
    }

    public Optional<Flate> fylke(String kode) {
        int i = fylker.indeks(kode);
        return i < 0 ? Optional.empty() : Optional.of(fylker.flater.get(i));
    }

    /**
     * The laid-out geometry for a selection of regions at a size, computed once and shared by every map that draws the
     * same selection at the same size (a figure's map only differs from the next in colours and texts).
     *
     * @param utvalg names the selection (e.g. "alle", "fylke 32"); must determine {@code valgt}
     */
    Tegner tegner(Nivaa nivaa, String utvalg, int[] valgt, int bredde, int marg, double toleranse) {
        return tegnere.computeIfAbsent(nivaa + "/" + utvalg + "/" + bredde + "/" + marg + "/" + toleranse,
                k -> new Tegner(lag(nivaa), valgt, bredde, marg, toleranse));
    }

    /** The layout for {@code nokkel} (a record of everything it depends on), computed by {@code beregning} the first time. */
    @SuppressWarnings("unchecked")
    <K, T> T oppsett(K nokkel, java.util.function.Function<K, T> beregning) {
        return (T) oppsett.computeIfAbsent(nokkel, k -> beregning.apply((K) k));
    }

    Lag lag(Nivaa nivaa) {
        return nivaa == Nivaa.KOMMUNE ? kommuner : fylker;
    }
}

package no.kommunefakta.site.nokkeltall;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kommunefakta.site.data.Celle;

/** Values of one base series per region code and stored year. Mutable only while loading. */
public final class Serie {

    private final SerieDef def;
    // looked up by region millions of times, never iterated in order
    private final Map<String, Map<Integer, Celle>> celler = new HashMap<>();

    public Serie(SerieDef def) {
        this.def = def;
    }

    public SerieDef def() {
        return def;
    }

    public void sett(String region, int aar, Celle c) {
        celler.computeIfAbsent(region, r -> new TreeMap<>()).put(aar, c);
    }

    /** Stored cell, or null when the source has no row at all. */
    public Celle raa(String region, int aar) {
        Map<Integer, Celle> m = celler.get(region);
        if (m == null) {
            return null;
        }
        if (def.tidspunkt() == Tidspunkt.FAST) {
            return m.values().stream().findFirst().orElse(null);
        }
        return m.get(aar);
    }

    public SortedSet<Integer> aar() {
        SortedSet<Integer> s = new TreeSet<>();
        celler.values().forEach(m -> s.addAll(m.keySet()));
        return s;
    }
}

package no.kommunefakta.site.nokkeltall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import no.kommunefakta.site.data.Celle;

/**
 * One figure's ranking in one year over a set of regions: highest value first, equal values share a rank, regions
 * without a number are not ranked (they come last in {@link #rekkefolge()}, in code order).
 *
 * @param rekkefolge every region code, ranked
 * @param plass      rank per region with a number
 * @param antall     regions with a number (the M of "plass N av M")
 */
public record Rangering(List<String> rekkefolge, Map<String, Integer> plass, int antall) {

    public static Rangering av(Map<String, Celle> verdier) {
        List<String> r = new ArrayList<>(verdier.keySet());
        r.sort(Comparator.comparing((String k) -> !verdier.get(k).harTall())
                .thenComparing(k -> verdier.get(k).harTall() ? verdier.get(k).verdi().negate() : BigDecimal.ZERO)
                .thenComparing(k -> k));
        Map<String, Integer> plass = new HashMap<>();
        BigDecimal forrige = null;
        int p = 0;
        for (int i = 0; i < r.size(); i++) {
            Celle c = verdier.get(r.get(i));
            if (!c.harTall()) {
                break;
            }
            if (forrige == null || c.verdi().compareTo(forrige) != 0) {
                p = i + 1;
            }
            forrige = c.verdi();
            plass.put(r.get(i), p);
        }
        return new Rangering(List.copyOf(r), Map.copyOf(plass), plass.size());
    }

    public OptionalInt plass(String kode) {
        Integer p = plass.get(kode);
        return p == null ? OptionalInt.empty() : OptionalInt.of(p);
    }
}

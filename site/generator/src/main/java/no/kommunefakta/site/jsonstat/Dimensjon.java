package no.kommunefakta.site.jsonstat;

import java.util.List;
import java.util.Map;

/**
 * One JSON-stat2 dimension.
 *
 * @param id     dimension id, e.g. {@code KOKkommuneregion0000}
 * @param label  human label
 * @param koder  category codes in index order
 * @param etiketter labels per code
 * @param enheter units per code (content dimension only, else empty)
 */
public record Dimensjon(String id, String label, List<String> koder, Map<String, String> etiketter,
        Map<String, Enhet> enheter) {

    public int indeks(String kode) {
        int i = koder.indexOf(kode);
        if (i < 0) {
            throw new IllegalArgumentException("dimension " + id + " has no category '" + kode + "'");
        }
        return i;
    }
}

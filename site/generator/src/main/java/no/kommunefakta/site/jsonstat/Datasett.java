package no.kommunefakta.site.jsonstat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kommunefakta.site.data.Celle;

/**
 * A parsed JSON-stat 2.0 dataset (PxWebApi v2 or v0).
 *
 * @param tabell    SSB table id (from {@code extension.px.tableid}, else from the label)
 * @param label     dataset label
 * @param kilde     source ("Statistisk sentralbyrå")
 * @param oppdatert {@code updated} timestamp as written
 * @param noter     dataset notes (v2 {@code note[]})
 * @param dimensjoner dimensions in {@code id} order
 * @param roller    role -> dimension ids (time, geo, metric)
 * @param celler    row-major cells, symbols already applied
 */
public record Datasett(String tabell, String label, String kilde, String oppdatert, List<String> noter,
        List<Dimensjon> dimensjoner, Map<String, List<String>> roller, List<Celle> celler) {

    public Dimensjon dimensjon(String id) {
        return dimensjoner.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dataset " + tabell + " has no dimension '" + id + "'"));
    }

    /** The dimension with the given role, or by id prefix as a fallback (v0 files often lack {@code role.geo}). */
    public Optional<Dimensjon> rolle(String rolle, String idPrefiks) {
        List<String> ids = roller.get(rolle);
        if (ids != null && !ids.isEmpty()) {
            return Optional.of(dimensjon(ids.get(0)));
        }
        return dimensjoner.stream().filter(d -> d.id().startsWith(idPrefiks)).findFirst();
    }

    /** Cell at the given category codes, one per dimension (in any order). */
    public Celle celle(Map<String, String> koordinater) {
        int idx = 0;
        for (Dimensjon d : dimensjoner) {
            String kode = koordinater.get(d.id());
            if (kode == null) {
                if (d.koder().size() == 1) {
                    kode = d.koder().get(0);
                } else {
                    throw new IllegalArgumentException("no category given for dimension " + d.id());
                }
            }
            idx = idx * d.koder().size() + d.indeks(kode);
        }
        return celler.get(idx);
    }
}

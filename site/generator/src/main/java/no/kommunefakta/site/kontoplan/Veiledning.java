package no.kommunefakta.site.kontoplan;

import java.util.ArrayList;
import java.util.List;

import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;

/**
 * Guidance notes for chart-of-accounts pages, as data ({@code kontoplan-veiledning.csv}).
 *
 * @param merknader all notes
 */
public record Veiledning(List<Merknad> merknader) {

    /**
     * One note.
     *
     * @param enhet     "kommune", "fylkeskommune" or "alle"
     * @param dimensjon "funksjon" or "art"
     * @param kode      the code, or "*" for the whole page
     * @param fraAar    first reporting year the note applies to
     * @param tekst     the guidance
     * @param kilde     the ruling it comes from
     */
    public record Merknad(String enhet, String dimensjon, String kode, int fraAar, String tekst, String kilde) {
    }

    public static Veiledning load(DataSource kilde) {
        List<Merknad> l = new ArrayList<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/kontoplan-veiledning.csv", ';')) {
            String enhet = r.get("enhet");
            String dim = r.get("dimensjon");
            if (!List.of("kommune", "fylkeskommune", "alle").contains(enhet) || !List.of("funksjon", "art").contains(dim)) {
                throw new IllegalArgumentException("kontoplan-veiledning.csv line " + r.linje() + ": enhet '" + enhet
                        + "' or dimensjon '" + dim + "' unknown");
            }
            l.add(new Merknad(enhet, dim, r.get("kode"), Integer.parseInt(r.get("fra_aar")), r.get("tekst"), r.get("kilde")));
        }
        return new Veiledning(List.copyOf(l));
    }

    /** Notes for one code (or "*") of a dimension, for an entity type and year. */
    public List<Merknad> for_(String enhet, String dimensjon, String kode, int aar) {
        return merknader.stream().filter(m -> (m.enhet().equals("alle") || m.enhet().equals(enhet))
                && m.dimensjon().equals(dimensjon) && m.kode().equals(kode) && aar >= m.fraAar()).toList();
    }
}

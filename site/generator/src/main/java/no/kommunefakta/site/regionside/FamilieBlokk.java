package no.kommunefakta.site.regionside;

import java.util.List;
import no.kommunefakta.site.side.Html;

/**
 * The rows of one indicator family in one service area.
 *
 * @param id    HTML id
 * @param navn  family name
 * @param figurer figures, empty when the catalogue has none of this family in the area
 */
public record FamilieBlokk(String id, String navn, List<Figur> figurer) {

    /**
     * Appends the family's table body: its header row over all {@code spalter} columns, then every figure's rows.
     *
     * @param spalter the table's number of columns
     */
    void rader(Html h, int spalter) {
        h.raw("<tbody><tr><th colspan=\"").tall(spalter).raw("\" scope=\"rowgroup\">").tekst(navn).raw("\n");
        for (Figur f : figurer) {
            f.rader(h, spalter);
        }
    }
}

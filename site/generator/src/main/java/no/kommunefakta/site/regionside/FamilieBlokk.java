package no.kommunefakta.site.regionside;

import java.util.List;

/**
 * The rows of one indicator family in one service area.
 *
 * @param id    HTML id
 * @param navn  family name
 * @param figurer figures, empty when the catalogue has none of this family in the area
 */
public record FamilieBlokk(String id, String navn, List<Figur> figurer) {
}

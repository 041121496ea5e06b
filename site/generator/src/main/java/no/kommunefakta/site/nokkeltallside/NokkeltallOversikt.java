package no.kommunefakta.site.nokkeltallside;

import java.util.List;

import no.kommunefakta.site.side.Lenke;

/**
 * {@code /nokkeltall/}: every figure page by service area.
 *
 * @param omraader service areas with links to their figures
 */
public record NokkeltallOversikt(List<Omraade> omraader) {

    /**
     * A service area.
     *
     * @param navn    name
     * @param figurer figure pages
     */
    public record Omraade(String navn, List<Lenke> figurer) {
    }
}

package no.kommunefakta.site.forside;

import java.util.List;

import no.kommunefakta.site.side.Fakta;
import no.kommunefakta.site.side.Lenke;

/**
 * The front page.
 *
 * @param landet        population and links for the country
 * @param fylker        every fylke with its kommuner (the list that works without JavaScript)
 * @param antallKommuner number of kommuner, from the data
 * @param antallFylker  number of fylker, from the data
 */
public record Forside(List<Fakta> landet, List<FylkeListe> fylker, int antallKommuner, int antallFylker) {

    /**
     * One fylke on the front page.
     *
     * @param navn     fylke name
     * @param href     fylke page
     * @param kommuner links to its kommuner
     */
    public record FylkeListe(String navn, String href, List<Lenke> kommuner) {
    }
}

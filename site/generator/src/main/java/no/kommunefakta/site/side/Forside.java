package no.kommunefakta.site.side;

import java.util.List;

/**
 * The front page.
 *
 * @param landet   population and links for the country
 * @param fylker   every fylke with its kommuner (the list that works without JavaScript)
 * @param befolkningAar year of the population figures
 */
public record Forside(List<Fakta> landet, List<FylkeListe> fylker, int befolkningAar) {

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

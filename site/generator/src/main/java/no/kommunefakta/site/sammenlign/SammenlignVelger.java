package no.kommunefakta.site.sammenlign;

import java.util.List;

/**
 * {@code /sammenlign/}: choose up to five regions; the choice is in the URL ({@code ?r=kommune/oslo&r=fylke/vestland}),
 * so it can be shared. The table is built in the browser from the regions' {@code data.json}; without JavaScript the page
 * links to every kommune's static default comparison.
 *
 * @param maks     most regions compared at once
 * @param regioner every region that can be chosen, value = path without slashes at the ends
 * @param standard links to the default comparisons
 */
public record SammenlignVelger(int maks, List<Valg> regioner, List<no.kommunefakta.site.side.Lenke> standard) {

    /**
     * A choosable region.
     *
     * @param verdi  value in the URL ({@code kommune/oslo})
     * @param navn   label
     */
    public record Valg(String verdi, String navn) {
    }
}

package no.kommunefakta.site.omkoding;

import java.util.List;

import no.kommunefakta.site.side.Lenke;

/**
 * Redirect page for an old (or current) kommunenummer.
 *
 * @param kode       the kommunenummer
 * @param gammeltNavn name under that number, empty if unknown
 * @param gyldigTil  last year in use, 0 if still in use or unknown
 * @param gjeldende  the number is in use today
 * @param til        today's kommune page(s)
 */
public record OmkodingSide(String kode, String gammeltNavn, int gyldigTil, boolean gjeldende, List<Lenke> til) {

    /** The first (for an unambiguous number: the only) target. */
    public Lenke maal() {
        return til.get(0);
    }

    /** Exactly one target: the page redirects automatically. */
    public boolean entydig() {
        return til.size() == 1;
    }
}

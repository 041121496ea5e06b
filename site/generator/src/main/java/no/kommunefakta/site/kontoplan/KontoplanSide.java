package no.kommunefakta.site.kontoplan;

import java.util.List;

import no.kommunefakta.site.side.Lenke;

/**
 * One year and skjema of the KOSTRA chart of accounts.
 *
 * @param aar         reporting year
 * @param skjema      skjema code (0A, 0C, ...)
 * @param skjemaNavn  skjema name
 * @param enhet       kommune or fylkeskommune
 * @param merknader   notes for the whole page
 * @param funksjoner  valid funksjoner with names and notes
 * @param arter       valid arter with names and notes
 * @param aarLenker   same skjema in other years
 * @param skjemaLenker other skjema in the same year
 */
public record KontoplanSide(int aar, String skjema, String skjemaNavn, String enhet, List<Veiledning.Merknad> merknader,
        List<Kodelinje> funksjoner, List<Kodelinje> arter, List<Lenke> aarLenker, List<Lenke> skjemaLenker) {

    /**
     * A code line.
     *
     * @param kode      code
     * @param navn      name, empty if no source gave one
     * @param merknader guidance notes for the code
     */
    public record Kodelinje(String kode, String navn, List<Veiledning.Merknad> merknader) {
    }
}

package no.kommunefakta.site.kart;

/**
 * One region on the map: a kommune or a fylke of the 2024 division.
 *
 * @param kode kommunenummer (4 digits) or fylkesnummer (2 digits)
 * @param navn name as in the boundary data
 */
public record Flate(String kode, String navn) {

    /** The fylke a kommune lies in (the first two digits of a 2024 kommunenummer); a fylke's own code. */
    public String fylkeKode() {
        return kode.substring(0, 2);
    }
}

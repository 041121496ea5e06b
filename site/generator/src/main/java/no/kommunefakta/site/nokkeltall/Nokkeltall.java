package no.kommunefakta.site.nokkeltall;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A key figure from the catalogue ({@code nokkeltall.csv}).
 *
 * @param id          stable id
 * @param omraade     service area slug
 * @param familie     indicator family
 * @param navn        Norwegian name
 * @param enhet       unit of the value
 * @param desimaler   decimals shown
 * @param faktor      value = teller / nevner * faktor (e.g. 100 for %, 1000 for 1000 kr to kr)
 * @param teller      numerator over base series, empty if its data is not defined/embedded
 * @param tellerTekst definition of the numerator (table, content code, date basis)
 * @param nevner      denominator, empty for a plain count or amount
 * @param nevnerTekst definition of the denominator
 * @param tidspunkt   date basis of the figure's year
 * @param publisert   base series holding SSB's published value, tried in order
 * @param aar         years to show when no data is embedded
 * @param kilde       source note
 * @param kildetabeller the SSB tables (PxWebApi) that fill the numerator, denominator or published value; empty when
 *                    every part comes from embedded extracts only
 */
public record Nokkeltall(String id, String omraade, Familie familie, String navn, String enhet, int desimaler,
        BigDecimal faktor, Optional<Uttrykk> teller, String tellerTekst, Optional<Uttrykk> nevner, String nevnerTekst,
        Tidspunkt tidspunkt, List<String> publisert, List<Integer> aar, String kilde, List<Kildetabell> kildetabeller) {

    /** A ratio shows numerator and denominator; a count or amount shows only its value. */
    public boolean erForhold() {
        return nevner.isPresent() || !nevnerTekst.isBlank();
    }
}

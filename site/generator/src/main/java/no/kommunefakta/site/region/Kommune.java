package no.kommunefakta.site.region;

import java.math.BigDecimal;
import java.util.List;

/**
 * A kommune in the current (2024-) structure.
 *
 * @param kode          4-digit kommunenummer
 * @param navn          Norwegian name (Klass, homonyms carry the fylke in parentheses)
 * @param navnKlass     official Klass name incl. parallel names ("Lyngen - Ivgu - Yykeä")
 * @param parallelleNavn official Sami/Kven names with language tags
 * @param fylkeKode     2-digit fylkesnummer
 * @param kostragruppe  KOSTRA group code (EKG01-EKG17), grouping in force 2022-2024
 * @param sentralitet   SSB sentralitetsindeks 1-6 (as text, empty if unknown)
 * @param arealKm2      total area incl. fresh water
 * @param maalform      Bokmål/Nynorsk/Nøytral
 * @param administrasjonssenter administrative centre
 * @param robek         "ja"/"nei" in ROBEK April 2026
 * @param slug          URL slug as on ssb.no
 */
public record Kommune(String kode, String navn, String navnKlass, List<Navn> parallelleNavn, String fylkeKode,
        String kostragruppe, String sentralitet, BigDecimal arealKm2, String maalform, String administrasjonssenter,
        String robek, String slug) {
}

package no.kommunefakta.site.regionside;

import java.util.List;

import no.kommunefakta.site.region.Navn;
import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.side.Diagram;
import no.kommunefakta.site.side.Fakta;
import no.kommunefakta.site.side.Lenke;

/**
 * A kommune, fylke or landet page.
 *
 * @param tittel      HTML title
 * @param beskrivelse meta description
 * @param sti         canonical path
 * @param type        "kommune", "fylke" or "landet"
 * @param navn        region name (Norwegian)
 * @param parallelleNavn official Sami/Kven names with language tags
 * @param kode        kommunenummer/fylkesnummer, empty for landet
 * @param brodsmuler  breadcrumb links
 * @param fakta       header facts
 * @param verdiKolonne header of the region's own value column
 * @param kolonner    headers of the comparison columns
 * @param grunnlagTekst how the comparison columns are computed
 * @param befolkning  population chart
 * @param seksjoner   service areas
 * @param underTittel heading of the list of sub-regions, empty if none
 * @param under       sub-regions (kommuner in a fylke, fylker in landet)
 * @param json        URL of the page's JSON file
 * @param kart        locator map (the fylke with the kommune marked; Norway with the fylke marked), or {@link Bilde#INGEN}
 * @param hovedtall   the headline cards that open the page
 * @param folketall   what the population chart file ({@code befolkning.src()}) draws
 * @param kommunekart a fylke page's map of its kommuner, or {@link Kommunekart#INGEN}
 */
public record RegionSide(String tittel, String beskrivelse, String sti, String type, String navn,
        List<Navn> parallelleNavn, String kode, List<Lenke> brodsmuler, List<Fakta> fakta, String verdiKolonne,
        List<String> kolonner, String grunnlagTekst, Diagram befolkning, List<Seksjon> seksjoner, String underTittel,
        List<Lenke> under, String json, Bilde kart, List<Hovedkort> hovedtall,
        no.kommunefakta.site.graf.Tidsseriediagram.Bestilling folketall, Kommunekart kommunekart) {

    /** A kommune's default comparison page, empty for other regions. */
    public String sammenlignSti() {
        return type.equals("kommune") ? "/sammenlign/" + sti.substring("/kommune/".length()) : "";
    }

    /** The same page with its locator map. */
    public RegionSide medKart(Bilde k) {
        return new RegionSide(tittel, beskrivelse, sti, type, navn, parallelleNavn, kode, brodsmuler, fakta, verdiKolonne, kolonner,
                grunnlagTekst, befolkning, seksjoner, underTittel, under, json, k, hovedtall, folketall, kommunekart);
    }

    /** The same page with its map of kommuner. */
    public RegionSide medKommunekart(Kommunekart k) {
        return new RegionSide(tittel, beskrivelse, sti, type, navn, parallelleNavn, kode, brodsmuler, fakta, verdiKolonne, kolonner,
                grunnlagTekst, befolkning, seksjoner, underTittel, under, json, kart, hovedtall, folketall, k);
    }

    /** The service areas with at least one figure row. */
    public List<Seksjon> medTall() {
        return seksjoner.stream().filter(s -> !s.tom()).toList();
    }

    /** The service areas without any number for the region, shown together as one line each at the end. */
    public List<Seksjon> utenTall() {
        return seksjoner.stream().filter(Seksjon::tom).toList();
    }

    /** Number of table columns: figure, year, value, teller, nevner and the comparisons. */
    public int spalter() {
        return kolonner.size() + 5;
    }

    /** The KOSTRA group's column header ("KOSTRA-gruppe 13"), linked to the group's description; empty if none. */
    public String gruppeKolonne() {
        return kolonner.stream().filter(k -> k.startsWith("KOSTRA-gruppe ")).findFirst().orElse("");
    }
}

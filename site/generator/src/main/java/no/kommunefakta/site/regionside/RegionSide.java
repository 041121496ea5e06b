package no.kommunefakta.site.regionside;

import io.quarkus.qute.RawString;
import java.util.List;

import no.kommunefakta.site.region.Navn;
import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.side.Diagram;
import no.kommunefakta.site.side.Fakta;
import no.kommunefakta.site.side.Html;
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

    /**
     * Every service area with numbers as its section: heading, table (the families' rows), the figures without numbers
     * and the downloads. Built here rather than resolved section by section, row by row and cell by cell in the
     * template: inside a template loop Qute resolves each name of an outer scope (the page, its columns) by first trying
     * every value resolver at each loop level, which made these sections most of the site's template time.
     */
    public RawString seksjonerHtml() {
        String gruppe = gruppeKolonne();
        int spalter = spalter();
        Html h = new Html(40_000);
        List<Seksjon> vist = medTall();
        for (int i = 0; i < vist.size(); i++) {
            Seksjon s = vist.get(i);
            h.raw(i == 0 ? "<section id=\"" : "\n<section id=\"").tekst(s.slug()).raw("\">\n<h2>").tekst(s.navn()).raw("</h2>\n<div class=\"tw\" tabindex=\"0\" role=\"region\" aria-label=\"")
                    .tekst(s.navn()).raw("\"><table><caption class=\"vh\">").tekst(s.navn())
                    .raw("</caption><thead><tr><th scope=\"col\">Nøkkeltall<th scope=\"col\">År<th scope=\"col\">").tekst(verdiKolonne)
                    .raw("<th scope=\"col\">Teller<th scope=\"col\">Nevner");
            for (String k : kolonner) {
                h.raw("<th scope=\"col\">");
                if (k.equals(gruppe)) {
                    h.raw("<a href=\"#kg\">").tekst(k).raw("</a>");
                } else {
                    h.tekst(k);
                }
            }
            h.raw("</thead>\n");
            for (FamilieBlokk fam : s.familier()) {
                fam.rader(h, spalter);
            }
            h.raw("</table></div>\n");
            if (!s.utenTall().isEmpty()) {
                h.raw("<p class=\"e\">Uten tall for ").tekst(navn).raw(": ");
                for (int j = 0; j < s.utenTall().size(); j++) {
                    Lenke l = s.utenTall().get(j);
                    h.raw(j == 0 ? "<a href=\"" : "; <a href=\"").tekst(l.href()).raw("\">").tekst(l.tekst()).raw("</a>");
                }
                h.raw(".</p>");
            }
            h.raw("\n");
            h.raw("<p class=\"e\">Grunnlagsdata: <a href=\"").tekst(s.csv()).raw("\">CSV</a>, <a href=\"").tekst(s.json())
                    .raw("\">JSON-stat</a></p>\n</section>");
        }
        return h.ferdig();
    }

    /** The service areas without any number for the region, each with links to its figures (built here as {@link #seksjonerHtml()}). */
    public RawString utenTallHtml() {
        Html h = new Html(8_000);
        for (Seksjon s : utenTall()) {
            h.raw("<section id=\"").tekst(s.slug()).raw("\"><h3>").tekst(s.navn()).raw("</h3><p>");
            for (int j = 0; j < s.utenTall().size(); j++) {
                Lenke l = s.utenTall().get(j);
                h.raw(j == 0 ? "<a href=\"" : "; <a href=\"").tekst(l.href()).raw("\">").tekst(l.tekst()).raw("</a>");
            }
            h.raw(".</p></section>");
        }
        return h.ferdig();
    }

    /** The KOSTRA group's column header ("KOSTRA-gruppe 13"), linked to the group's description; empty if none. */
    public String gruppeKolonne() {
        return kolonner.stream().filter(k -> k.startsWith("KOSTRA-gruppe ")).findFirst().orElse("");
    }
}

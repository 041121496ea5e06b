package no.kommunefakta.site.graf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.svg.Svg;

class TidsseriediagramTest {

    private static final String NS = "http://www.w3.org/2000/svg";

    // Frie inntekter per innbygger (kr) as in the embedded table 12134 extract: Oslo 2024 = 81 240
    private static Tidsserie oslo() {
        Map<Integer, Celle> v = new TreeMap<>();
        v.put(2021, Celle.tall(74110));
        v.put(2022, Celle.MANGLER);
        v.put(2023, Celle.symbol(Status.PRIKKET));
        v.put(2024, Celle.tall(81240));
        return new Tidsserie("Oslo", v);
    }

    private static Tidsserie landet() {
        return new Tidsserie("Landet", Map.of(2021, Celle.tall(60500), 2022, Celle.tall(62000), 2024, Celle.tall(66000)));
    }

    private static Tidsseriediagram.Bestilling bestilling(List<Tidsserie> sml) {
        return Tidsseriediagram.Bestilling.av("g-fi", "Frie inntekter per innbygger, Oslo", "kr", 0, List.of(2021, 2022, 2023, 2024),
                oslo(), sml);
    }

    private static Document xml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> el(Document d, String navn) {
        NodeList l = d.getElementsByTagNameNS(NS, navn);
        List<Element> ut = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            ut.add((Element) l.item(i));
        }
        return ut;
    }

    private static List<String> synligTekst(Document d) {
        // the text itself, without tooltip titles nested in it
        return el(d, "text").stream().map(t -> t.getFirstChild() != null && t.getLastChild().getNodeType() == 3
                ? t.getLastChild().getNodeValue() : t.getTextContent()).toList();
    }

    @Test
    void soylerMedVerdierOgAarPaaAksen() throws Exception {
        Svg svg = Tidsseriediagram.tegn(bestilling(List.of()));
        Document d = xml(svg.kode());

        List<Element> soyler = el(d, "rect");
        assertThat(soyler).hasSize(2);
        assertThat(soyler).extracting(Element::getTextContent).containsExactly("Oslo 2021: 74\u00a0110\u00a0kr", "Oslo 2024: 81\u00a0240\u00a0kr");
        assertThat(Integer.parseInt(soyler.get(1).getAttribute("height"))).isGreaterThan(Integer.parseInt(soyler.get(0).getAttribute("height")));
        List<String> tekst = synligTekst(d);
        assertThat(tekst).contains("74\u00a0110", "81\u00a0240", "2021", "2022", "2023", "2024");
        // axis 0–100 000 in steps of 25 000
        assertThat(tekst).contains("0", "25\u00a0000", "50\u00a0000", "75\u00a0000", "100\u00a0000");
    }

    @Test
    void manglendeAarErHullMedSymbol() throws Exception {
        Svg svg = Tidsseriediagram.tegn(bestilling(List.of(landet())));
        Document d = xml(svg.kode());

        assertThat(synligTekst(d)).contains("..", ":");
        assertThat(svg.kode()).contains("<title>Oslo 2022: .. (tallgrunnlag mangler)</title>",
                "<title>Oslo 2023: : (vises ikke av konfidensialitetshensyn)</title>");
        // the comparison line breaks at 2023: two pieces
        Element linje = el(d, "path").stream().filter(p -> "none".equals(p.getAttribute("fill"))).findFirst().orElseThrow();
        assertThat(linje.getAttribute("d")).matches("M\\d+ \\d+L\\d+ \\d+M\\d+ \\d+");
        assertThat(svg.kode()).contains("<title>Landet 2024: 66\u00a0000\u00a0kr</title>");
    }

    @Test
    void tilgjengeligMedAlleVerdierIBeskrivelsen() throws Exception {
        Svg svg = Tidsseriediagram.tegn(bestilling(List.of(landet())));
        Document d = xml(svg.kode());

        assertThat(d.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(d.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("g-fi-t g-fi-d");
        assertThat(svg.beskrivelse()).isEqualTo("Søylediagram: Frie inntekter per innbygger, Oslo (kr), 2021–2024. "
                + "Oslo (søyler): 2021 74\u00a0110, 2022 .., 2023 :, 2024 81\u00a0240. "
                + "Landet (linje): 2021 60\u00a0500, 2022 62\u00a0000, 2023 .., 2024 66\u00a0000.");
        assertThat(el(d, "desc").get(0).getTextContent()).isEqualTo(svg.beskrivelse());
        assertThat(synligTekst(d)).contains("Oslo", "Landet");
    }

    @Test
    void negativeVerdierUnderNullLinjen() throws Exception {
        Tidsserie ndr = new Tidsserie("Netto driftsresultat", Map.of(2022, Celle.tall(new BigDecimal("-2.3")),
                2023, Celle.tall(new BigDecimal("4.1"))));
        Svg svg = Tidsseriediagram.tegn(Tidsseriediagram.Bestilling.av("g-ndr", "Netto driftsresultat", "prosent", 1,
                List.of(2022, 2023), ndr, List.of()));
        Document d = xml(svg.kode());

        List<String> tekst = synligTekst(d);
        assertThat(tekst).contains("\u22122,3", "4,1", "\u22124", "\u22122", "0", "2", "4", "6", "prosent");
        Element nullLinje = el(d, "path").stream().filter(p -> "n".equals(p.getAttribute("class"))).findFirst().orElseThrow();
        int null0 = Integer.parseInt(nullLinje.getAttribute("d").replaceAll("M\\d+ (\\d+)h\\d+", "$1"));
        List<Element> soyler = el(d, "rect");
        assertThat(Integer.parseInt(soyler.get(0).getAttribute("y"))).isEqualTo(null0);
        assertThat(Integer.parseInt(soyler.get(1).getAttribute("y")) + Integer.parseInt(soyler.get(1).getAttribute("height")))
                .isEqualTo(null0);
    }

    @Test
    void akseMedPenStegOgDesimaler() {
        assertThat(Akse.av(BigDecimal.ZERO, new BigDecimal("0.9")).ticks())
                .extracting(BigDecimal::toPlainString).containsExactly("0.00", "0.25", "0.50", "0.75", "1.00");
        assertThat(Akse.av(BigDecimal.ZERO, new BigDecimal("0.9")).desimaler()).isEqualTo(2);
        assertThat(Akse.av(BigDecimal.ZERO, BigDecimal.ZERO).ticks()).extracting(BigDecimal::intValue).containsExactly(0, 1);
        assertThat(Akse.av(BigDecimal.ZERO, BigDecimal.valueOf(717710)).ticks()).extracting(BigDecimal::intValue)
                .containsExactly(0, 200000, 400000, 600000, 800000);
    }

    @Test
    void deterministisk() {
        assertThat(Tidsseriediagram.tegn(bestilling(List.of(landet()))).kode())
                .isEqualTo(Tidsseriediagram.tegn(bestilling(List.of(landet()))).kode());
    }

    @Test
    void ugyldigBestilling() {
        assertThatThrownBy(() -> Tidsseriediagram.Bestilling.av("g", "t", "", 0, List.of(2024, 2023), oslo(), List.of()))
                .hasMessage("aar must be ascending without repeats, got [2024, 2023]");
        assertThatThrownBy(() -> Tidsseriediagram.Bestilling.av("g", "t", "", 0, List.of(2024), oslo(),
                List.of(landet(), landet(), landet(), landet()))).hasMessage("at most 3 comparison series, got 4");
        assertThatThrownBy(() -> Tidsseriediagram.Bestilling.av("g", "t", "", 0, List.of(), oslo(), List.of()))
                .hasMessage("aar must hold at least one year");
    }
}

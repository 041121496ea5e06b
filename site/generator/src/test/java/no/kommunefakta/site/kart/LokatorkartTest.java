package no.kommunefakta.site.kart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import no.kommunefakta.site.svg.Svg;

class LokatorkartTest {

    private static final Kartgrunnlag G = KartTestdata.GRUNNLAG;

    @Test
    void kommunenMarkertBlantFylketsKommuner() {
        Svg svg = Lokatorkart.kommune(G, "3222", "lok", "Lørenskog", 200);
        Document d = KartTestdata.xml(svg.kode());
        List<Element> stier = KartTestdata.elementer(d, "path");

        List<String> akershus = G.kommuner().stream().filter(k -> k.fylkeKode().equals("32")).map(Flate::kode).toList();
        assertThat(stier).extracting(p -> p.getAttribute("data-kode")).containsExactlyInAnyOrderElementsOf(akershus);
        assertThat(stier).filteredOn(p -> p.getAttribute("class").equals("m")).extracting(p -> p.getAttribute("data-kode"))
                .containsExactly("3222");
        assertThat(svg.tittel()).isEqualTo("Kart: Lørenskog i Akershus");
        assertThat(svg.beskrivelse()).isEqualTo("Lørenskog er markert med mørk farge på kartet over de " + akershus.size()
                + " kommunene i Akershus.");
        assertThat(d.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(d.getDocumentElement().getAttribute("width")).isEqualTo("200");
        assertThat(KartTestdata.elementer(d, "text")).extracting(Element::getTextContent).containsExactly("© Kartverket");
    }

    @Test
    void alleKommunerKanTegnesOgHarForm() {
        for (Flate k : G.kommuner()) {
            Svg svg = Lokatorkart.kommune(G, k.kode(), "k" + k.kode(), k.navn(), 200);
            assertThat(svg.kode()).as(k.kode()).containsPattern("class=\"m\" data-kode=\"" + k.kode() + "\" d=\"M[^\"]+z\"");
            assertThat(svg.bytes()).as(k.kode()).isLessThan(40 * 1024);
        }
    }

    @Test
    void osloVisesBlantNabokommunene() {
        Svg svg = Lokatorkart.kommune(G, "0301", "lok", "Oslo", 200);
        Document d = KartTestdata.xml(svg.kode());

        assertThat(KartTestdata.elementer(d, "path")).extracting(p -> p.getAttribute("data-kode"))
                .contains("0301", "3201", "3222", "3207").doesNotContain("4601");
        assertThat(svg.tittel()).isEqualTo("Kart: Oslo og nabokommunene");
    }

    @Test
    void fylketMarkertINorge() {
        Svg svg = Lokatorkart.fylke(G, "46", "lok-f", "Vestland", 160);
        Document d = KartTestdata.xml(svg.kode());

        assertThat(KartTestdata.elementer(d, "path")).hasSize(15);
        assertThat(KartTestdata.elementer(d, "path")).filteredOn(p -> p.getAttribute("class").equals("m"))
                .extracting(p -> p.getAttribute("data-kode")).containsExactly("46");
        assertThat(svg.tittel()).isEqualTo("Kart: Vestland i Norge");
    }

    @Test
    void ukjentRegion() {
        assertThatThrownBy(() -> Lokatorkart.kommune(G, "0000", "x", "X", 200)).hasMessage("kommune '0000' is not on the map");
        assertThatThrownBy(() -> Lokatorkart.fylke(G, "99", "x", "X", 200)).hasMessage("fylke '99' is not on the map");
    }
}

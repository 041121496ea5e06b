package no.kommunefakta.site.graf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.svg.Grupper;
import no.kommunefakta.site.svg.Svg;

class FordelingsdiagramTest {

    private static Map<String, Celle> verdier() {
        Map<String, Celle> v = new TreeMap<>();
        v.put("0301", Celle.tall(new BigDecimal("4.2")));
        v.put("3201", Celle.tall(new BigDecimal("5.1")));
        v.put("3222", Celle.tall(new BigDecimal("3.5")));
        v.put("4601", Celle.tall(new BigDecimal("4.8")));
        v.put("5001", Celle.tall(new BigDecimal("4.0")));
        v.put("1151", Celle.symbol(Status.PRIKKET));
        return v;
    }

    private static final Map<String, String> NAVN = Map.of("0301", "Oslo", "3201", "Bærum", "3222", "Lørenskog", "4601", "Bergen",
            "5001", "Trondheim", "1151", "Utsira");

    private static Document xml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void rangertMedGruppeOgValgtKommune() throws Exception {
        Svg svg = Fordelingsdiagram.tegn(Fordelingsdiagram.Bestilling.av("f-80", "Andel 80 år og over", "prosent", 1, verdier(), NAVN)
                .medGruppe(Set.of("0301", "4601", "5001"), "KOSTRA-gruppe 13").medValgt("3222"));
        Document d = xml(svg.kode());

        assertThat(d.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.beskrivelse()).isEqualTo("Fordeling: Andel 80 år og over (prosent). 5 med tall, sortert fra høyest til lavest. "
                + "Høyest: Bærum 5,1. Median: 4,2. Lavest: Lørenskog 3,5. Lørenskog (markert) er nr. 5 av 5 med 3,5. "
                + "KOSTRA-gruppe 13 er markert: 3 med tall, median 4,2. 1 uten tall er ikke med.");
        assertThat(svg.kode()).contains(">Lørenskog: 3,5\u00a0prosent, nr. 5 av 5</text>", ">KOSTRA-gruppe 13</text>");
        // one path per colour: others (Bærum), the group (Bergen, Oslo, Trondheim: three bars), the chosen one
        Map<String, Integer> staver = new LinkedHashMap<>();
        NodeList stier = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        for (int i = 0; i < stier.getLength(); i++) {
            org.w3c.dom.Element p = (org.w3c.dom.Element) stier.item(i);
            if (p.hasAttribute("fill")) {
                staver.put(p.getAttribute("fill"), p.getAttribute("d").split("M", -1).length - 1);
            }
        }
        assertThat(staver).containsExactly(Map.entry("#b9c4d2", 1), Map.entry("#0b57a4", 3), Map.entry("#d95f02", 1));
    }

    @Test
    void valgtUtenTallOgJevntAntall() {
        Map<String, Celle> v = verdier();
        v.remove("5001");
        Svg svg = Fordelingsdiagram.tegn(Fordelingsdiagram.Bestilling.av("f", "X", "", 1, v, NAVN).medValgt("1151"));
        assertThat(svg.beskrivelse()).contains("Median: 4,5.").contains("Utsira har ikke tall: : (vises ikke av konfidensialitetshensyn).");
    }

    @Test
    void ugyldig() {
        assertThatThrownBy(() -> Fordelingsdiagram.Bestilling.av("f", "X", "", 1, verdier(), NAVN).medValgt("9999"))
                .hasMessage("chosen region '9999' has no entry in verdier");
    }

    @Test
    void grupperFargesNaarFilenAdresseresMedGruppensFragment() throws Exception {
        Grupper g = Grupper.av(Map.of("0301", "13", "4601", "12", "5001", "12", "3201", "12"),
                Map.of("12", "KOSTRA-gruppe 12", "13", "KOSTRA-gruppe 13"));
        Fordelingsdiagram.Bestilling b = Fordelingsdiagram.Bestilling.av("f", "Andel 80 år og over", "prosent", 1, verdier(), NAVN).medGrupper(g);
        Svg svg = Fordelingsdiagram.tegn(b);
        Document d = xml(svg.kode());
        Map<String, Integer> staver = new LinkedHashMap<>();
        NodeList stier = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        for (int i = 0; i < stier.getLength(); i++) {
            org.w3c.dom.Element p = (org.w3c.dom.Element) stier.item(i);
            if (p.hasAttribute("fill")) {
                staver.put(p.getAttribute("class").isEmpty() ? p.getAttribute("fill") : p.getAttribute("class"), p.getAttribute("d").split("M", -1).length - 1);
            }
        }
        // Lørenskog has no group; Bergen, Bærum, Trondheim are group 12; Oslo group 13 — all grey until a group is targeted
        assertThat(staver).containsExactly(Map.entry("#b9c4d2", 1), Map.entry("g12", 3), Map.entry("g13", 1));
        assertThat(svg.kode()).contains("#f:has(#f-g12:target,.g12:target) path.g12{fill:#0b57a4}", "<g class=\"gl\" id=\"f-g12\">",
                ">KOSTRA-gruppe 12</text></g>");
        assertThat(Fordelingsdiagram.gruppeBeskrivelse(b, g.medlemmer("12"), "KOSTRA-gruppe 12"))
                .isEqualTo("KOSTRA-gruppe 12 er markert: 3 med tall, median 4,8.");
    }

    @Test
    void deterministisk() {
        Fordelingsdiagram.Bestilling b = Fordelingsdiagram.Bestilling.av("f", "X", "", 1, verdier(), NAVN).medGruppe(Set.of("0301"), "G");
        assertThat(Fordelingsdiagram.tegn(b).kode()).isEqualTo(Fordelingsdiagram.tegn(b).kode());
    }
}

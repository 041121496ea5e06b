package no.kommunefakta.site.kart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.svg.Grupper;
import no.kommunefakta.site.svg.Svg;

class KoropletkartTest {

    private static final Kartgrunnlag G = KartTestdata.GRUNNLAG;

    /** Real data: 1 January 2024 population per kommune from the embedded kommuner.csv. */
    private static Map<String, Celle> folkemengde() {
        Map<String, Celle> m = new TreeMap<>();
        DataSource.embedded().csv("ssb/regioner/kommuner.csv", ',')
                .forEach(r -> m.put(r.get("kommunenummer"), Celle.tall(new BigDecimal(r.get("folkemengde_2024")))));
        return m;
    }

    private static Koropletkart.Bestilling bestilling(Map<String, Celle> verdier) {
        return Koropletkart.Bestilling.av("kart-folk", Nivaa.KOMMUNE, "Folkemengde 1. januar 2024", "innbyggere", verdier,
                Koropletkart.norsk(0));
    }

    private static List<String> tekster(Document d) {
        return KartTestdata.elementer(d, "text").stream().map(Element::getTextContent).toList();
    }

    @Test
    void enStiPerKommuneMedKodeOgTittel() {
        Svg svg = Koropletkart.tegn(G, bestilling(folkemengde()));
        Document d = KartTestdata.xml(svg.kode());
        List<Element> regioner = KartTestdata.elementer(d, "path").stream().filter(p -> p.hasAttribute("data-kode")).toList();

        assertThat(regioner).extracting(p -> p.getAttribute("data-kode"))
                .containsExactlyElementsOf(G.kommuner().stream().map(Flate::kode).toList());
        assertThat(regioner).allSatisfy(p -> assertThat(p.getAttribute("d")).matches("M[-0-9. ]+l.*z"));
        Element oslo = regioner.stream().filter(p -> p.getAttribute("data-kode").equals("0301")).findFirst().orElseThrow();
        assertThat(oslo.getTextContent()).isEqualTo("Oslo: 717\u00a0710\u00a0innbyggere");
        assertThat(oslo.getAttribute("class")).isEqualTo("k4");
        Element utsira = regioner.stream().filter(p -> p.getAttribute("data-kode").equals("1151")).findFirst().orElseThrow();
        assertThat(utsira.getAttribute("class")).as("the smallest kommune, lowest class").isEqualTo("k0");
    }

    @Test
    void tilgjengeligOgKreditert() {
        Svg svg = Koropletkart.tegn(G, bestilling(folkemengde()));
        Document d = KartTestdata.xml(svg.kode());
        Element rot = d.getDocumentElement();

        assertThat(rot.getAttribute("role")).isEqualTo("img");
        assertThat(rot.getAttribute("aria-labelledby")).isEqualTo("kart-folk-t kart-folk-d");
        assertThat(KartTestdata.elementer(d, "title").get(0).getTextContent()).isEqualTo("Folkemengde 1. januar 2024");
        assertThat(svg.beskrivelse()).startsWith("Kart over 357 kommuner: Folkemengde 1. januar 2024 (innbyggere). Fargen viser 5 klasser")
                .contains("Høyest: Oslo 717\u00a0710\u00a0innbyggere.").contains("Lavest: Utsira");
        assertThat(KartTestdata.elementer(d, "desc").get(0).getTextContent()).isEqualTo(svg.beskrivelse());
        assertThat(tekster(d)).contains("© Kartverket", "innbyggere");
    }

    @Test
    void legendenViserKlassegrenserMedNorskTallformat() {
        Svg svg = Koropletkart.tegn(G, bestilling(folkemengde()));
        Klassedeling deling = Klassedeling.kvantiler(folkemengde().values().stream().map(Celle::verdi).toList(), 5);
        List<String> tekster = tekster(KartTestdata.xml(svg.kode()));

        assertThat(deling.klasser()).hasSize(5);
        // 357 / 5: the first class takes 72 plus one kommune tied with its largest value
        assertThat(deling.klasser()).extracting(Klassedeling.Klasse::antall).containsExactly(73, 71, 71, 71, 71);
        Klassedeling.Klasse hoyest = deling.klasser().get(4);
        assertThat(hoyest.til()).isEqualByComparingTo("717710");
        assertThat(tekster).contains(Koropletkart.norsk(0).apply(hoyest.fra()) + "\u2013717\u00a0710");
        assertThat(tekster.stream().filter(t -> t.contains("\u2013")).count()).isEqualTo(5);
        assertThat(svg.beskrivelse()).contains("(73 kommuner)", "(71 kommuner)");
    }

    @Test
    void manglendeOgPrikkedeTallHarHvertSittMonster() {
        Map<String, Celle> v = folkemengde();
        v.put("0301", Celle.MANGLER);
        v.put("1151", Celle.PRIKKET_SSB);
        v.put("1144", Celle.PRIKKET_SSB);
        v.remove("4601"); // no entry counts as ".."
        Svg svg = Koropletkart.tegn(G, bestilling(v));
        Document d = KartTestdata.xml(svg.kode());

        assertThat(KartTestdata.elementer(d, "pattern")).extracting(p -> p.getAttribute("id"))
                .containsExactly("kart-folk-m", "kart-folk-p");
        assertThat(svg.kode()).contains("#kart-folk .m{fill:url(#kart-folk-m)}", "#kart-folk .p{fill:url(#kart-folk-p)}");
        Map<String, String> klasse = new HashMap<>();
        KartTestdata.elementer(d, "path").stream().filter(p -> p.hasAttribute("data-kode"))
                .forEach(p -> klasse.put(p.getAttribute("data-kode"), p.getAttribute("class")));
        assertThat(klasse).containsEntry("0301", "m").containsEntry("4601", "m").containsEntry("1151", "p").containsEntry("1144", "p");
        assertThat(tekster(d)).contains("Tallgrunnlag mangler (..)", "Vises ikke av konfidensialitetshensyn (:)");
        assertThat(svg.beskrivelse()).contains("2 kommuner uten tall: tallgrunnlag mangler (.., eget mønster).")
                .contains("2 kommuner uten tall: vises ikke av konfidensialitetshensyn (:, eget mønster).");
        assertThat(svg.kode()).contains("<title>Oslo: .. (tallgrunnlag mangler)</title>");
    }

    @Test
    void allePrikketGirIngenKlasser() {
        Map<String, Celle> v = new TreeMap<>();
        G.kommuner().forEach(k -> v.put(k.kode(), Celle.symbol(Status.PRIKKET)));
        Svg svg = Koropletkart.tegn(G, bestilling(v));

        assertThat(svg.kode()).doesNotContain("class=\"k0\"").doesNotContain("kart-folk-m");
        assertThat(svg.beskrivelse()).contains("Ingen kommune har tall.").contains("357 kommuner uten tall");
        KartTestdata.xml(svg.kode());
    }

    @Test
    void fremhevedeKommunerFaarOmrissOgLegende() {
        Set<String> gruppe = Set.of("3222", "3201", "0301");
        Svg svg = Koropletkart.tegn(G, bestilling(folkemengde()).medFremhevet(gruppe, "KOSTRA-gruppe 13"));
        Document d = KartTestdata.xml(svg.kode());

        List<Element> omriss = KartTestdata.elementer(d, "path").stream().filter(p -> p.getAttribute("class").equals("h")).toList();
        assertThat(omriss).hasSize(2); // the outline on the map and the legend swatch
        assertThat(omriss.get(0).getAttribute("d")).startsWith("M");
        assertThat(tekster(d)).contains("KOSTRA-gruppe 13");
        assertThat(svg.beskrivelse()).endsWith("Omrisset markerer KOSTRA-gruppe 13.");
        Svg uten = Koropletkart.tegn(G, bestilling(folkemengde()));
        assertThat(uten.kode()).doesNotContain("class=\"h\"");
    }

    @Test
    void grupperMarkeresMedFragmentUtenAaTegneNoeToGanger() {
        Map<String, String> gruppe = new TreeMap<>();
        DataSource.embedded().csv("ssb/regioner/kommuner.csv", ',').forEach(r -> gruppe.put(r.get("kommunenummer"), r.get("kostragruppe_kode").substring(3)));
        Map<String, String> tekst = new TreeMap<>();
        gruppe.values().forEach(g -> tekst.put(g, "KOSTRA-gruppe " + Integer.parseInt(g)));
        Svg uten = Koropletkart.tegn(G, bestilling(folkemengde()));
        Svg med = Koropletkart.tegn(G, bestilling(folkemengde()).medGrupper(Grupper.av(gruppe, tekst)));
        Document d = KartTestdata.xml(med.kode());
        List<Element> regioner = KartTestdata.elementer(d, "path").stream().filter(p -> p.hasAttribute("data-kode")).toList();

        // every kommune carries its group's class beside its value class; the shapes are the same as without groups
        assertThat(regioner).allSatisfy(p -> assertThat(p.getAttribute("class")).matches("k\\d g\\d\\d"));
        assertThat(regioner.stream().filter(p -> p.getAttribute("data-kode").equals("0301")).findFirst().orElseThrow().getAttribute("class"))
                .isEqualTo("k4 g13");
        // one hidden legend line per group, the target of kart.svg#kart-folk-g12, and the rules that fade the others
        List<Element> linjer = KartTestdata.elementer(d, "g").stream().filter(g -> g.getAttribute("class").equals("gl")).toList();
        assertThat(linjer).extracting(g -> g.getAttribute("id")).containsExactlyElementsOf(
                tekst.keySet().stream().map(g -> "kart-folk-g" + g).toList());
        assertThat(linjer.get(11).getTextContent()).isEqualTo("KOSTRA-gruppe 12 i sterk farge");
        assertThat(med.kode()).contains("#kart-folk .gl{display:none}#kart-folk .gl:target{display:inline}",
                "#kart-folk:has(#kart-folk-g12:target,.g12:target) .r path:not(.g12){opacity:.2}",
                "#kart-folk:has(#kart-folk-g12:target,.g12:target) #kart-folk-g12{display:inline}",
                "#kart-folk path:target{stroke:#d95f02!important;");
        // each shape has an id: kart.svg#kart-folk-r0301 outlines Oslo and, through its class, marks its group
        assertThat(regioner).allSatisfy(p -> assertThat(p.getAttribute("id")).isEqualTo(Koropletkart.region("kart-folk", p.getAttribute("data-kode"))));
        assertThat(med.bytes() - uten.bytes()).as("classes, rules and legend lines only, no geometry twice").isLessThan(10_000);
    }

    @Test
    void sammeInndataGirByteLikSvg() {
        Map<String, Celle> tre = folkemengde();
        Map<String, Celle> hash = new HashMap<>(tre);
        Svg a = Koropletkart.tegn(G, bestilling(tre).medFremhevet(Set.of("3222", "3201"), "Gruppe"));
        Svg b = Koropletkart.tegn(Kartgrunnlag.load(DataSource.embedded()),
                bestilling(hash).medFremhevet(new java.util.HashSet<>(List.of("3201", "3222")), "Gruppe"));
        assertThat(b.kode()).isEqualTo(a.kode());
    }

    @Test
    void kartetErLite() {
        Svg svg = Koropletkart.tegn(G, bestilling(folkemengde()).medFremhevet(Set.of("3222"), "Lørenskog"));
        assertThat(svg.bytes()).isLessThan(150 * 1024);
        assertThat(svg.kode()).doesNotContainPattern("\\d\\.\\d\\d");
    }

    @Test
    void fylkeskart() {
        Map<String, Celle> v = new TreeMap<>();
        DataSource.embedded().csv("ssb/regioner/fylker.csv", ',')
                .forEach(r -> v.put(r.get("fylkesnummer"), Celle.tall(new BigDecimal(r.get("folkemengde_2024")))));
        Svg svg = Koropletkart.tegn(G, Koropletkart.Bestilling.av("fylker", Nivaa.FYLKE, "Folkemengde", "", v, Koropletkart.norsk(0)));
        Document d = KartTestdata.xml(svg.kode());

        assertThat(KartTestdata.elementer(d, "path").stream().filter(p -> p.hasAttribute("data-kode")))
                .extracting(p -> p.getAttribute("data-kode")).hasSize(15).contains("03", "46", "56");
        assertThat(svg.beskrivelse()).startsWith("Kart over 15 fylker").contains("(3 fylker)");
        assertThat(svg.kode()).doesNotContain("class=\"g\"");
    }

    @Test
    void ukjentKodeErEnFeil() {
        Map<String, Celle> v = folkemengde();
        v.put("0101", Celle.tall(1));
        assertThatThrownBy(() -> Koropletkart.tegn(G, bestilling(v))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("map value for unknown kommune '0101'");
        assertThatThrownBy(() -> Koropletkart.tegn(G, bestilling(folkemengde()).medFremhevet(Set.of("9999"), "x")))
                .hasMessage("highlighted kommune '9999' is not on the map");
        assertThatThrownBy(() -> Koropletkart.Bestilling.av("1x", Nivaa.KOMMUNE, "", "", Map.of(), Koropletkart.norsk(0)))
                .hasMessageContaining("SVG id '1x'");
    }

    @Test
    void hverRegionErEnLenkeMedUtsnittForByeneOgRingForDeMinste() {
        Map<String, String> lenker = new TreeMap<>();
        G.kommuner().forEach(k -> lenker.put(k.kode(), "/kommune/" + k.kode() + "/"));
        Koropletkart.Tegning t = Koropletkart.tegning(G, bestilling(folkemengde()).medBredde(420).medLenker(lenker).medUtsnitt(G.utsnitt()));
        Document d = KartTestdata.xml(t.fil().kode());
        String ns = "http://www.w3.org/2000/svg";

        List<Element> a = KartTestdata.elementer(d, "a");
        assertThat(a.stream().map(e -> e.getAttribute("href")).distinct().count()).isEqualTo(357);
        assertThat(a).allSatisfy(e -> assertThat(e.getElementsByTagNameNS(ns, "title").getLength()).isEqualTo(1));
        assertThat(a.get(0).getElementsByTagNameNS(ns, "title").item(0).getTextContent()).isEqualTo("Oslo: 717\u00a0710\u00a0innbyggere");
        // the dense city regions enlarged in labelled insets, their shapes links too; their place on the map framed
        List<Element> utsnitt = KartTestdata.elementer(d, "g").stream().filter(g -> g.getAttribute("class").equals("u")).toList();
        assertThat(utsnitt).extracting(g -> g.getElementsByTagNameNS(ns, "text").item(0).getTextContent())
                .containsExactly("Oslo-området", "Stavanger/Sandnes", "Bergen", "Trondheim");
        assertThat(utsnitt).allSatisfy(g -> assertThat(g.getElementsByTagNameNS(ns, "a").getLength()).isGreaterThan(3));
        assertThat(utsnitt.get(0).getTextContent()).contains("Oslo: 717\u00a0710", "Bærum: ");
        assertThat(KartTestdata.elementer(d, "path").stream().filter(p -> p.getAttribute("class").equals("ur"))).hasSize(4);
        ledereFraVinduTilRamme(d, 4);
        assertThat(t.fil().beskrivelse()).endsWith("Forstørret i egne ruter: Oslo-området, Stavanger/Sandnes, Bergen, Trondheim.");
        // a kommune only a few px wide (Utsira) also gets a ring of 8 px, in the same link
        Element utsira = a.stream().filter(e -> e.getAttribute("href").equals("/kommune/1151/")).findFirst().orElseThrow();
        assertThat(KartTestdata.elementer(d, "path").stream().filter(p -> p.getAttribute("class").endsWith(" s")
                && p.getParentNode() == utsira)).singleElement().satisfies(p -> assertThat(p.getAttribute("d")).contains("a4 4 0 1 0 8 0"));
        // the inline form: no <style> (a page's CSP allows none), a group of links rather than an image
        assertThat(t.inline()).doesNotContain("<style").contains("role=\"group\"").endsWith("</svg>");
        assertThat(t.fil().kode()).contains("<style>" + t.stil() + "</style>", "role=\"img\"");
        assertThat(t.stil()).contains("#kart-folk a:focus path{fill:#fff3c4;stroke:#1a1a1a;stroke-width:2}");
        KartTestdata.xml(t.inline());
    }

    /**
     * Every inset has a leader from its window on the map to its frame: it starts on the window's outline, ends on the
     * frame's border and never runs through the frame (so it crosses no shape of the inset).
     */
    private static void ledereFraVinduTilRamme(Document d, int antall) {
        List<double[]> vinduer = KartTestdata.elementer(d, "path").stream().filter(p -> p.getAttribute("class").equals("ur"))
                .map(p -> tall(p.getAttribute("d"))).map(v -> new double[] {v[0], v[1], v[0] + v[2], v[1] + v[3]}).toList();
        List<double[]> rammer = KartTestdata.elementer(d, "rect").stream().filter(r -> r.getAttribute("class").equals("ub"))
                .map(r -> new double[] {Double.parseDouble(r.getAttribute("x")), Double.parseDouble(r.getAttribute("y")),
                    Double.parseDouble(r.getAttribute("x")) + Double.parseDouble(r.getAttribute("width")),
                    Double.parseDouble(r.getAttribute("y")) + Double.parseDouble(r.getAttribute("height"))}).toList();
        List<double[]> ledere = KartTestdata.elementer(d, "path").stream().filter(p -> p.getAttribute("class").equals("ul"))
                .map(p -> tall(p.getAttribute("d"))).toList();
        assertThat(vinduer).hasSize(antall);
        assertThat(rammer).hasSize(antall);
        assertThat(ledere).hasSize(antall);
        for (int i = 0; i < antall; i++) {
            double[] v = vinduer.get(i);
            double[] r = rammer.get(i);
            double[] l = ledere.get(i);
            assertThat(paaKant(l[0], l[1], v)).as("leader %d starts on its window's outline", i).isTrue();
            assertThat(paaKant(l[2], l[3], r)).as("leader %d ends on its frame", i).isTrue();
            for (int s = 0; s <= 20; s++) {
                double x = l[0] + (l[2] - l[0]) * s / 20;
                double y = l[1] + (l[3] - l[1]) * s / 20;
                assertThat(x > r[0] + 0.05 && x < r[2] - 0.05 && y > r[1] + 0.05 && y < r[3] - 0.05)
                        .as("leader %d inside its frame at %s,%s", i, x, y).isFalse();
            }
        }
    }

    private static boolean paaKant(double x, double y, double[] b) {
        boolean innenfor = x >= b[0] - 0.05 && x <= b[2] + 0.05 && y >= b[1] - 0.05 && y <= b[3] + 0.05;
        boolean kant = Math.abs(x - b[0]) < 0.05 || Math.abs(x - b[2]) < 0.05 || Math.abs(y - b[1]) < 0.05 || Math.abs(y - b[3]) < 0.05;
        return innenfor && kant;
    }

    /** The numbers of a path's data ("M1 2h3v4h-3z" → 1, 2, 3, 4; "M1 2L3 4" → 1, 2, 3, 4). */
    private static double[] tall(String d) {
        return java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(d).results().limit(4)
                .mapToDouble(m -> Double.parseDouble(m.group())).toArray();
    }

    @Test
    void lederGaarFraVindusKantTilRammensNaermestePunkt() {
        // window left of the frame, level with it: from the window's right edge to the frame's left edge
        assertThat(Koropletkart.leder(new int[] {0, 40, 20, 20}, new int[] {100, 0, 60, 120})).containsExactly(20, 50, 100, 50);
        // window below-left: to the frame's nearest corner
        assertThat(Koropletkart.leder(new int[] {0, 200, 20, 20}, new int[] {100, 0, 60, 120})).containsExactly(20, 200, 100, 120);
        // touching or overlapping: no leader
        assertThat(Koropletkart.leder(new int[] {90, 40, 20, 20}, new int[] {100, 0, 60, 120})).isEmpty();
    }

    @Test
    void fylkesKartViserBareFylketsKommunerMedUtsnittOgLenker() {
        Map<String, String> lenker = new TreeMap<>();
        G.kommuner().stream().filter(k -> k.fylkeKode().equals("46")).forEach(k -> lenker.put(k.kode(), "/kommune/" + k.kode() + "/"));
        Map<String, Celle> v = new TreeMap<>(folkemengde());
        v.keySet().retainAll(lenker.keySet());
        Koropletkart.Tegning t = Koropletkart.tegning(G, Koropletkart.Bestilling.av("kk", Nivaa.KOMMUNE, "Folkemengde i Vestland", "innbyggere",
                v, Koropletkart.norsk(0)).medBredde(420).medLenker(lenker).medFylke("46").medUtsnitt(G.utsnitt("46")));
        Document d = KartTestdata.xml(t.fil().kode());
        String ns = "http://www.w3.org/2000/svg";

        assertThat(KartTestdata.elementer(d, "path").stream().filter(p -> p.hasAttribute("data-kode")).map(p -> p.getAttribute("data-kode"))
                .distinct()).hasSize(43).allSatisfy(k -> assertThat(k).startsWith("46"));
        assertThat(t.fil().beskrivelse()).startsWith("Kart over 43 kommuner: Folkemengde i Vestland").contains("Høyest: Bergen")
                .endsWith("Forstørret i egne ruter: Bergen.");
        // no fylke borders inside one fylke
        assertThat(t.fil().kode()).doesNotContain("class=\"g\"");
        List<Element> utsnitt = KartTestdata.elementer(d, "g").stream().filter(g -> g.getAttribute("class").equals("u")).toList();
        assertThat(utsnitt).singleElement().satisfies(g -> {
            assertThat(g.getElementsByTagNameNS(ns, "text").item(0).getTextContent()).isEqualTo("Bergen");
            assertThat(g.getTextContent()).contains("Bergen: ", "Askøy: ");
            List<String> hrefs = new java.util.ArrayList<>();
            for (int i = 0; i < g.getElementsByTagNameNS(ns, "a").getLength(); i++) {
                Element a = (Element) g.getElementsByTagNameNS(ns, "a").item(i);
                assertThat(a.getElementsByTagNameNS(ns, "title").getLength()).isEqualTo(1);
                hrefs.add(a.getAttribute("href"));
            }
            assertThat(hrefs).contains("/kommune/4601/", "/kommune/4627/");
        });
        ledereFraVinduTilRamme(d, 1);
        assertThat(G.utsnitt("03")).isEmpty();
        assertThat(List.of("32", "11", "46", "50")).allSatisfy(f -> assertThat(G.utsnitt(f)).isNotEmpty());
        assertThatThrownBy(() -> Koropletkart.Bestilling.av("kk", Nivaa.FYLKE, "", "", Map.of(), Koropletkart.norsk(0)).medFylke("46"))
                .hasMessage("only a kommune map can be limited to one fylke");
    }
}

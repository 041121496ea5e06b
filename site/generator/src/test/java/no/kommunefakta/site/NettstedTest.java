package no.kommunefakta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.jsonstat.Datasett;
import no.kommunefakta.site.jsonstat.JsonStat;
import no.kommunefakta.site.serve.StaticServer;

import org.openqa.selenium.chrome.ChromeDriver;

/** Renders the whole site once through the command line and checks it: files, numbers, links, weight, a11y. */
@QuarkusMainTest
class NettstedTest {

    static final Path UT = Path.of("target/test-site");
    static final int MAKS_SIDEVEKT = 40 * 1024;
    private static LaunchResult render;

    private static synchronized Path site(QuarkusMainLauncher launcher) {
        if (render == null) {
            render = launcher.launch("render", UT.toString());
            assertThat(render.exitCode()).as(render.getErrorOutput()).isZero();
        }
        return UT;
    }

    private static String les(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void alleForventedeFilerFinnesOgFremdriftVises(QuarkusMainLauncher launcher) throws IOException {
        Path s = site(launcher);
        assertThat(render.getOutput()).contains("Regionsider: 373/373", "Ferdig: ");
        for (String f : List.of("index.html", "404.html", "sitemap.xml", "robots.txt", "assets/site.css", "assets/sok.js",
                "sok/indeks.json", "landet/index.html", "landet/data.json", "om/index.html", "data/index.html",
                "kontoplan/index.html", "kontoplan/2024/0A/index.html", "kontoplan/2024/0C/index.html",
                "kontoplan/2024/0a/index.html",
                "kommunenummer/0814/index.html", "kommunenummer/0301/index.html", "nokkeltall/index.html", "endringer/index.html",
                "endringer/endringer.json", "sammenlign/index.html", "sammenlign/oslo/index.html", "assets/sammenlign.js",
                "kommune/oslo/kart.svg", "fylke/vestland/kart.svg")) {
            assertThat(s.resolve(f)).as(f).isRegularFile();
        }
        try (Stream<Path> k = Files.list(s.resolve("kommune"))) {
            List<Path> mapper = k.toList();
            assertThat(mapper).hasSize(357).allSatisfy(m -> {
                assertThat(m.resolve("index.html")).isRegularFile();
                assertThat(m.resolve("data.json")).isRegularFile();
            });
        }
        try (Stream<Path> f = Files.list(s.resolve("fylke"))) {
            assertThat(f.toList()).hasSize(15);
        }
        // one figure page with its map per catalogue entry
        List<String> ids = Files.readAllLines(Path.of("src/main/resources/data/kommunefakta/nokkeltall.csv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(';'))).toList();
        assertThat(ids).hasSizeGreaterThan(60);
        // a ratio is coloured on a map; a count (persons, km) is not
        Set<String> antall = new HashSet<>();
        try (java.io.BufferedReader in = Files.newBufferedReader(Path.of("src/main/resources/data/kommunefakta/nokkeltall.csv"))) {
            for (no.kommunefakta.site.data.Csv.Rad r : no.kommunefakta.site.data.Csv.read(in, ';')) {
                if (r.get("nevner").isBlank() && r.get("nevner_tekst").isBlank()) {
                    antall.add(r.get("id"));
                }
            }
        }
        assertThat(antall).contains("bef_folkemengde", "sam_veier_km").doesNotContain("sam_veier_per_1000");
        for (String id : ids) {
            assertThat(s.resolve("nokkeltall/" + id + "/index.html")).as(id).isRegularFile();
            if (antall.contains(id)) {
                assertThat(s.resolve("nokkeltall/" + id + "/kart.svg")).as(id).doesNotExist();
            } else {
                assertThat(s.resolve("nokkeltall/" + id + "/kart.svg")).as(id).isRegularFile();
            }
        }
        for (String o : List.of("befolkning", "okonomi", "barnehage", "grunnskole", "helse-og-omsorg", "sosialtjeneste",
                "kultur", "samferdsel", "eiendomsforvaltning")) {
            assertThat(s.resolve("data/" + o + ".csv")).isRegularFile();
            assertThat(s.resolve("data/" + o + ".json")).isRegularFile();
        }
    }

    @Test
    void osloOgLandetHarKjenteFolketall(QuarkusMainLauncher launcher) {
        Path s = site(launcher);
        String oslo = les(s.resolve("kommune/oslo/index.html"));
        assertThat(oslo).contains("<title>Oslo kommune – Kommunefakta</title>", "<meta name=\"description\" content=\"Oslo kommune i Oslo",
                "<td>2024<td>717\u00a0710", "<span lang=\"sma\">Oslove</span>");
        assertThat(oslo).contains("5\u00a0550\u00a0203");
        String landet = les(s.resolve("landet/index.html"));
        assertThat(landet).contains("<td>2024<td>5\u00a0550\u00a0203");
        // Lyngen's official Sami and Kven names carry their language
        assertThat(les(s.resolve("kommune/lyngen/index.html"))).contains("<span lang=\"se\">Ivgu</span>", "<span lang=\"fkv\">Yykeä</span>");
        assertThat(les(s.resolve("sitemap.xml"))).contains("<loc>http://127.0.0.1:8080/kommune/oslo/</loc>");
        // homonyms as on ssb.no
        assertThat(s.resolve("kommune/valer-ostfold/index.html")).isRegularFile();
        assertThat(s.resolve("kommune/heroy-nordland/index.html")).isRegularFile();
    }

    @Test
    void nokkeltallssiderRangererAlleKommunerMedKartOgTellerOgNevner(QuarkusMainLauncher launcher) {
        Path s = site(launcher);
        String side = les(s.resolve("nokkeltall/sam_veier_per_1000/index.html"));
        // every kommune has a row, Oslo with value, teller and nevner and its KOSTRA group linked to the group's row
        assertThat(Pattern.compile("<tr id=\"k\\d{4}\"( class=\"g\\d\\d\")?>").matcher(side).results().count()).isEqualTo(357);
        // Plass, Kommune, Verdi first: on a phone they are what fits
        assertThat(side).contains("<tr id=\"k0301\" class=\"g13\"><td>357</td><th scope=\"row\"><a href=\"/kommune/oslo/\">Oslo</a></th><td>1,59</td>"
                + "<td>1\u00a0154,736</td><td>724\u00a0290</td><td class=\"t\">Oslo</td><td><a href=\"#g13\">13</a></td></tr>", "<tr id=\"g13\" class=\"g13\">",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"kart\" viewBox=\"0 0 420 ", "role=\"group\" aria-labelledby=\"kart-t kart-d\"",
                "<link rel=\"stylesheet\" href=\"/nokkeltall/sam_veier_per_1000/kart.css\">", "© Kartverket",
                "<a class=\"hopp\" href=\"#rangering\">Hopp over kartet</a>",
                "<img class=\"v0\" src=\"/nokkeltall/sam_veier_per_1000/fordeling.svg\" alt=\"Fordeling: ",
                "<link rel=\"stylesheet\" href=\"/assets/grupper.css\">");
        // a KOSTRA group is named with what its kommuner have in common
        assertThat(side).contains("<tr id=\"g12\" class=\"g12\"><th scope=\"row\">KOSTRA-gruppe 12<br><small>75\u00a0000\u2013300\u00a0000 innbyggere, "
                + "lave bundne kostnader og lave eller middels frie disponible inntekter per innbygger</small></th>");
        assertThat(les(s.resolve("sammenlign/oslo/index.html"))).contains("<p>KOSTRA-gruppe 13: Oslo kommune, lave bundne kostnader per innbygger.</p>");
        assertThat(les(s.resolve("kommune/oslo/index.html"))).contains("<dd>KOSTRA-gruppe 13: Oslo kommune, lave bundne kostnader per innbygger</dd>");
        // the map is inline, every kommune a link to its page with its name and value; the inline map carries no
        // <style> (the pages' CSP allows none): its rules are in kart.css
        String inline = side.substring(side.indexOf("<svg xmlns"), side.indexOf("</svg>", side.indexOf("<svg xmlns")));
        assertThat(inline).doesNotContain("<style").contains("<a href=\"/kommune/oslo/\"><title>Oslo: 1,59 km</title><path id=\"kart-r0301\"");
        assertThat(Pattern.compile("<a href=\"/kommune/[a-z0-9-]+/\"><title>").matcher(inline).results().count()).isGreaterThan(357);
        assertThat(les(s.resolve("nokkeltall/sam_veier_per_1000/kart.css"))).contains("#kart .k0{fill:", "#kart a:focus path{",
                "#kart:has(#kart-g13:target,.g13:target) .r path:not(.g13){opacity:.2}");
        // the region's KOSTRA group can be marked: the inline map by grupper.css, the distribution by one variant per
        // group (the same file addressed with the group's fragment), when a row of that group is the target
        for (int g = 1; g <= 17; g++) {
            String k = String.format("g%02d", g);
            assertThat(side).contains("<img class=\"vg " + k + "\" src=\"/nokkeltall/sam_veier_per_1000/fordeling.svg#f-" + k + "\"",
                    "KOSTRA-gruppe " + g + " er markert", "<g class=\"gl\" id=\"kart-" + k + "\">");
        }
        assertThat(les(s.resolve("assets/grupper.css"))).contains("main:has(tr.g13:target) .fg .g13{display:inline}",
                "main:has(tr.g13:target) tr.g13:not(:target){background:#e6eef8;box-shadow:inset 4px 0 #0b57a4}",
                "main:has(tr.g13:target) #kart .r path:not(.g13){opacity:.2}", "main:has(tr.g13:target) #kart-g13{display:inline}");
        // the choropleth has one shape per kommune, accessible, with the credit
        String kart = les(s.resolve("nokkeltall/sam_veier_per_1000/kart.svg"));
        assertThat(Pattern.compile("data-kode=\"(\\d{4})\"").matcher(kart).results().map(m -> m.group(1)).distinct().count()).isEqualTo(357);
        assertThat(kart).contains("role=\"img\"", "<title", "<desc", "Kartverket", "<g class=\"gl\" id=\"kart-g13\">",
                "#kart:has(#kart-g13:target,.g13:target) .r path:not(.g13){opacity:.2}");
        // Oslo is drawn in its group's class; the fylke map of the fylkeskommune's figures has no groups
        assertThat(Pattern.compile("<path id=\"kart-r0301\" class=\"k\\d g13\" data-kode=\"0301\"").matcher(kart).find()).isTrue();
        assertThat(les(s.resolve("nokkeltall/fv_km_per_1000/index.html"))).doesNotContain("class=\"vg", "grupper.css");
        // the fylkeskommune's figures rank the 15 fylker on a fylke map
        String fylke = les(s.resolve("nokkeltall/fv_km_per_1000/index.html"));
        assertThat(Pattern.compile("<tr id=\"f\\d{2}\">").matcher(fylke).results().count()).isEqualTo(15);
        assertThat(Pattern.compile("data-kode=\"(\\d{2})\"").matcher(les(s.resolve("nokkeltall/fv_km_per_1000/kart.svg"))).results()
                .map(m -> m.group(1)).distinct().count()).isEqualTo(15);
        // every figure row on a region page links to its figure page, at the region's row
        assertThat(les(s.resolve("kommune/oslo/index.html"))).contains("<a href=\"/nokkeltall/sam_veier_per_1000/#k0301\">",
                "<img src=\"/kommune/oslo/kart.svg\"");
        assertThat(les(s.resolve("fylke/vestland/index.html"))).contains("<a href=\"/nokkeltall/fv_km_per_1000/#f46\">");
        assertThat(les(s.resolve("landet/index.html"))).contains("<a href=\"/nokkeltall/sam_veier_per_1000/#landet\">");
    }

    @Test
    void sammenligningOgEndringslogg(QuarkusMainLauncher launcher) throws IOException {
        Path s = site(launcher);
        String oslo = les(s.resolve("sammenlign/oslo/index.html"));
        assertThat(oslo).contains("<th>Oslo<th>KOSTRA-gruppe 13<th>Oslo (fylket)<th>Landet</thead>").doesNotContain("<script");
        String velger = les(s.resolve("sammenlign/index.html"));
        assertThat(Pattern.compile("<input id=\"r\\d\" name=\"r\"").matcher(velger).results().count()).isEqualTo(5);
        assertThat(velger).contains("<option value=\"kommune/oslo\">Oslo (kommune)</option>", "<a href=\"/sammenlign/oslo/\">Oslo</a>");
        JsonNode log = new ObjectMapper().readTree(s.resolve("endringer/endringer.json").toFile());
        String publisert = log.at("/utgivelser/0/publisert").asText();
        assertThat(log.at("/utgivelser/0/tabeller/0/tabell").asText()).isEqualTo("07459");
        assertThat(les(s.resolve("endringer/index.html"))).contains("<time datetime=\"" + publisert + "\">", "Første utgivelse i loggen");
        // every page says when its data were fetched (the newest table in refresh-status.csv) and when it was published
        try (Stream<Path> w = Files.walk(s)) {
            List<Path> utenFerskhet = w.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !les(p).contains("Data hentet fra SSB: <time datetime=\"2026-11-23T00:00:00Z\">23.11.2026</time>. Publisert: <time datetime=\"" + publisert + "\">"))
                    .toList();
            assertThat(utenFerskhet).isEmpty();
        }
    }

    @Test
    void gamleKommunenummerVideresendes(QuarkusMainLauncher launcher) {
        Path s = site(launcher);
        assertThat(les(s.resolve("kommunenummer/0814/index.html"))).contains("<meta http-equiv=\"refresh\" content=\"0; url=/kommune/bamble/\">");
        String aalesund = les(s.resolve("kommunenummer/1507/index.html"));
        assertThat(aalesund).doesNotContain("http-equiv").contains("/kommune/alesund/", "/kommune/haram/");
        // the documented form /kontoplan/2024/0A/ is the page; the lower-case form sends you there
        assertThat(les(s.resolve("kontoplan/2024/0a/index.html"))).contains("<meta http-equiv=\"refresh\" content=\"0; url=/kontoplan/2024/0A/\">");
        // with the names valid in that year (Kontoplan's year-aware names from names_full.csv)
        assertThat(les(s.resolve("kontoplan/2024/0A/index.html"))).contains("<link rel=\"canonical\" href=\"/kontoplan/2024/0A/\">",
                "<tr id=\"f100\"><th scope=\"row\">100</th><td class=\"t\">Politisk styring</td>");
    }

    @Test
    void nedlastingerSomNorskExcelOgJsonStat(QuarkusMainLauncher launcher) throws IOException {
        Path s = site(launcher);
        byte[] csv = Files.readAllBytes(s.resolve("data/samferdsel.csv"));
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        assertThat(csv[1] & 0xff).isEqualTo(0xBB);
        assertThat(csv[2] & 0xff).isEqualTo(0xBF);
        String tekst = new String(csv, StandardCharsets.UTF_8);
        assertThat(tekst).contains("\r\n0301;Oslo;kommune;sam_veier_per_1000;Kommunale veier og gater per 1000 innbyggere;km;2024;1,59;;1154,736;;724290;;beregnet;");
        try (InputStream in = Files.newInputStream(s.resolve("data/samferdsel.json"))) {
            Datasett d = JsonStat.read(in);
            assertThat(d.celle(Map.of("region", "0301", "nokkeltall", "sam_veier_per_1000", "maal", "verdi", "Tid", "2024")).verdi())
                    .isEqualByComparingTo("1.59");
        }
        try (InputStream in = Files.newInputStream(s.resolve("data/helse-og-omsorg.json"))) {
            Datasett d = JsonStat.read(in);
            assertThat(d.celler()).anyMatch(c -> c.status() == Status.PRIKKET);
        }
        JsonNode side = new ObjectMapper().readTree(s.resolve("kommune/oslo/data.json").toFile());
        assertThat(side.at("/region/kode").asText()).isEqualTo("0301");
        assertThat(side.at("/tjenesteomraader/0/nokkeltall/0/aar/0/verdi").asInt()).isEqualTo(717710);
    }

    @Test
    void ingenBrutteInterneLenker(QuarkusMainLauncher launcher) throws IOException {
        Path s = site(launcher);
        Pattern lenke = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");
        Pattern idm = Pattern.compile(" id=\"([^\"]+)\"");
        Map<Path, Set<String>> ider = new HashMap<>();
        List<String> brutt = new ArrayList<>();
        int antall = 0;
        List<Path> html;
        try (Stream<Path> w = Files.walk(s)) {
            html = w.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path p : html) {
            Matcher m = lenke.matcher(les(p));
            while (m.find()) {
                antall++;
                String href = m.group(1);
                String fragment = null;
                int hash = href.indexOf('#');
                if (hash >= 0) {
                    fragment = href.substring(hash + 1);
                    href = href.substring(0, hash);
                }
                Path maal = s.resolve(href.substring(1));
                if (href.endsWith("/") || Files.isDirectory(maal)) {
                    maal = maal.resolve("index.html");
                }
                if (!Files.isRegularFile(maal)) {
                    brutt.add(s.relativize(p) + " -> " + m.group(1));
                    continue;
                }
                if (fragment != null && !fragment.isEmpty()) {
                    Set<String> i = ider.computeIfAbsent(maal, x -> {
                        Set<String> set = new HashSet<>();
                        Matcher im = idm.matcher(les(x));
                        while (im.find()) {
                            set.add(im.group(1));
                        }
                        return set;
                    });
                    if (!i.contains(fragment)) {
                        brutt.add(s.relativize(p) + " -> " + m.group(1) + " (no such id)");
                    }
                }
            }
        }
        assertThat(brutt).as("broken internal links").isEmpty();
        assertThat(html).hasSizeGreaterThan(1200);
        assertThat(antall).isGreaterThan(40_000);
    }

    @Test
    void kommunesiderVeierHoyst40KbMedCss(QuarkusMainLauncher launcher) throws IOException {
        Path s = site(launcher);
        long css = Files.size(s.resolve("assets/site.css"));
        long maks = 0;
        String tyngst = "";
        try (Stream<Path> k = Files.list(s.resolve("kommune"))) {
            for (Path m : k.toList()) {
                long v = Files.size(m.resolve("index.html")) + css;
                if (v > maks) {
                    maks = v;
                    tyngst = m.getFileName().toString();
                }
            }
        }
        assertThat(maks).as("heaviest kommune page (" + tyngst + ") HTML+CSS bytes").isLessThanOrEqualTo(MAKS_SIDEVEKT);
        // no JavaScript is needed to read a kommune page
        assertThat(les(s.resolve("kommune/oslo/index.html"))).doesNotContain("<script");
    }

    @Test
    void everyKommuneAreaIsOnEveryKommunePageAndAnAreaWithoutNumbersIsOneParagraph(QuarkusMainLauncher launcher) throws IOException {
        Path s = site(launcher);
        List<String> omraader = Files.readAllLines(Path.of("src/main/resources/data/kommunefakta/tjenesteomraader.csv")).stream()
                .skip(1).filter(l -> l.endsWith(";kommune")).map(l -> l.substring(0, l.indexOf(';'))).toList();
        assertThat(omraader).contains("barnevern", "kirke", "plan-byggesak-miljo", "vann", "avlop", "avfall", "brann", "bolig");
        for (String k : List.of("oslo", "lillestrom", "utsira")) {
            String html = les(s.resolve("kommune/" + k + "/index.html"));
            for (String o : omraader) {
                assertThat(html).as(k + " shows " + o).contains("<section id=\"" + o + "\">");
            }
        }
        // the barnevern figures have no embedded kommune data: the area is one line at the end, its figures linked at
        // Lillestrøm's place on their pages, and no table; the table of contents does not lead into it as an area
        String lillestrom = les(s.resolve("kommune/lillestrom/index.html"));
        String barnevern = lillestrom.substring(lillestrom.indexOf("<section id=\"barnevern\">"),
                lillestrom.indexOf("</section>", lillestrom.indexOf("<section id=\"barnevern\">")));
        assertThat(barnevern).contains("<h3>Barnevern</h3>", "<a href=\"/nokkeltall/bv_per_innb/#k3205\">").doesNotContain("<table", "..");
        assertThat(lillestrom.indexOf("<section id=\"barnevern\">")).isGreaterThan(lillestrom.indexOf("<h2 id=\"uten-h\">Uten tall for Lillestrøm</h2>"));
        assertThat(lillestrom).doesNotContain("<li><a href=\"#barnevern\">", "ingen ennå", "Ingen tall ennå");
        // an area with numbers keeps its table
        assertThat(lillestrom.substring(lillestrom.indexOf("<section id=\"grunnskole\">"))).startsWith("<section id=\"grunnskole\">\n<h2>Grunnskole</h2>\n<div class=\"tw\" tabindex=\"0\" role=\"region\" aria-label=\"Grunnskole\"><table>");
        // /om/ names the SSB table and cell that fill a figure which had only the embedded nøkkeltall profile
        String om = les(s.resolve("om/index.html"));
        String kulturskole = om.substring(om.indexOf("<div id=\"kul_kulturskole\">"), om.indexOf("</div>", om.indexOf("<div id=\"kul_kulturskole\">")));
        assertThat(kulturskole).contains("Fylles fra SSB-tabell: 07459 ", "; 13135 ", "(publisert): innholdskode KOSmusikkandelba0000; "
                + "etikettregel «kulturskole» (prosent); kontrolleres mot SSBs metadata ved neste henting, ikke hentet ennå");
        assertThat(om).contains("12209 KOSTRA-nøkkeltall for pleie og omsorg (K)", "innholdskode KOShjtj80aarover0001",
                "innholdskode KOSandel120000");
        // an embedded extract: the code with SSB's label as seen in the answer, and when it was fetched
        // the population: 07459 by label, the embedded csdata extract (collected 23.11.2026) until the first refresh
        assertThat(kulturskole).contains("07459 Befolkning, etter region, kjønn, alder og år (nevner): innholdskode Personer1, "
                + "Alder=006:015; etikettregel «Personer»; kontrolleres mot SSBs metadata ved neste henting, data hentet 23.11.2026");
        String grunnskole = om.substring(om.indexOf("<div id=\"gs_per_innb\">"), om.indexOf("</div>", om.indexOf("<div id=\"gs_per_innb\">")));
        assertThat(grunnskole).contains("(teller): innholdskode KOSbelop0000 «Beløp (1000 kr)», KOKregnskapsomfa0000=A, "
                + "KOKfunksjon0000=FGK8b, KOKart0000=AGD2; etikettregel «Beløp» (1000 kr); kontrollert mot SSBs metadata, data hentet 13.6.2021");
        // the figures the profile alone filled before now name their table; a content without a known code is chosen by label
        String sosialhjelp = om.substring(om.indexOf("<div id=\"sos_tilfeller\">"), om.indexOf("</div>", om.indexOf("<div id=\"sos_tilfeller\">")));
        assertThat(sosialhjelp).contains("Fylles fra SSB-tabell: 13995 ", "innholdskode KOSsosantkliente0000");
        String laerere = om.substring(om.indexOf("<div id=\"bhg_laerere\">"), om.indexOf("</div>", om.indexOf("<div id=\"bhg_laerere\">")));
        assertThat(laerere).contains("13502 ", "innholdskode velges etter etiketten; etikettregel «barnehagelærer» (prosent)");
        assertThat(om).doesNotContain("Oppdateres ikke fra SSB");
        String veier = om.substring(om.indexOf("<div id=\"sam_veier_km\">"), om.indexOf("</div>", om.indexOf("<div id=\"sam_veier_km\">")));
        // roads and population are planned from SSB tables too: no figure is a fixed extract alone
        assertThat(veier).contains("Fylles fra SSB-tabell: 11814 ", "etikettregel «Kommunale veier og gater» (km)")
                .doesNotContain("Fast uttrekk");
        assertThat(om).doesNotContain("Fast uttrekk; hentes ikke fra SSBs PxWebApi");
        assertThat(kulturskole).doesNotContain("Oppdateres ikke", "Fast uttrekk");
        // a figure with a fixed part names it: europa- and riksveier come from the NVDB extract only
        String andel = om.substring(om.indexOf("<div id=\"sam_kommunal_andel\">"), om.indexOf("</div>", om.indexOf("<div id=\"sam_kommunal_andel\">")));
        assertThat(andel).contains("Fra fast uttrekk, ikke fra SSBs PxWebApi: Europaveier, Riksveier.");
        // the property figures are back, planned from SSB's current tables with the 2015 survey as their base year
        String eiendom = om.substring(om.indexOf("<div id=\"eif_korr_per_m2\">"), om.indexOf("</div>", om.indexOf("<div id=\"eif_korr_per_m2\">")));
        assertThat(eiendom).contains("Fylles fra SSB-tabell: 12367 ", "; 11906 ", "innholdskode KOSareal0000", "KOKeieform0000=samlet",
                "etikettregel «Areal» (m2)").doesNotContain("Fast uttrekk", "ikke fra SSBs PxWebApi");
        String eiendomsandel = om.substring(om.indexOf("<div id=\"eif_eiendom_andel\">"),
                om.indexOf("</div>", om.indexOf("<div id=\"eif_eiendom_andel\">")));
        assertThat(eiendomsandel).contains("12362 ", "KOKfunksjon0000=FGK6a, KOKart0000=AGD10",
                "Årene SSBs publiserte tall ikke har, er beregnet fra fast uttrekk: ").doesNotContain("ikke fra SSBs PxWebApi");
        assertThat(om).doesNotContain("<h2 id=\"uttatt\">");
        assertThat(s.resolve("nokkeltall/eif_korr_per_m2/index.html")).exists();
    }

    @Test
    void axeFinnerIngenBruddIEkteNettleser(QuarkusMainLauncher launcher) throws IOException {
        Nettleser.kreves();
        Path s = site(launcher);
        ChromeDriver nettleser = Nettleser.start();
        try (StaticServer server = StaticServer.start(s, 0)) {
            List<String> brudd = new ArrayList<>();
            for (String side : List.of("", "kommune/oslo/", "kommune/lyngen/", "fylke/vestland/", "landet/", "kontoplan/2024/0C/",
                    "nokkeltall/", "nokkeltall/sam_veier_per_1000/", "nokkeltall/fv_km_per_1000/", "sammenlign/", "sammenlign/oslo/",
                    "sammenlign/?r=kommune/oslo&r=kommune/bergen&r=fylke/vestland", "endringer/")) {
                nettleser.get(server.url() + side);
                assertThat(nettleser.getTitle()).as(side).contains("Kommunefakta");
                Results r = new AxeBuilder().setTimeout(300).analyze(nettleser);
                for (Rule v : r.getViolations()) {
                    brudd.add("/" + side + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " – " + v.getNodes().size()
                            + " nodes, e.g. " + v.getNodes().get(0).getTarget());
                }
                assertThat(r.getPasses()).as(side + " " + r.getErrorMessage()).isNotEmpty();
            }
            assertThat(brudd).as("axe-core violations").isEmpty();

            // from Bærum's row on its page: the inline map fades the kommuner outside KOSTRA group 12 and shows the group's
            // legend line (CSS alone), the distribution with the group marked replaces the plain one
            nettleser.get(server.url() + "nokkeltall/sam_veier_per_1000/#k3201");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-r4601')).opacity")).as("Bergen, group 12").isEqualTo("1");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-r0301')).opacity")).as("Oslo, group 13").isEqualTo("0.2");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-g12')).display")).isEqualTo("inline");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-g11')).display")).isEqualTo("none");
            assertThat(synlig(nettleser, ".dg img.v0")).isFalse();
            assertThat(synlig(nettleser, ".dg img.g12")).isTrue();
            assertThat(synlig(nettleser, ".dg img.g11")).isFalse();
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('k3205')).backgroundColor"))
                    .as("Lillestrøm, also in group 12, is tinted").isEqualTo("rgb(230, 238, 248)");
            assertThat(new AxeBuilder().setTimeout(300).analyze(nettleser).getViolations()).as("axe with a group marked").isEmpty();
            // with the page's script, Bærum's own shape is outlined, on the map and in the Oslo inset
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-r3201')).stroke")).isEqualTo("rgb(217, 95, 2)");
            assertThat(nettleser.executeScript("return [].filter.call(document.querySelectorAll('#kart [data-kode=\"3201\"]'),"
                    + "function(p){return getComputedStyle(p).stroke==='rgb(217, 95, 2)'}).length")).isEqualTo(2L);
            // a fylke figure: the fylke's row outlines the fylke on the fylke map, whose fylker link to their pages
            nettleser.get(server.url() + "nokkeltall/fv_km_per_1000/#f46");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-r46')).stroke")).isEqualTo("rgb(217, 95, 2)");
            assertThat(nettleser.executeScript("return document.getElementById('kart-r46').parentNode.getAttribute('href')")).isEqualTo("/fylke/vestland/");
            // the standalone map file still marks a region and a group by its fragment
            nettleser.get(server.url() + "nokkeltall/sam_veier_per_1000/kart.svg#kart-r3201");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-r3201')).stroke")).isEqualTo("rgb(217, 95, 2)");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-r0301')).opacity")).isEqualTo("0.2");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-g12')).display")).isEqualTo("inline");
            // the map file itself fades every kommune outside the group and shows the group's legend line
            nettleser.get(server.url() + "nokkeltall/sam_veier_per_1000/kart.svg#kart-g12");
            assertThat(nettleser.executeScript("return getComputedStyle(document.querySelector('path[data-kode=\"4601\"]')).opacity")).as("Bergen, group 12").isEqualTo("1");
            assertThat(nettleser.executeScript("return getComputedStyle(document.querySelector('path[data-kode=\"0301\"]')).opacity")).as("Oslo, group 13").isEqualTo("0.2");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-g12')).display")).isEqualTo("inline");
            assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-g13')).display")).isEqualTo("none");
            nettleser.get(server.url() + "nokkeltall/sam_veier_per_1000/fordeling.svg#f-g12");
            assertThat(nettleser.executeScript("return getComputedStyle(document.querySelector('path.g12')).fill")).isEqualTo("rgb(11, 87, 164)");
            assertThat(nettleser.executeScript("return getComputedStyle(document.querySelector('path.g11')).fill")).isEqualTo("rgb(185, 196, 210)");
        } finally {
            nettleser.quit();
        }
    }

    private static boolean synlig(ChromeDriver nettleser, String velger) {
        return !"none".equals(nettleser.executeScript("return getComputedStyle(document.querySelector(arguments[0])).display", velger));
    }
}

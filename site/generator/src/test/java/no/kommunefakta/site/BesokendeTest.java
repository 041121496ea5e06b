package no.kommunefakta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import no.kommunefakta.site.serve.StaticServer;

/**
 * The site as a visitor sees it, in a real browser: the headline answers on the first screen, nothing scrolls
 * sideways on a phone, chart text stays inside its drawing, no jargon, nothing empty, and axe finds nothing.
 */
@QuarkusMainTest
class BesokendeTest {

    static final Path UT = Path.of("target/test-site-besok");
    static final List<String> KOMMUNER = List.of("oslo", "utsira", "lorenskog", "bergen", "tromso", "karasjok", "modalen", "baerum",
            "lillestrom", "kautokeino");
    /** One or more pages of every page type. */
    static final List<String> SIDETYPER = List.of("", "404.html", "fylke/vestland/", "fylke/oslo/", "landet/", "nokkeltall/",
            "nokkeltall/sam_veier_per_1000/", "nokkeltall/bef_folkemengde/", "nokkeltall/gs_grunnskolepoeng/", "nokkeltall/fv_km_per_1000/",
            "sammenlign/", "sammenlign/oslo/", "endringer/", "om/", "data/", "kontoplan/", "kontoplan/2024/0A/", "kommunenummer/1507/");
    /** Content codes, command names, repository names and build jargon: for /om/ and /endringer/ only. */
    static final Pattern SJARGONG = Pattern.compile("ContentsCode|\\bKOS[A-Za-z0-9]*\\d{4}\\b|\\brefresh\\b|kostra-cli|ikke innebygd"
            + "|niphr|csdata|aprestmo|norway-geodata|kostrahoved");

    private static LaunchResult render;
    private static ChromeDriver nettleser;
    private static StaticServer server;

    private static synchronized String url(QuarkusMainLauncher launcher) {
        Nettleser.kreves();
        if (render == null) {
            render = launcher.launch("render", UT.toString());
            assertThat(render.exitCode()).as(render.getErrorOutput()).isZero();
        }
        if (server == null) {
            try {
                server = StaticServer.start(UT, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nettleser = Nettleser.start();
        }
        return server.url();
    }

    @AfterAll
    static void stopp() {
        if (nettleser != null) {
            nettleser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static List<String> regionsider() {
        List<String> l = new ArrayList<>();
        KOMMUNER.forEach(k -> l.add("kommune/" + k + "/"));
        l.addAll(List.of("fylke/vestland/", "fylke/oslo/", "fylke/finnmark/", "landet/"));
        return l;
    }

    /** Every kommune, fylke and landet page, as paths below the site root. */
    private static List<String> alleRegionsider() {
        List<String> l = new ArrayList<>();
        for (String mappe : List.of("kommune", "fylke")) {
            try (Stream<Path> w = Files.list(UT.resolve(mappe))) {
                w.filter(p -> Files.isRegularFile(p.resolve("index.html"))).map(p -> mappe + "/" + p.getFileName() + "/").sorted().forEach(l::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        l.add("landet/");
        return l;
    }

    @Test
    void hverRegionsideHarSeksTilAatteHovedtallMedPlass(QuarkusMainLauncher launcher) throws IOException {
        url(launcher);
        List<String> sider = alleRegionsider();
        assertThat(sider).hasSize(357 + 15 + 1);
        Pattern kort = Pattern.compile("<ul class=\"kort\">(.*?)</ul></section>", Pattern.DOTALL);
        Pattern plass = Pattern.compile("<p class=\"pl\">plass \\d+ av \\d+( med tall)?</p>");
        List<String> brudd = new ArrayList<>();
        for (String side : sider) {
            String html = Files.readString(UT.resolve(side).resolve("index.html"), StandardCharsets.UTF_8);
            Matcher m = kort.matcher(html);
            String liste = m.find() ? m.group(1) : "";
            String[] kortene = liste.split("<li>", -1);
            int antall = kortene.length - 1;
            if (antall < 6 || antall > 8) {
                brudd.add(side + ": " + antall + " cards");
            }
            for (int i = 1; i < kortene.length; i++) {
                if (!kortene[i].contains("<b>") || !side.equals("landet/") && !plass.matcher(kortene[i]).find()) {
                    brudd.add(side + ": card " + i + " without a value or rank");
                }
            }
        }
        assertThat(brudd).as("headline cards per region page").isEmpty();
    }

    @Test
    void hverRegionsPlassErIForsteSkjermbilde(QuarkusMainLauncher launcher) {
        String u = url(launcher);
        List<String> utenfor = new ArrayList<>();
        // the first card's rank on both screens; on the wide one every card's rank (two rows of cards). In the browser
        // over the sample kommuner, every fylke and landet (every page's cards are counted without a browser above):
        // loading all 373 pages twice took 20 minutes of the build
        List<String> utvalg = new ArrayList<>(KOMMUNER.stream().map(k -> "kommune/" + k + "/").toList());
        alleRegionsider().stream().filter(s -> !s.startsWith("kommune/")).forEach(utvalg::add);
        for (int[] skjerm : new int[][] {{1280, 800, 8}, {390, 844, 1}}) {
            Nettleser.visning(nettleser, skjerm[0], skjerm[1]);
            for (String side : utvalg) {
                nettleser.get(u + side);
                String velger = side.equals("landet/") ? ".kort li .v" : ".kort li .pl";
                Object bunn = nettleser.executeScript("var e=[].slice.call(document.querySelectorAll(arguments[0]),0,arguments[1]);"
                        + "if(!e.length)return -1;var b=0;e.forEach(function(x){var r=x.getBoundingClientRect();"
                        + "if(r.top<0||r.bottom>innerHeight)b=Math.max(b,Math.round(r.bottom))});return b", velger, skjerm[2]);
                if (((Number) bunn).intValue() != 0) {
                    utenfor.add(side + " at " + skjerm[0] + "×" + skjerm[1] + ": " + velger + " bottom " + bunn);
                }
            }
        }
        assertThat(utenfor).as("headline ranks outside the first screen").isEmpty();
    }

    @Test
    void osloRangeresBlantAlleKommuner(QuarkusMainLauncher launcher) {
        String u = url(launcher);
        Nettleser.visning(nettleser, 1280, 800);
        nettleser.get(u + "kommune/oslo/");
        assertThat((String) nettleser.executeScript("return document.querySelector('.kort .pl').textContent")).matches("plass \\d+ av 357");
        // the card's KOSTRA group links to the group's description in the page's facts
        assertThat((String) nettleser.executeScript("var a=document.querySelector('.kort .sm a');return a.getAttribute('href')+' '+a.textContent"))
                .isEqualTo("#kg KOSTRA-gruppe 13");
        assertThat((String) nettleser.executeScript("return document.getElementById('kg').textContent")).startsWith("KOSTRA-gruppe");
    }

    @Test
    void ingenSideRullerSidelengsPaaTelefon(QuarkusMainLauncher launcher) {
        String u = url(launcher);
        List<String> sider = new ArrayList<>(SIDETYPER);
        KOMMUNER.forEach(k -> sider.add("kommune/" + k + "/"));
        List<String> brudd = new ArrayList<>();
        for (int bredde : new int[] {320, 390}) {
            Nettleser.visning(nettleser, bredde, 800);
            for (String side : sider) {
                nettleser.get(u + side);
                long sw = ((Number) nettleser.executeScript("return document.documentElement.scrollWidth")).longValue();
                if (sw > bredde) {
                    brudd.add("/" + side + " at " + bredde + " px: scrollWidth " + sw);
                }
            }
        }
        assertThat(brudd).isEmpty();
    }

    @Test
    void allSvgTekstLiggerInnenforTegningen(QuarkusMainLauncher launcher) {
        String u = url(launcher);
        Nettleser.visning(nettleser, 1280, 800);
        Set<String> filer = new LinkedHashSet<>();
        List<String> brudd = new ArrayList<>();
        List<String> sider = new ArrayList<>(regionsider());
        sider.addAll(List.of("nokkeltall/sam_veier_per_1000/", "nokkeltall/bef_folkemengde/", "nokkeltall/gs_grunnskolepoeng/",
                "nokkeltall/fv_km_per_1000/"));
        for (String side : sider) {
            nettleser.get(u + side);
            @SuppressWarnings("unchecked")
            List<String> src = (List<String>) nettleser.executeScript(
                    "return [].map.call(document.querySelectorAll('img'),function(i){return i.getAttribute('src')})"
                            + ".filter(function(s){return /\\.svg(#|$)/.test(s)}).map(function(s){return s.split('#')[0]})");
            filer.addAll(src);
            brudd.addAll(tekstUtenfor(side));
        }
        assertThat(filer).hasSizeGreaterThan(100);
        for (String f : filer) {
            nettleser.get(u + f.substring(1));
            brudd.addAll(tekstUtenfor(f));
        }
        assertThat(brudd).as("SVG text outside its drawing").isEmpty();
    }

    /** Every rendered text of every SVG on the current page, its box (getBBox through its CTM) inside the SVG's viewport. */
    @SuppressWarnings("unchecked")
    private static List<String> tekstUtenfor(String hvor) {
        List<String> ut = (List<String>) nettleser.executeScript("""
                var ut=[];
                document.querySelectorAll('svg').forEach(function(svg){
                  if(svg.ownerSVGElement)return;
                  var vb=svg.viewBox.baseVal, w=vb&&vb.width?vb.width:svg.width.baseVal.value, h=vb&&vb.height?vb.height:svg.height.baseVal.value;
                  var rot=svg.getScreenCTM();
                  svg.querySelectorAll('text').forEach(function(t){
                    if(!t.getClientRects().length)return;
                    var b=t.getBBox(); if(!b.width&&!b.height)return;
                    var m=rot.inverse().multiply(t.getScreenCTM());
                    [[b.x,b.y],[b.x+b.width,b.y+b.height]].forEach(function(p){
                      var q=new DOMPoint(p[0],p[1]).matrixTransform(m);
                      var x0=vb&&vb.width?vb.x:0, y0=vb&&vb.height?vb.y:0;
                      if(q.x<x0-0.5||q.y<y0-0.5||q.x>x0+w+0.5||q.y>y0+h+0.5){ut.push('"'+t.textContent+'" at '+Math.round(q.x)+','+Math.round(q.y)+' outside 0 0 '+w+' '+h)}
                    });
                  });
                });
                return ut.filter(function(v,i,a){return a.indexOf(v)===i});""");
        return ut.stream().map(s -> hvor + ": " + s).toList();
    }

    @Test
    void ingenKoderKommandonavnEllerTommeOverskrifter(QuarkusMainLauncher launcher) throws IOException {
        String u = url(launcher);
        Nettleser.visning(nettleser, 1280, 800);
        List<String> funn = new ArrayList<>();
        List<String> sider = new ArrayList<>(SIDETYPER);
        sider.addAll(regionsider());
        for (String side : sider) {
            nettleser.get(u + side);
            String tekst = (String) nettleser.executeScript("return document.body.innerText");
            if (!side.startsWith("om/") && !side.startsWith("endringer/")) {
                Matcher m = SJARGONG.matcher(tekst);
                while (m.find()) {
                    funn.add("/" + side + ": " + m.group());
                }
            }
            if (tekst.toLowerCase().contains("ingen ennå")) {
                funn.add("/" + side + ": ingen ennå");
            }
        }
        // and in the text of every page written, without a browser
        Pattern merke = Pattern.compile("<script.*?</script>|<[^>]*>", Pattern.DOTALL);
        try (Stream<Path> w = Files.walk(UT)) {
            for (Path p : w.filter(p -> p.toString().endsWith(".html")).toList()) {
                String rel = UT.relativize(p).toString();
                String tekst = merke.matcher(Files.readString(p, StandardCharsets.UTF_8)).replaceAll(" ");
                if (!rel.startsWith("om/") && !rel.startsWith("endringer/")) {
                    Matcher m = SJARGONG.matcher(tekst);
                    if (m.find()) {
                        funn.add(rel + ": " + m.group());
                    }
                }
                if (tekst.toLowerCase().contains("ingen ennå")) {
                    funn.add(rel + ": ingen ennå");
                }
            }
        }
        assertThat(funn).isEmpty();
    }

    @Test
    void axeFinnerIngenBruddPaa320Og1280(QuarkusMainLauncher launcher) {
        String u = url(launcher);
        // one page of every type (the figure page with 357 rows once, arriving at a row; axe needs minutes for it here)
        List<String> sider = new ArrayList<>(SIDETYPER);
        sider.removeAll(List.of("fylke/oslo/", "nokkeltall/sam_veier_per_1000/", "nokkeltall/bef_folkemengde/", "kontoplan/"));
        sider.addAll(List.of("kommune/oslo/", "kommune/utsira/", "nokkeltall/sam_veier_per_1000/#k1151"));
        List<String> brudd = new ArrayList<>();
        for (int bredde : new int[] {320, 1280}) {
            Nettleser.visning(nettleser, bredde, 800);
            for (String side : sider) {
                nettleser.get(u + side);
                // a figure page holds up to 357 ranked rows: axe needs minutes on a busy 2-core machine
                Results r = new AxeBuilder().setTimeout(300).analyze(nettleser);
                for (Rule v : r.getViolations()) {
                    brudd.add("/" + side + " at " + bredde + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " – "
                            + v.getNodes().size() + " nodes, e.g. " + v.getNodes().get(0).getTarget());
                }
                assertThat(r.getPasses()).as(side + " " + r.getErrorMessage()).isNotEmpty();
            }
        }
        assertThat(brudd).as("axe-core violations").isEmpty();
    }

    @Test
    void ankomstFraEnKommunesRadViserBanner(QuarkusMainLauncher launcher) {
        String u = url(launcher);
        Nettleser.visning(nettleser, 390, 844);
        nettleser.get(u + "nokkeltall/sam_veier_per_1000/#k1151");
        String banner = (String) nettleser.executeScript("var b=document.getElementById('ankomst');return b.hidden?'':b.textContent");
        assertThat(banner).matches("Utsira: [0-9 ,\u00a0]+ – plass \\d+ av \\d+");
        Object synlig = nettleser.executeScript("var r=document.getElementById('ankomst').getBoundingClientRect();return r.top>=0&&r.bottom<=innerHeight");
        assertThat(synlig).isEqualTo(true);
        // the row it lands on is not hidden under the sticky banner, and the inline map outlines Utsira (shape and ring)
        Object underBanner = nettleser.executeScript("return document.getElementById('k1151').getBoundingClientRect().top"
                + ">=document.getElementById('ankomst').getBoundingClientRect().bottom");
        assertThat(underBanner).isEqualTo(true);
        assertThat(nettleser.executeScript("return [].map.call(document.querySelectorAll('#kart a[href=\"/kommune/utsira/\"] path'),"
                + "function(p){return getComputedStyle(p).stroke}).join()")).isEqualTo("rgb(217, 95, 2),rgb(217, 95, 2)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kartetsKommunerErLenkerMedUtsnittOgSynligeSmaaKommuner(QuarkusMainLauncher launcher) throws IOException {
        String u = url(launcher);
        Nettleser.visning(nettleser, 1280, 800);
        nettleser.get(u + "nokkeltall/sam_veier_per_1000/");
        // every shape on the inline map (insets included) links to a page that exists
        List<String> lenker = (List<String>) nettleser.executeScript(
                "return [].map.call(document.querySelectorAll('#kart a'),function(a){return a.getAttribute('href')})");
        assertThat(new LinkedHashSet<>(lenker)).hasSize(357).allSatisfy(h -> assertThat(h).startsWith("/kommune/"));
        assertThat(lenker.stream().filter(h -> !Files.isRegularFile(UT.resolve(h.substring(1)).resolve("index.html"))).toList()).isEmpty();
        assertThat((Long) nettleser.executeScript("return document.querySelectorAll('#kart a > title').length")).isEqualTo((long) lenker.size());
        // the dense city regions in labelled insets, whose shapes are links too
        List<List<Object>> utsnitt = (List<List<Object>>) nettleser.executeScript("""
                return [].map.call(document.querySelectorAll('#kart g.u'),function(g){var r=g.getBoundingClientRect();
                  return [g.querySelector('text').textContent,g.querySelectorAll('a').length,Math.round(r.width),Math.round(r.height)]})""");
        assertThat(utsnitt).extracting(l -> l.get(0)).containsExactly("Oslo-området", "Stavanger/Sandnes", "Bergen", "Trondheim");
        assertThat(utsnitt).allSatisfy(l -> assertThat(((Number) l.get(1)).intValue()).isGreaterThan(3))
                .allSatisfy(l -> assertThat(((Number) l.get(2)).intValue()).isGreaterThanOrEqualTo(90));
        assertThat((Long) nettleser.executeScript("return document.querySelectorAll('#kart g.u a[href=\"/kommune/baerum/\"]').length")).isEqualTo(1L);
        // Utsira, a speck at this scale, has a ring marker of at least 6×6 px in its link
        List<Number> ring = (List<Number>) nettleser.executeScript("var r=document.querySelector('#kart a[href=\"/kommune/utsira/\"] path.s')"
                + ".getBoundingClientRect();return [r.width,r.height]");
        assertThat(ring).allSatisfy(v -> assertThat(v.doubleValue()).isGreaterThanOrEqualTo(6));
        // keyboard focus on a shape: light fill and a dark outline (>= 3:1 against dark and light neighbours and the page)
        nettleser.executeScript("document.querySelector('#kart a[href=\"/kommune/oslo/\"]').focus()");
        assertThat(nettleser.executeScript("return document.activeElement.getAttribute('href')")).isEqualTo("/kommune/oslo/");
        assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-r0301')).fill")).isEqualTo("rgb(255, 243, 196)");
        assertThat(nettleser.executeScript("return getComputedStyle(document.getElementById('kart-r0301')).stroke")).isEqualTo("rgb(26, 26, 26)");
        // every inset joined to its window on the map by a leader
        assertThat((Long) nettleser.executeScript("return document.querySelectorAll('#kart path.ul').length")).isEqualTo(4L);
        // a fylke page's map of its kommuner: every kommune a link with its title, dense ones in a labelled inset
        for (String[] f : new String[][] {{"vestland", "46", "Bergen", "/kommune/askoy/"}, {"akershus", "32", "Rundt Oslo", "/kommune/lorenskog/"},
            {"rogaland", "11", "Stavanger/Sandnes", "/kommune/randaberg/"}, {"trondelag", "50", "Trondheim", "/kommune/malvik/"}}) {
            nettleser.get(u + "fylke/" + f[0] + "/");
            List<String> kommuner = (List<String>) nettleser.executeScript(
                    "return [].map.call(document.querySelectorAll('#kommunekart a'),function(a){return a.getAttribute('href')})");
            long iFylket = Files.readString(UT.resolve("fylke/" + f[0] + "/index.html")).split("<ul class=\"kol\">")[1].split("</ul>")[0]
                    .split("<li>").length - 1;
            assertThat(new LinkedHashSet<>(kommuner)).as(f[0]).hasSize((int) iFylket)
                    .allSatisfy(h -> assertThat(UT.resolve(h.substring(1)).resolve("index.html")).isRegularFile());
            assertThat((Long) nettleser.executeScript("return document.querySelectorAll('#kommunekart a > title').length"))
                    .isEqualTo((long) kommuner.size());
            List<List<Object>> ruter = (List<List<Object>>) nettleser.executeScript("""
                    return [].map.call(document.querySelectorAll('#kommunekart g.u'),function(g){
                      return [g.querySelector('text').textContent,[].map.call(g.querySelectorAll('a'),function(a){return a.getAttribute('href')})]})""");
            assertThat(ruter).as(f[0]).singleElement().satisfies(r -> {
                assertThat(r.get(0)).isEqualTo(f[2]);
                assertThat((List<String>) r.get(1)).contains(f[3]);
            });
            assertThat((Long) nettleser.executeScript("return document.querySelectorAll('#kommunekart path.ul').length")).isEqualTo(1L);
        }
        // a fylke figure: every fylke a link to its page
        nettleser.get(u + "nokkeltall/fv_km_per_1000/");
        List<String> fylker = (List<String>) nettleser.executeScript(
                "return [].map.call(document.querySelectorAll('#kart a'),function(a){return a.getAttribute('href')})");
        assertThat(fylker).hasSize(15).allSatisfy(h -> assertThat(UT.resolve(h.substring(1)).resolve("index.html")).isRegularFile());
        // Utsira's locator map shows it with a dot and a ring, not a 2 px speck
        nettleser.get(u + "kommune/utsira/kart.svg");
        List<Number> prikk = (List<Number>) nettleser.executeScript("var r=document.querySelector('circle[fill]:not([fill=none])')"
                + ".getBoundingClientRect();return [r.width,r.height]");
        assertThat(prikk).allSatisfy(v -> assertThat(v.doubleValue()).isGreaterThanOrEqualTo(6));
    }
}

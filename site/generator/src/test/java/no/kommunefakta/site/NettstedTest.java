package no.kommunefakta.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
                "kommunenummer/0814/index.html", "kommunenummer/0301/index.html")) {
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
                "<td>2024</td><td>717\u00a0710</td>", "<span lang=\"sma\">Oslove</span>");
        assertThat(oslo).contains("5\u00a0550\u00a0203");
        String landet = les(s.resolve("landet/index.html"));
        assertThat(landet).contains("<td>2024</td><td>5\u00a0550\u00a0203</td>");
        // Lyngen's official Sami and Kven names carry their language
        assertThat(les(s.resolve("kommune/lyngen/index.html"))).contains("<span lang=\"se\">Ivgu</span>", "<span lang=\"fkv\">Yykeä</span>");
        assertThat(les(s.resolve("sitemap.xml"))).contains("<loc>http://127.0.0.1:8080/kommune/oslo/</loc>");
        // homonyms as on ssb.no
        assertThat(s.resolve("kommune/valer-ostfold/index.html")).isRegularFile();
        assertThat(s.resolve("kommune/heroy-nordland/index.html")).isRegularFile();
    }

    @Test
    void gamleKommunenummerVideresendes(QuarkusMainLauncher launcher) {
        Path s = site(launcher);
        assertThat(les(s.resolve("kommunenummer/0814/index.html"))).contains("<meta http-equiv=\"refresh\" content=\"0; url=/kommune/bamble/\">");
        String aalesund = les(s.resolve("kommunenummer/1507/index.html"));
        assertThat(aalesund).doesNotContain("http-equiv").contains("/kommune/alesund/", "/kommune/haram/");
        // the documented form /kontoplan/2024/0A/ is the page; the lower-case form sends you there
        assertThat(les(s.resolve("kontoplan/2024/0a/index.html"))).contains("<meta http-equiv=\"refresh\" content=\"0; url=/kontoplan/2024/0A/\">");
        assertThat(les(s.resolve("kontoplan/2024/0A/index.html"))).contains("<link rel=\"canonical\" href=\"/kontoplan/2024/0A/\">");
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
    void axeFinnerIngenBruddIEkteNettleser(QuarkusMainLauncher launcher) throws IOException {
        Path s = site(launcher);
        Path chromium = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            fail("Chromium is required for the accessibility test: apt-get update && apt-get install -y chromium chromium-driver");
        }
        Path profil = Files.createTempDirectory("kf-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profil, "--window-size=1280,900");
        ChromeDriverService tjeneste = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        ChromeDriver nettleser = new ChromeDriver(tjeneste, o);
        try (StaticServer server = StaticServer.start(s, 0)) {
            List<String> brudd = new ArrayList<>();
            for (String side : List.of("", "kommune/oslo/", "kommune/lyngen/", "fylke/vestland/", "landet/", "kontoplan/2024/0C/")) {
                nettleser.get(server.url() + side);
                assertThat(nettleser.getTitle()).as(side).contains("Kommunefakta");
                Results r = new AxeBuilder().analyze(nettleser);
                for (Rule v : r.getViolations()) {
                    brudd.add("/" + side + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " – " + v.getNodes().size()
                            + " nodes, e.g. " + v.getNodes().get(0).getTarget());
                }
                assertThat(r.getPasses()).as(side).isNotEmpty();
            }
            assertThat(brudd).as("axe-core violations").isEmpty();
        } finally {
            nettleser.quit();
        }
    }
}

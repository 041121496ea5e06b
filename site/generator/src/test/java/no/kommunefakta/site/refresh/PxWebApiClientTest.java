package no.kommunefakta.site.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.nokkeltall.Grunnlag;
import no.kommunefakta.site.nokkeltall.GrunnlagLoader;
import no.kommunefakta.site.region.Regioner;

/** Refresh against a local server replaying SSB's recorded answers, incl. the real error bodies. No network. */
class PxWebApiClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final List<String> foresporsler = Collections.synchronizedList(new ArrayList<>());
    private final List<String> postBodies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger tooMany = new AtomicInteger();
    private final List<Duration> ventet = Collections.synchronizedList(new ArrayList<>());
    private String v2Body;
    private JsonNode feilsvar;

    @BeforeEach
    void start() throws IOException {
        try (InputStream in = DataSource.embedded().open("ssb/jsonstat2/12134_frie-inntekter_2024_0301-4601-5001.pxwebapi-v2.json")) {
            v2Body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (InputStream in = DataSource.embedded().open("ssb/jsonstat2/pxwebapi-v2_feilsvar_2026-04-25.json")) {
            feilsvar = JSON.readTree(in).get("errors");
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/pxwebapi/v2/tables/", this::svar);
        server.start();
    }

    @AfterEach
    void stopp() {
        server.stop(0);
    }

    private JsonNode feil(String label) {
        for (JsonNode e : feilsvar) {
            if (e.get("label").asText().startsWith(label)) {
                return e;
            }
        }
        throw new IllegalArgumentException(label);
    }

    private void svar(HttpExchange ex) throws IOException {
        String sti = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getQuery();
        foresporsler.add(ex.getRequestMethod() + " " + sti + "?" + query);
        if (ex.getRequestMethod().equals("POST")) {
            postBodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        String tabell = sti.replaceAll(".*/tables/([^/]+)/data", "$1");
        if (ex.getRequestURI().toString().length() > 4000) {
            JsonNode e = feil("URL too long");
            send(ex, 404, "text/html", e.get("body_prefix").asText() + "><body>404</body></html>");
            return;
        }
        switch (tabell) {
            case "99999" -> send(ex, feil("ugyldig tabell-ID").get("http_status").asInt(), "application/json",
                    feil("ugyldig tabell-ID").get("body").toString());
            case "12191" -> send(ex, 400, "application/json", feil("kommune uten data").get("body").toString());
            case "12367" -> {
                if (tooMany.getAndIncrement() == 0) {
                    ex.getResponseHeaders().add("Retry-After", "7");
                    send(ex, 429, "text/plain", "Too Many Requests");
                } else {
                    send(ex, 200, "application/json", v2Body);
                }
            }
            // the recorded 2024 answer relabelled as 2025, so a test can see that refreshed files are read
            default -> send(ex, 200, "application/json", v2Body.replace("\"2024\"", "\"2025\""));
        }
    }

    /** Answers with a body of the given type (also used by {@link RefreshFaultTest}). */
    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
        ex.close();
    }

    private PxWebApiClient klient(int perMinutt, int maksKoder, int maksUrl) {
        return new PxWebApiClient("http://127.0.0.1:" + server.getAddress().getPort() + "/api/pxwebapi/v2", perMinutt,
                maksKoder, maksUrl, 3, Duration.ofSeconds(30), ventet::add);
    }

    private static TableRequest bestilling(String tabell, int regioner) {
        List<String> koder = IntStream.range(0, regioner).mapToObj(i -> String.format("%04d", 1000 + i)).toList();
        return new TableRequest(tabell, Map.of("ContentsCode", List.of("KOSAG110000")), List.of("2024"), koder, "KOKkommuneregion0000");
    }

    @Test
    void kortForesporselErGetMedValuecodes() throws Exception {
        PxWebApiClient k = klient(30, 700, 2000);
        List<String> svar = k.fetch(bestilling("12134", 3));
        assertThat(svar).singleElement().asString().contains("\"index\":{\"2025\":0}");
        assertThat(foresporsler).singleElement().satisfies(f -> assertThat(f)
                .startsWith("GET /api/pxwebapi/v2/tables/12134/data?lang=no&outputFormat=json-stat2")
                .contains("valuecodes[KOKkommuneregion0000]=1000,1001,1002", "valuecodes[Tid]=2024", "valuecodes[ContentsCode]=KOSAG110000"));
    }

    @Test
    void langeUrlerBlirPostOgMangeKoderDelesOpp() throws Exception {
        PxWebApiClient k = klient(30, 700, 2000);
        List<String> svar = k.fetch(bestilling("12134", 839));
        assertThat(svar).hasSize(2);
        // 700 codes make the URL too long for GET; the remaining 139 fit
        assertThat(k.calls()).extracting(PxWebApiClient.Call::method).containsExactly("POST", "GET");
        JsonNode body = JSON.readTree(postBodies.get(0));
        assertThat(body.get("selection").get(0).get("variableCode").asText()).isEqualTo("KOKkommuneregion0000");
        assertThat(body.get("selection").get(0).get("valueCodes")).hasSize(700);
        assertThat(foresporsler.get(1)).contains("valuecodes[KOKkommuneregion0000]=1700,");
        // the second request waited for the 30/minute budget: 2 s spacing
        // (less the time the first request took on a loaded machine)
        assertThat(ventet).singleElement().satisfies(d -> assertThat(d).isGreaterThan(Duration.ofMillis(1000))
                .isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void http429ProevesIgjenEtterRetryAfter() throws Exception {
        PxWebApiClient k = klient(6000, 700, 2000);
        assertThat(k.fetch(bestilling("12367", 2))).containsExactly(v2Body);
        assertThat(k.calls()).extracting(PxWebApiClient.Call::status).containsExactly(429, 200);
        assertThat(ventet).contains(Duration.ofSeconds(7));
    }

    @Test
    void ssbsFeilsvarGirKlarMelding() {
        PxWebApiClient k = klient(6000, 700, 2000);
        assertThatThrownBy(() -> k.fetch(bestilling("99999", 1))).isInstanceOf(PxWebApiException.class)
                .hasMessage("PxWebApi GET table 99999 failed with HTTP 400: Parameter error: Non-existent table (status 404 in body)");
        assertThatThrownBy(() -> k.fetch(bestilling("12191", 1)))
                .hasMessage("PxWebApi GET table 12191 failed with HTTP 400: Parameter error: Non-existent value (status 400 in body)");
    }

    @Test
    void forLangGetUrlGirHtml404SomForklares() {
        PxWebApiClient k = klient(6000, 1000, 100_000);
        assertThatThrownBy(() -> k.fetch(bestilling("12134", 839))).isInstanceOf(PxWebApiException.class)
                .hasMessage("PxWebApi GET table 12134 failed with HTTP 404: HTML error page from the front end (URL too long? use fewer region codes or POST)");
    }

    @Test
    void refreshSkriverFilerSomLasterenBruker(@TempDir Path dir) throws Exception {
        try (PxWebApiStandIn ssb = new PxWebApiStandIn()) {
            // 12191 answers SSB's recorded "Non-existent value" body for its data
            ssb.fault = ex -> {
                if (!ex.getRequestURI().getPath().endsWith("/12191/data")) {
                    return false;
                }
                try {
                    send(ex, 400, "application/json", feil("kommune uten data").get("body").toString());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return true;
            };
            PxWebApiClient k = new PxWebApiClient(ssb.baseUrl(), 6000, 700, 2000, 3, Duration.ofSeconds(30), ventet::add);
            List<String> ut = new ArrayList<>();
            List<String> feil = new ArrayList<>();
            int kode = RefreshCommand.run(k, dir, ut::add, feil::add, Clock.fixed(Instant.parse("2026-11-29T17:00:00Z"), ZoneOffset.UTC));
            assertThat(kode).isEqualTo(1);
            assertThat(feil).singleElement().asString().contains("table 12191", "Non-existent value");
            assertThat(Files.list(dir.resolve("ssb/jsonstat2/refresh")).map(p -> p.getFileName().toString()))
                    .hasSize(18).doesNotContain("12191_1.json").contains("12134_1.json", "14019_1.json");
            DataSource kilde = new DataSource(java.util.Optional.of(dir));
            Grunnlag g = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
            assertThat(g.celle("r12134.frie_inntekter", "4601", 2025).verdi()).isEqualByComparingTo(PxWebApiStandIn.verdi("12134",
                    Map.of("KOKkommuneregion0000", "4601", "ContentsCode", "KOSAG110000", "Tid", "2025")));
        }
    }
}

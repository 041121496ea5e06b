package no.kommunefakta.site.refresh;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Client for SSB PxWebApi v2 within its published limits: at most {@code perMinutt} requests a minute (spaced
 * evenly), at most {@code maksKoder} region codes per request, GET while the URL stays short, POST beyond, and retry
 * of HTTP 429 honouring {@code Retry-After} with exponential backoff.
 */
public final class PxWebApiKlient {

    /** Waits; replaced in tests so no test sleeps. */
    @FunctionalInterface
    public interface Venter {
        void vent(Duration d) throws InterruptedException;
    }

    /** One HTTP exchange, for logs and tests. */
    public record Kall(String metode, String url, int status) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;
    private final Duration mellomrom;
    private final int maksKoder;
    private final int maksUrl;
    private final int forsok;
    private final Venter venter;
    private final List<Kall> kall = new ArrayList<>();
    private long sisteKall = Long.MIN_VALUE;

    public PxWebApiKlient(String baseUrl, int perMinutt, int maksKoder, int maksUrl, int forsok, Venter venter) {
        if (perMinutt < 1 || maksKoder < 1 || maksUrl < 100 || forsok < 0) {
            throw new IllegalArgumentException("PxWebApi limits must be positive: requests-per-minute=" + perMinutt
                    + ", max-codes-per-get=" + maksKoder + ", max-url-length=" + maksUrl + ", retries=" + forsok);
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        this.mellomrom = Duration.ofMillis(60_000L / perMinutt);
        this.maksKoder = maksKoder;
        this.maksUrl = maksUrl;
        this.forsok = forsok;
        this.venter = venter;
    }

    public List<Kall> kall() {
        return List.copyOf(kall);
    }

    /** Fetches a table in region chunks; returns one JSON-stat2 body per chunk. */
    public List<String> hent(Bestilling b) throws InterruptedException {
        List<String> ut = new ArrayList<>();
        List<String> reg = b.regioner();
        for (int i = 0; i < reg.size(); i += maksKoder) {
            ut.add(hentDel(b, reg.subList(i, Math.min(reg.size(), i + maksKoder))));
        }
        return ut;
    }

    private String hentDel(Bestilling b, List<String> regioner) throws InterruptedException {
        String base = baseUrl + "/tables/" + enc(b.tabell()) + "/data?lang=no&outputFormat=json-stat2";
        StringBuilder get = new StringBuilder(base);
        verdier(get, b.regionDimensjon(), regioner);
        verdier(get, "Tid", b.aar());
        b.filter().forEach((dim, koder) -> verdier(get, dim, koder));
        HttpRequest.Builder req;
        String metode;
        if (get.length() <= maksUrl) {
            req = HttpRequest.newBuilder(URI.create(get.toString())).GET();
            metode = "GET";
        } else {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode sel = body.putArray("selection");
            utvalg(sel, b.regionDimensjon(), regioner);
            utvalg(sel, "Tid", b.aar());
            b.filter().forEach((dim, koder) -> utvalg(sel, dim, koder));
            req = HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            metode = "POST";
        }
        HttpRequest r = req.timeout(Duration.ofSeconds(60)).header("Accept", "application/json").build();
        for (int forsoek = 0; ; forsoek++) {
            taktVent();
            HttpResponse<String> svar;
            try {
                svar = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new PxWebApiFeil("table " + b.tabell() + ": no answer from " + baseUrl + " (" + e.getMessage() + ")", 0);
            }
            kall.add(new Kall(metode, r.uri().toString(), svar.statusCode()));
            if (svar.statusCode() == 200) {
                return svar.body();
            }
            if (svar.statusCode() == 429 && forsoek < forsok) {
                venter.vent(ventetid(svar, forsoek));
                continue;
            }
            throw new PxWebApiFeil(feilmelding(b.tabell(), metode, svar), svar.statusCode());
        }
    }

    /** Retry-After seconds if given, else 2, 4, 8 ... seconds. */
    static Duration ventetid(HttpResponse<?> svar, int forsoek) {
        Optional<String> ra = svar.headers().firstValue("Retry-After");
        if (ra.isPresent()) {
            try {
                return Duration.ofSeconds(Math.max(1, Long.parseLong(ra.get().trim())));
            } catch (NumberFormatException e) {
                // an HTTP date: fall back to backoff
            }
        }
        return Duration.ofSeconds(2L << forsoek);
    }

    private void taktVent() throws InterruptedException {
        long naa = System.nanoTime();
        if (sisteKall != Long.MIN_VALUE) {
            long igjen = mellomrom.toNanos() - (naa - sisteKall);
            if (igjen > 0) {
                venter.vent(Duration.ofNanos(igjen));
            }
        }
        sisteKall = System.nanoTime();
    }

    static String feilmelding(String tabell, String metode, HttpResponse<String> svar) {
        String body = svar.body() == null ? "" : svar.body();
        String tekst;
        try {
            JsonNode n = JSON.readTree(body);
            tekst = n.path("type").asText("") + ": " + n.path("title").asText("") + (n.has("status") ? " (status " + n.get("status").asInt() + " in body)" : "");
        } catch (IOException e) {
            tekst = body.stripLeading().startsWith("<") ? "HTML error page from the front end"
                    + (svar.statusCode() == 404 ? " (URL too long? use fewer region codes or POST)" : "") : body.length() > 200 ? body.substring(0, 200) : body;
        }
        return "PxWebApi " + metode + " table " + tabell + " failed with HTTP " + svar.statusCode() + ": " + tekst;
    }

    private static void verdier(StringBuilder sb, String dim, List<String> koder) {
        sb.append("&").append(enc("valuecodes[" + dim + "]")).append("=").append(enc(String.join(",", koder)).replace("%2C", ","));
    }

    private static void utvalg(ArrayNode sel, String dim, List<String> koder) {
        ObjectNode o = sel.addObject();
        o.put("variableCode", dim);
        ArrayNode v = o.putArray("valueCodes");
        koder.forEach(v::add);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, List<String>> filter(String tekst) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (String del : tekst.split("&")) {
            String[] kv = del.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("refresh.csv filter part '" + del + "' is not DIM=code1,code2");
            }
            m.put(kv[0].trim(), List.of(kv[1].trim().split(",")));
        }
        return m;
    }
}

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
public final class PxWebApiClient {

    /** Waits; replaced in tests so no test sleeps. */
    @FunctionalInterface
    public interface Waiter {
        void await(Duration d) throws InterruptedException;
    }

    /** One HTTP exchange, for logs and tests. */
    public record Call(String method, String url, int status) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;
    private final Duration mellomrom;
    private final int maksKoder;
    private final int maksUrl;
    private final int forsok;
    private final Duration timeout;
    private final Waiter venter;
    private final List<Call> kall = new ArrayList<>();
    private long sisteKall = Long.MIN_VALUE;

    /**
     * @param timeout longest wait for one answer; a table whose answer does not come in time fails (its last good
     *                data is kept)
     */
    public PxWebApiClient(String baseUrl, int perMinutt, int maksKoder, int maksUrl, int forsok, Duration timeout,
            Waiter venter) {
        if (perMinutt < 1 || maksKoder < 1 || maksUrl < 100 || forsok < 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("PxWebApi limits must be positive: requests-per-minute=" + perMinutt
                    + ", max-codes-per-get=" + maksKoder + ", max-url-length=" + maksUrl + ", retries=" + forsok
                    + ", timeout=" + timeout);
        }
        this.timeout = timeout;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.mellomrom = Duration.ofMillis(60_000L / perMinutt);
        this.maksKoder = maksKoder;
        this.maksUrl = maksUrl;
        this.forsok = forsok;
        this.venter = venter;
    }

    public List<Call> calls() {
        return List.copyOf(kall);
    }

    /** Fetches a table in region chunks; returns one JSON-stat2 body per chunk. */
    public List<String> fetch(TableRequest b) throws InterruptedException {
        List<String> ut = new ArrayList<>();
        List<String> reg = b.regions();
        for (int i = 0; i < reg.size(); i += maksKoder) {
            ut.add(hentDel(b, reg.subList(i, Math.min(reg.size(), i + maksKoder))));
        }
        return ut;
    }

    private String hentDel(TableRequest b, List<String> regioner) throws InterruptedException {
        String base = baseUrl + "/tables/" + enc(b.table()) + "/data?lang=no&outputFormat=json-stat2";
        StringBuilder get = new StringBuilder(base);
        verdier(get, b.regionDimension(), regioner);
        verdier(get, "Tid", b.years());
        b.filter().forEach((dim, koder) -> verdier(get, dim, koder));
        HttpRequest.Builder req;
        String metode;
        if (get.length() <= maksUrl) {
            req = HttpRequest.newBuilder(URI.create(get.toString())).GET();
            metode = "GET";
        } else {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode sel = body.putArray("selection");
            utvalg(sel, b.regionDimension(), regioner);
            utvalg(sel, "Tid", b.years());
            b.filter().forEach((dim, koder) -> utvalg(sel, dim, koder));
            req = HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            metode = "POST";
        }
        return send(req.timeout(timeout).header("Accept", "application/json").build(), metode, b.table());
    }

    /**
     * The table's metadata ({@code /tables/<id>/metadata}, JSON-stat 2.0 without values): every dimension with its
     * codes, labels and units. Read before the data so that content codes are chosen by their labels.
     */
    public String metadata(String table) throws InterruptedException {
        String url = baseUrl + "/tables/" + enc(table) + "/metadata?lang=no&outputFormat=json-stat2";
        return send(HttpRequest.newBuilder(URI.create(url)).GET().timeout(timeout).header("Accept", "application/json")
                .build(), "GET", table);
    }

    private String send(HttpRequest r, String metode, String table) throws InterruptedException {
        for (int forsoek = 0; ; forsoek++) {
            taktVent();
            HttpResponse<String> svar;
            try {
                svar = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.net.http.HttpTimeoutException e) {
                throw new PxWebApiException("PxWebApi " + metode + " table " + table + ": no answer within "
                        + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms"), 0);
            } catch (IOException e) {
                throw new PxWebApiException("PxWebApi " + metode + " table " + table + ": no answer from " + baseUrl
                        + " (" + (e.getMessage() == null ? "connection failed" : e.getMessage()) + ")", 0);
            }
            kall.add(new Call(metode, r.uri().toString(), svar.statusCode()));
            if (svar.statusCode() == 200) {
                return svar.body();
            }
            if (svar.statusCode() == 429 && forsoek < forsok) {
                venter.await(ventetid(svar, forsoek));
                continue;
            }
            throw new PxWebApiException(feilmelding(table, metode, svar), svar.statusCode());
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
                venter.await(Duration.ofNanos(igjen));
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
}

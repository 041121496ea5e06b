package no.kommunefakta.site.refresh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for SSB's PxWebApi v2 on 127.0.0.1: {@code /tables/<id>/metadata} answers the recorded-shape metadata of
 * {@code src/test/resources/pxwebapi-v2/<id>.metadata.json} (or a test's replacement), {@code /tables/<id>/data}
 * answers JSON-stat 2.0 for exactly the selected codes, in the metadata's dimension order, as SSB does: an unknown
 * table, an unknown code or a missing selection of a dimension that cannot be eliminated is SSB's recorded 400/404
 * error body. Values are {@link #verdi(String, Map)}; cells named by {@link #symbol} carry a status symbol instead.
 */
final class PxWebApiStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final Map<String, String> metadata = new ConcurrentHashMap<>();
    private final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Status symbol per cell (region, year), else none; tests replace it. */
    volatile Function<Map<String, String>, Optional<String>> symbol = k -> Optional.empty();
    /** The {@code updated} of data answers; null = the metadata's. */
    volatile String oppdatert;
    /** Added to every value of data answers: a later publication with other numbers (0 = {@link #verdi(String, Map)}). */
    volatile BigDecimal tillegg = BigDecimal.ZERO;
    /** Answers instead of the stand-in when it returns true (a failing table); the default answers nothing. */
    volatile Function<HttpExchange, Boolean> fault = ex -> false;

    PxWebApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/api/pxwebapi/v2/tables/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/pxwebapi/v2";
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The recorded-shape metadata of a table, as this stand-in answers it. */
    String metadata(String table) {
        return metadata.computeIfAbsent(table, PxWebApiStandIn::recorded);
    }

    /** Replaces a table's metadata (a renamed or removed content). */
    void metadata(String table, String json) {
        metadata.put(table, json);
    }

    static String recorded(String table) {
        try (InputStream in = PxWebApiStandIn.class.getResourceAsStream("/pxwebapi-v2/" + table + ".metadata.json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value the stand-in gives a cell: a number from its coordinates, the same on every call. */
    static BigDecimal verdi(String table, Map<String, String> koordinater) {
        int h = new java.util.TreeMap<>(koordinater).toString().hashCode() * 31 + table.hashCode();
        return BigDecimal.valueOf(Math.floorMod(h, 99_000) + 1000, 1);
    }

    private void answer(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getPath();
        requests.add(ex.getRequestMethod() + " " + ex.getRequestURI());
        if (fault.apply(ex)) {
            return;
        }
        String table = path.replaceAll(".*/tables/([^/]+)/.*", "$1");
        String meta = metadata(table);
        if (meta == null) {
            PxWebApiClientTest.send(ex, 400, "application/json", "{\"type\":\"Parameter error\",\"title\":\"Non-existent table\",\"status\":404}");
            return;
        }
        if (path.endsWith("/metadata")) {
            PxWebApiClientTest.send(ex, 200, "application/json", meta);
            return;
        }
        Map<String, List<String>> utvalg = ex.getRequestMethod().equals("POST") ? postUtvalg(body) : getUtvalg(ex.getRequestURI().getRawQuery());
        JsonNode m = JSON.readTree(meta);
        ObjectNode d = JSON.createObjectNode();
        d.put("version", "2.0").put("class", "dataset").put("label", m.path("label").asText())
                .put("source", "Statistisk sentralbyrå").put("updated", oppdatert == null ? m.path("updated").asText() : oppdatert);
        d.set("role", m.get("role"));
        ArrayNode ids = d.putArray("id");
        ArrayNode size = d.putArray("size");
        ObjectNode dims = d.putObject("dimension");
        List<String> dimIds = new ArrayList<>();
        List<List<String>> koder = new ArrayList<>();
        for (JsonNode idNode : m.get("id")) {
            String id = idNode.asText();
            JsonNode md = m.get("dimension").get(id);
            List<String> valgt = utvalg.get(id);
            if (valgt == null) {
                if (md.path("extension").path("elimination").asBoolean(false)) {
                    continue;
                }
                PxWebApiClientTest.send(ex, 400, "application/json",
                        "{\"type\":\"Parameter error\",\"title\":\"Missing selection for mandantory variable\",\"status\":400}");
                return;
            }
            ObjectNode dn = dims.putObject(id);
            dn.put("label", md.path("label").asText());
            ObjectNode cat = dn.putObject("category");
            ObjectNode index = cat.putObject("index");
            ObjectNode label = cat.putObject("label");
            ObjectNode unit = cat.putObject("unit");
            for (String k : valgt) {
                if (!md.path("category").path("index").has(k)) {
                    PxWebApiClientTest.send(ex, 400, "application/json",
                            "{\"type\":\"Parameter error\",\"title\":\"Non-existent value\",\"status\":400}");
                    return;
                }
                index.put(k, index.size());
                label.put(k, md.path("category").path("label").path(k).asText(k));
                if (md.path("category").path("unit").has(k)) {
                    unit.set(k, md.path("category").path("unit").get(k));
                }
            }
            if (unit.isEmpty()) {
                cat.remove("unit");
            }
            ids.add(id);
            size.add(valgt.size());
            dimIds.add(id);
            koder.add(valgt);
        }
        ArrayNode values = d.putArray("value");
        ObjectNode status = JSON.createObjectNode();
        int n = koder.stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
        for (int i = 0; i < n; i++) {
            Map<String, String> koord = new LinkedHashMap<>();
            int rest = i;
            for (int j = dimIds.size() - 1; j >= 0; j--) {
                koord.put(dimIds.get(j), koder.get(j).get(rest % koder.get(j).size()));
                rest /= koder.get(j).size();
            }
            Optional<String> sym = symbol.apply(koord);
            if (sym.isPresent()) {
                values.addNull();
                status.put(String.valueOf(i), sym.get());
            } else {
                values.add(verdi(table, koord).add(tillegg));
            }
        }
        if (!status.isEmpty()) {
            d.set("status", status);
        }
        PxWebApiClientTest.send(ex, 200, "application/json", d.toString());
    }

    private static Map<String, List<String>> getUtvalg(String query) {
        Map<String, List<String>> ut = new HashMap<>();
        for (String del : query.split("&")) {
            String[] kv = del.split("=", 2);
            String k = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            if (k.startsWith("valuecodes[") && kv.length == 2) {
                ut.put(k.substring("valuecodes[".length(), k.length() - 1), List.of(URLDecoder.decode(kv[1], StandardCharsets.UTF_8).split(",")));
            }
        }
        return ut;
    }

    private static Map<String, List<String>> postUtvalg(String body) throws IOException {
        Map<String, List<String>> ut = new HashMap<>();
        for (JsonNode s : JSON.readTree(body).path("selection")) {
            List<String> v = new ArrayList<>();
            s.path("valueCodes").forEach(c -> v.add(c.asText()));
            ut.put(s.path("variableCode").asText(), v);
        }
        return ut;
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        threads.shutdown();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }
}

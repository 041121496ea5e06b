package no.kommunefakta.site.jsonstat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.Status;

/** Reads SSB JSON-stat 2.0 (PxWebApi v2 and v0): dense/sparse values, status as array/object/string, units, notes. */
public final class JsonStat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonStat() {
    }

    public static Datasett read(InputStream in) {
        try {
            return read(JSON.readTree(in));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Datasett read(JsonNode rot) {
        if (!"dataset".equals(rot.path("class").asText()) || !rot.has("id") || !rot.has("size")) {
            throw new IllegalArgumentException("not a JSON-stat 2.0 dataset: missing class=dataset, id or size");
        }
        List<String> ids = new ArrayList<>();
        rot.get("id").forEach(n -> ids.add(n.asText()));
        int[] size = new int[ids.size()];
        for (int i = 0; i < size.length; i++) {
            size[i] = rot.get("size").get(i).asInt();
        }
        List<Dimensjon> dims = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode d = rot.path("dimension").path(ids.get(i));
            if (d.isMissingNode()) {
                throw new IllegalArgumentException("JSON-stat dimension '" + ids.get(i) + "' listed in id but missing");
            }
            JsonNode kat = d.path("category");
            List<String> koder = koder(kat, size[i]);
            if (koder.size() != size[i]) {
                throw new IllegalArgumentException("JSON-stat dimension '" + ids.get(i) + "' has " + koder.size()
                        + " categories, size says " + size[i]);
            }
            Map<String, String> etiketter = new LinkedHashMap<>();
            for (String k : koder) {
                etiketter.put(k, kat.path("label").path(k).asText(k));
            }
            Map<String, Enhet> enheter = new LinkedHashMap<>();
            kat.path("unit").fields().forEachRemaining(e -> enheter.put(e.getKey(),
                    new Enhet(e.getValue().path("base").asText(""), e.getValue().path("decimals").asInt(0))));
            dims.add(new Dimensjon(ids.get(i), d.path("label").asText(ids.get(i)), List.copyOf(koder),
                    Map.copyOf(etiketter), Map.copyOf(enheter)));
        }
        int n = Arrays.stream(size).reduce(1, (a, b) -> a * b);
        BigDecimal[] verdier = new BigDecimal[n];
        JsonNode value = rot.path("value");
        if (value.isArray()) {
            if (value.size() != n) {
                throw new IllegalArgumentException("JSON-stat value has " + value.size() + " entries, size product is " + n);
            }
            for (int i = 0; i < n; i++) {
                verdier[i] = tall(value.get(i));
            }
        } else if (value.isObject()) {
            value.fields().forEachRemaining(e -> verdier[indeks(e.getKey(), n)] = tall(e.getValue()));
        } else {
            throw new IllegalArgumentException("JSON-stat value must be an array or object");
        }
        String[] status = new String[n];
        JsonNode st = rot.path("status");
        if (st.isTextual()) {
            Arrays.fill(status, st.asText());
        } else if (st.isArray()) {
            for (int i = 0; i < Math.min(n, st.size()); i++) {
                status[i] = st.get(i).isNull() ? null : st.get(i).asText();
            }
        } else if (st.isObject()) {
            st.fields().forEachRemaining(e -> status[indeks(e.getKey(), n)] = e.getValue().asText());
        }
        List<Celle> celler = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Status s = Status.fraSymbol(status[i]);
            if (verdier[i] == null) {
                celler.add(Celle.symbol(s == Status.TALL ? Status.MANGLER : s));
            } else if (s != Status.TALL) {
                // a symbol wins over a stray value: never publish what SSB flagged
                celler.add(Celle.symbol(s));
            } else {
                celler.add(Celle.tall(verdier[i]));
            }
        }
        List<String> noter = new ArrayList<>();
        rot.path("note").forEach(x -> noter.add(x.asText()));
        Map<String, List<String>> roller = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = rot.path("role").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> l = new ArrayList<>();
            e.getValue().forEach(x -> l.add(x.asText()));
            roller.put(e.getKey(), List.copyOf(l));
        }
        String label = rot.path("label").asText("");
        String tabell = rot.path("extension").path("px").path("tableid").asText("");
        if (tabell.isEmpty()) {
            int kolon = label.indexOf(':');
            tabell = kolon > 0 ? label.substring(0, kolon).trim() : "";
        }
        return new Datasett(tabell, label, rot.path("source").asText(""), rot.path("updated").asText(""),
                List.copyOf(noter), List.copyOf(dims), Map.copyOf(roller), List.copyOf(celler));
    }

    private static List<String> koder(JsonNode kat, int size) {
        JsonNode index = kat.path("index");
        if (index.isArray()) {
            List<String> l = new ArrayList<>();
            index.forEach(x -> l.add(x.asText()));
            return l;
        }
        if (index.isObject()) {
            String[] l = new String[index.size()];
            index.fields().forEachRemaining(e -> l[e.getValue().asInt()] = e.getKey());
            return Arrays.asList(l);
        }
        // single category: only a label object
        List<String> l = new ArrayList<>();
        kat.path("label").fieldNames().forEachRemaining(l::add);
        return l;
    }

    private static int indeks(String s, int n) {
        try {
            int i = Integer.parseInt(s);
            if (i < 0 || i >= n) {
                throw new IllegalArgumentException("JSON-stat index " + s + " outside 0.." + (n - 1));
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("JSON-stat index '" + s + "' is not a number");
        }
    }

    private static BigDecimal tall(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("JSON-stat value '" + v.asText() + "' is not a number");
        }
        return v.decimalValue();
    }
}

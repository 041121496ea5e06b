package no.kommunefakta.site.refresh;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The metadata of one PxWebApi v2 table ({@code GET /tables/<id>/metadata?outputFormat=json-stat2}): a JSON-stat 2.0
 * dataset without values whose dimensions list every code with its label, the content dimension's units and, in
 * {@code extension.elimination}, whether a dimension may be left out of a selection.
 *
 * @param tabell    SSB table id
 * @param tittel    the table's label
 * @param oppdatert the table's {@code updated}, empty when SSB gave none
 * @param variabler the dimensions in the table's order
 * @param roller    JSON-stat roles: {@code time}, {@code geo}, {@code metric} -> dimension ids
 */
public record Tabellmetadata(String tabell, String tittel, Optional<String> oppdatert, List<Variabel> variabler,
        Map<String, List<String>> roller) {

    /**
     * One dimension of the table.
     *
     * @param id         dimension id, e.g. {@code ContentsCode}
     * @param navn       its label, e.g. {@code statistikkvariabel}
     * @param koder      every code in the table's order
     * @param etiketter  code -> label
     * @param enheter    code -> unit ({@code category.unit.<code>.base}), only for the content dimension
     * @param kanUtelates whether SSB eliminates the dimension when it is not selected
     */
    public record Variabel(String id, String navn, List<String> koder, Map<String, String> etiketter,
            Map<String, String> enheter, boolean kanUtelates) {

        public String etikett(String kode) {
            return etiketter.getOrDefault(kode, kode);
        }

        public Optional<String> enhet(String kode) {
            return Optional.ofNullable(enheter.get(kode));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a metadata answer; an SSB error body, an HTML page or JSON without dimensions is rejected naming the table. */
    public static Tabellmetadata les(String tabell, String body) {
        if (body.stripLeading().startsWith("<")) {
            throw new IllegalArgumentException("PxWebApi table " + tabell + ": metadata answer is an HTML page, not JSON-stat");
        }
        JsonNode rot;
        try {
            rot = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("PxWebApi table " + tabell + ": metadata answer is not JSON ("
                    + e.getOriginalMessage() + ")");
        }
        if (rot == null || !rot.path("dimension").isObject() || !rot.path("id").isArray()) {
            String feil = rot == null ? "" : rot.path("title").asText("");
            throw new IllegalArgumentException("PxWebApi table " + tabell + ": metadata answer has no dimensions"
                    + (feil.isEmpty() ? "" : " (" + feil + ")"));
        }
        List<Variabel> variabler = new ArrayList<>();
        for (JsonNode id : rot.get("id")) {
            JsonNode dim = rot.get("dimension").path(id.asText());
            JsonNode kat = dim.path("category");
            List<String> koder = new ArrayList<>();
            JsonNode index = kat.path("index");
            if (index.isArray()) {
                index.forEach(k -> koder.add(k.asText()));
            } else if (index.isObject()) {
                String[] iOrden = new String[index.size()];
                index.fields().forEachRemaining(e -> iOrden[e.getValue().asInt()] = e.getKey());
                koder.addAll(List.of(iOrden));
            } else {
                kat.path("label").fieldNames().forEachRemaining(koder::add);
            }
            Map<String, String> etiketter = new LinkedHashMap<>();
            kat.path("label").fields().forEachRemaining(e -> etiketter.put(e.getKey(), e.getValue().asText()));
            Map<String, String> enheter = new LinkedHashMap<>();
            kat.path("unit").fields().forEachRemaining(e -> enheter.put(e.getKey(), e.getValue().path("base").asText("")));
            variabler.add(new Variabel(id.asText(), dim.path("label").asText(id.asText()), List.copyOf(koder),
                    Map.copyOf(etiketter), Map.copyOf(enheter), dim.path("extension").path("elimination").asBoolean(false)));
        }
        Map<String, List<String>> roller = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = rot.path("role").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> ids = new ArrayList<>();
            e.getValue().forEach(v -> ids.add(v.asText()));
            roller.put(e.getKey(), List.copyOf(ids));
        }
        String updated = rot.path("updated").asText("");
        return new Tabellmetadata(tabell, rot.path("label").asText(""), updated.isEmpty() ? Optional.empty() : Optional.of(updated),
                List.copyOf(variabler), Map.copyOf(roller));
    }

    public Optional<Variabel> variabel(String id) {
        return variabler.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The content dimension: the one with role {@code metric}, else {@code ContentsCode}. */
    public Optional<Variabel> innhold() {
        return rolle("metric").or(() -> variabel("ContentsCode"));
    }

    /** The time dimension: role {@code time}, else {@code Tid}. */
    public Optional<Variabel> tid() {
        return rolle("time").or(() -> variabel("Tid"));
    }

    private Optional<Variabel> rolle(String rolle) {
        return roller.getOrDefault(rolle, List.of()).stream().findFirst().flatMap(this::variabel);
    }
}

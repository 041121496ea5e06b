package no.kommunefakta.site.endringer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.kommunefakta.site.data.DataSource;

/**
 * The release log: every publication, oldest first, kept as {@code endringer.json} in the data folder. A render reads
 * it, adds (or, for the same publication time, replaces) its own entry and, when a data folder is configured, writes it
 * back; the render Lambda persists that folder. Read and written as a JSON tree (no reflection).
 *
 * @param utgivelser releases, oldest first
 */
public record ReleaseLog(List<Utgivelse> utgivelser) {

    /** File name, relative to the data folder. */
    public static final String FILE = "endringer.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The log of the data folder; empty when there is none yet. */
    public static ReleaseLog read(DataSource source) {
        if (!source.exists(FILE)) {
            return new ReleaseLog(List.of());
        }
        try (InputStream in = source.open(FILE)) {
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new IllegalArgumentException(FILE + ": not valid JSON (" + e.getMessage() + ")");
        }
    }

    static ReleaseLog parse(JsonNode root) {
        JsonNode list = root.path("utgivelser");
        if (!list.isArray()) {
            throw new IllegalArgumentException(FILE + ": no array 'utgivelser'");
        }
        List<Utgivelse> l = new ArrayList<>();
        for (JsonNode u : list) {
            List<Utgivelse.Tabell> tabeller = new ArrayList<>();
            for (JsonNode t : u.path("tabeller")) {
                tabeller.add(new Utgivelse.Tabell(t.path("tabell").asText(), instant(t, "hentet"), t.path("status").asText()));
            }
            Map<String, Integer> tall = new LinkedHashMap<>();
            u.path("tall").fields().forEachRemaining(e -> tall.put(e.getKey(), e.getValue().asInt()));
            List<String> endringer = new ArrayList<>();
            u.path("endringer").forEach(e -> endringer.add(e.asText()));
            List<Utgivelse.Kode> koder = new ArrayList<>();
            for (JsonNode k : u.path("koder")) {
                koder.add(new Utgivelse.Kode(k.path("figur").asText(), k.path("serie").asText(), k.path("tabell").asText(),
                        k.path("kode").asText(), k.path("etikett").asText(), instant(k, "hentet"), k.path("utfall").asText()));
            }
            l.add(new Utgivelse(instant(u, "publisert").orElseThrow(
                    () -> new IllegalArgumentException(FILE + ": a release without 'publisert'")),
                    instant(u, "dataHentet"), List.copyOf(tabeller), java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tall)), List.copyOf(endringer),
                    List.copyOf(koder)));
        }
        return new ReleaseLog(List.copyOf(l));
    }

    private static Optional<Instant> instant(JsonNode n, String field) {
        String s = n.path(field).asText("");
        if (s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(FILE + ": " + field + " '" + s + "' is not an ISO-8601 UTC instant");
        }
    }

    /** The latest release published before {@code t}. */
    public Optional<Utgivelse> before(Instant t) {
        Utgivelse siste = null;
        for (Utgivelse u : utgivelser) {
            if (u.publisert().isBefore(t)) {
                siste = u;
            }
        }
        return Optional.ofNullable(siste);
    }

    /** This log with {@code u} added, replacing an entry with the same publication time; sorted by publication time. */
    public ReleaseLog with(Utgivelse u) {
        List<Utgivelse> l = new ArrayList<>();
        utgivelser.stream().filter(x -> !x.publisert().equals(u.publisert())).forEach(l::add);
        l.add(u);
        l.sort((a, b) -> a.publisert().compareTo(b.publisert()));
        return new ReleaseLog(List.copyOf(l));
    }

    /** The log as JSON (stable field order, sorted maps as given). */
    public byte[] json() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("utgivelser");
            for (Utgivelse u : utgivelser) {
                g.writeStartObject();
                g.writeStringField("publisert", u.publisert().toString());
                g.writeStringField("dataHentet", u.dataHentet().map(Instant::toString).orElse(""));
                g.writeArrayFieldStart("tabeller");
                for (Utgivelse.Tabell t : u.tabeller()) {
                    g.writeStartObject();
                    g.writeStringField("tabell", t.tabell());
                    g.writeStringField("hentet", t.hentet().map(Instant::toString).orElse(""));
                    g.writeStringField("status", t.status());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeObjectFieldStart("tall");
                for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(u.tall()).entrySet()) { // sorted: the same file whatever map was passed
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("endringer");
                for (String e : u.endringer()) {
                    g.writeString(e);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("koder");
                for (Utgivelse.Kode k : u.koder()) {
                    g.writeStartObject();
                    g.writeStringField("figur", k.figur());
                    g.writeStringField("serie", k.serie());
                    g.writeStringField("tabell", k.tabell());
                    g.writeStringField("kode", k.kode());
                    g.writeStringField("etikett", k.etikett());
                    g.writeStringField("hentet", k.hentet().map(Instant::toString).orElse(""));
                    g.writeStringField("utfall", k.utfall());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes {@code <dir>/endringer.json} atomically. */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE + ".tmp");
            Files.write(tmp, json());
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the release log to " + dir, e);
        }
    }
}

package no.kommunefakta.site.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads SSB Klass API answers ({@code classifications/{id}/codesAt}). */
public final class Klass {

    /**
     * One Klass code.
     *
     * @param kode   code
     * @param navn   official name (with parallel names, "Lyngen - Ivgu - Yykeä")
     * @param merknad notes
     */
    public record Kode(String kode, String navn, String merknad) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Klass() {
    }

    public static List<Kode> codesAt(InputStream in) {
        JsonNode rot;
        try {
            rot = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Klass answer is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode koder = rot.path("codes");
        if (!koder.isArray()) {
            throw new IllegalArgumentException("Klass answer has no 'codes' array");
        }
        List<Kode> ut = new ArrayList<>();
        for (JsonNode k : koder) {
            String kode = k.path("code").asText("");
            if (kode.isEmpty()) {
                throw new IllegalArgumentException("Klass code without 'code': " + k);
            }
            ut.add(new Kode(kode, k.path("name").asText(""), k.path("notes").asText("")));
        }
        return List.copyOf(ut);
    }
}

package no.kommunefakta.posting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tool: turns the output of {@code RunCorpus.java --write-actual} into the stored corpus format of
 * {@code src/test/resources/conformance/corpus-<year>.jsonl.gz}: only cases whose argument year is the corpus year,
 * expected findings reduced to control, severity and lines. Usage: {@code CorpusCompact YEAR JUDGED.jsonl OUT.jsonl.gz}.
 */
public final class CorpusCompact {

    private CorpusCompact() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String year = args[0];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
             Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[2]))),
                     StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = json.readTree(line);
                if (!year.equals(c.get("args").get("aargang").asText())) {
                    continue;
                }
                ObjectNode o = json.createObjectNode();
                o.set("id", c.get("id"));
                o.set("args", c.get("args"));
                o.set("records", c.get("records"));
                ObjectNode e = o.putObject("expected");
                e.set("severity", c.get("expected").get("severity"));
                ArrayNode fs = e.putArray("findings");
                for (JsonNode f : c.get("expected").get("findings")) {
                    ObjectNode g = fs.addObject();
                    g.set("control", f.get("control"));
                    g.set("severity", f.get("severity"));
                    g.set("lines", f.get("lines"));
                }
                out.write(json.writeValueAsString(o));
                out.write('\n');
                n++;
            }
        }
        System.out.println(args[2] + ": " + n + " cases");
    }
}

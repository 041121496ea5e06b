package no.kommunefakta.posting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tool: compares a judged corpus file (jsonl, or jsonl.gz) with our validators and prints every difference and the
 * agreement counts. Usage: {@code CorpusCheck FILE [MAX_PRINTED]}.
 */
public final class CorpusCheck {

    private CorpusCheck() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int postings = 0;
        int postingsOk = 0;
        int files = 0;
        int filesOk = 0;
        Path file = Path.of(args[0]);
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int printed = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = json.readTree(line);
                List<String> records = new ArrayList<>();
                c.get("records").forEach(x -> records.add(x.asText()));
                Optional<String> m = YearCorpusTest.mismatch(c, records);
                if (records.size() == 1) {
                    postings++;
                    postingsOk += m.isEmpty() ? 1 : 0;
                } else {
                    files++;
                    filesOk += m.isEmpty() ? 1 : 0;
                }
                if (m.isPresent() && printed++ < max) {
                    System.out.println(m.get());
                }
            }
        }
        System.out.printf("postings %d/%d agree, files %d/%d agree%n", postingsOk, postings, filesOk, files);
    }
}

package no.kommunefakta.kostra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small UTF-8 CSV data files embedded in this module (code lists, rule tables, maps): header row skipped,
 * blank lines skipped, fields separated by commas, double quotes around a field allowed and {@code ""} inside them
 * read as one quote. Plain classpath reads, so the files work in a native image when included as resources.
 */
public final class CsvResource {

    private CsvResource() {
    }

    /** The data rows of the resource at the given absolute classpath path (starting with '/'). */
    public static List<List<String>> read(String path) {
        try (InputStream in = CsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static List<String> split(String line) {
        return split(line, ',');
    }

    /** Splits one CSV row at {@code separator}; a cell may be quoted with {@code "} ({@code ""} inside = one quote). */
    public static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}

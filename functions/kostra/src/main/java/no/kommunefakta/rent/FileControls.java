package no.kommunefakta.rent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Which whole-file controls apply to the postings of an allocation (a partial file) and why the others cannot,
 * as data ({@code file-controls.csv}). A control not listed counts as applicable, so nothing is excused silently.
 */
final class FileControls {

    private static final FileControls STANDARD = load();

    private final Map<String, String> notApplicable;

    private FileControls(Map<String, String> notApplicable) {
        this.notApplicable = Map.copyOf(notApplicable);
    }

    static FileControls standard() {
        return STANDARD;
    }

    /** The reason a control cannot apply to a partial file, or null when it applies. */
    String notApplicableReason(String control) {
        return notApplicable.get(control);
    }

    private static FileControls load() {
        try (InputStream in = FileControls.class.getResourceAsStream("file-controls.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource file-controls.csv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> na = new HashMap<>();
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] head = line.split(",", 3);
                String reason = head[2].startsWith("\"") ? head[2].substring(1, head[2].length() - 1) : head[2];
                if ("N".equals(head[1])) {
                    na.put(head[0], reason);
                }
            }
            return new FileControls(na);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

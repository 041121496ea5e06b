package no.kommunefakta.site.refresh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;

/**
 * The freshness of every SSB table: {@code refresh-status.csv} in the data folder (UTF-8, {@code ;}, header
 * {@code tabell;hentet;status;melding}). {@code hentet} is the ISO-8601 UTC instant of the last good fetch (kept when a
 * later fetch fails, empty if the table was never fetched), {@code status} is {@code OK} or {@code FEIL}, {@code melding}
 * says what was fetched or why it failed. The embedded default describes the embedded extracts.
 *
 * @param rows one row per table, ordered by table id
 */
public record RefreshStatus(List<Row> rows) {

    /** File name, relative to the data folder (and to {@code data/} on the classpath for the embedded default). */
    public static final String FILE = "refresh-status.csv";

    /** Status of a table. */
    public enum State { OK, FEIL }

    /**
     * One table.
     *
     * @param table     SSB table id
     * @param fetched   instant of the last good fetch, empty if never fetched
     * @param state     outcome of the latest attempt
     * @param message   what was fetched, or why the latest attempt failed (one line)
     */
    public record Row(String table, Optional<Instant> fetched, State state, String message) {
    }

    /** The status as the data source has it: the data folder's file, else the embedded default. */
    public static RefreshStatus read(DataSource kilde) {
        return parse(kilde.csv(FILE, ';'));
    }

    /** Reads a status file directly. */
    public static RefreshStatus read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(Csv.read(r, ';'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RefreshStatus parse(List<Csv.Rad> csv) {
        List<Row> rows = new ArrayList<>();
        for (Csv.Rad r : csv) {
            String where = FILE + " line " + r.linje() + ": ";
            Optional<Instant> fetched = hentet(r, where);
            State state;
            try {
                state = State.valueOf(r.get("status"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "status '" + r.get("status") + "' is not OK or FEIL");
            }
            rows.add(new Row(r.get("tabell"), fetched, state, r.get("melding")));
        }
        return new RefreshStatus(List.copyOf(rows));
    }

    /** The row's {@code hentet}: empty when blank, an error naming the file and line when not an ISO-8601 UTC instant. */
    static Optional<Instant> hentet(Csv.Rad r, String where) {
        try {
            return r.get("hentet").isBlank() ? Optional.empty() : Optional.of(Instant.parse(r.get("hentet")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "hentet '" + r.get("hentet") + "' is not an ISO-8601 UTC instant");
        }
    }

    public Optional<Row> row(String table) {
        return rows.stream().filter(r -> r.table().equals(table)).findFirst();
    }

    /** This status with the outcome of one table replaced (a failure keeps the last good fetch time). */
    public RefreshStatus with(String table, Optional<Instant> fetched, State state, String message) {
        Map<String, Row> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.table(), r));
        Optional<Instant> hentet = state == State.OK ? fetched : row(table).flatMap(Row::fetched);
        m.put(table, new Row(table, hentet, state, oneLine(message)));
        return new RefreshStatus(List.copyOf(m.values()));
    }

    /** Writes {@code <dir>/refresh-status.csv} atomically (temp file, then move). */
    public void write(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("tabell;hentet;status;melding\n");
        for (Row r : rows) {
            sb.append(r.table()).append(';').append(r.fetched().map(Instant::toString).orElse("")).append(';')
                    .append(r.state()).append(';').append(csvField(r.message())).append('\n');
        }
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String csvField(String s) {
        return s.contains(";") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

package no.kommunefakta.site.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the data files come from: an optional data folder (written by {@code refresh}) that overrides the embedded
 * copy on the classpath under {@code data/}. Paths are relative, e.g. {@code ssb/regioner/kommuner.csv}.
 *
 * @param mappe optional folder whose files win over the embedded ones
 */
public record DataSource(Optional<Path> mappe) {

    public static DataSource embedded() {
        return new DataSource(Optional.empty());
    }

    public InputStream open(String sti) {
        if (mappe.isPresent()) {
            Path p = mappe.get().resolve(sti);
            if (Files.isRegularFile(p)) {
                try {
                    return Files.newInputStream(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        InputStream in = DataSource.class.getClassLoader().getResourceAsStream("data/" + sti);
        if (in == null) {
            throw new IllegalArgumentException("data file not found: data/" + sti);
        }
        return in;
    }

    /** Whether the data folder or the embedded data hold the file. */
    public boolean exists(String sti) {
        if (mappe.isPresent() && Files.isRegularFile(mappe.get().resolve(sti))) {
            return true;
        }
        return DataSource.class.getClassLoader().getResource("data/" + sti) != null;
    }

    public BufferedReader reader(String sti) {
        return new BufferedReader(new InputStreamReader(open(sti), StandardCharsets.UTF_8), 1 << 16);
    }

    public List<Csv.Rad> csv(String sti, char separator) {
        try (BufferedReader r = reader(sti)) {
            return Csv.read(r, separator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folder of the fetched JSON-stat files, relative to the data folder. */
    public static final String REFRESH_DIR = "ssb/jsonstat2/refresh/";

    /**
     * The JSON-stat files {@code refresh} fetched for a table ({@code ssb/jsonstat2/refresh/<table>_<n>.json},
     * n = 1, 2, ...): those of the data folder when it has any for the table, else the embedded ones (committed by
     * the data-refresh workflow). Paths are relative, for {@link #open(String)}.
     */
    public List<String> refreshedFiles(String table) {
        return nummererteFiler(REFRESH_DIR, table);
    }

    /**
     * The last good files of a series that a later refresh could not fill ({@code refresh/bevart/<series>/<table>_<n>.json},
     * kept by {@code refresh} when the series' content code no longer fitted its label): the data folder's, else the
     * embedded ones; empty when none were kept.
     */
    public List<String> keptFiles(String table, String serie) {
        return nummererteFiler(REFRESH_DIR + KEPT + "/" + serie + "/", table);
    }

    /** Sub-folder of {@link #REFRESH_DIR} holding the last good files of failing series. */
    public static final String KEPT = "bevart";

    private List<String> nummererteFiler(String dir, String table) {
        boolean iMappe = mappe.isPresent() && Files.isRegularFile(mappe.get().resolve(dir + table + "_1.json"));
        List<String> ut = new ArrayList<>();
        for (int n = 1; ; n++) {
            String sti = dir + table + "_" + n + ".json";
            boolean finnes = iMappe ? Files.isRegularFile(mappe.get().resolve(sti))
                    : DataSource.class.getClassLoader().getResource("data/" + sti) != null;
            if (!finnes) {
                return List.copyOf(ut);
            }
            ut.add(sti);
        }
    }
}

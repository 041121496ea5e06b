package no.kommunefakta.posting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kommunefakta.kostra.CsvResource;

/**
 * The controls we implement, with the official program's rule names (e.g. {@code "Kontroll 010 : Funksjon"}) and
 * whether one posting suffices ({@link Scope#POSTING}) or the whole file is needed ({@link Scope#FILE}). Loaded once
 * from {@code no/kommunefakta/posting/kontroller.csv}.
 */
public final class Kontrollkatalog {

    /** Whether a control is decided from one posting or needs the file. */
    public enum Scope { POSTING, FILE }

    /**
     * One control.
     *
     * @param control three-digit id as in {@link Finding#control()}
     * @param scope   posting or file
     * @param name    the official program's rule name
     */
    public record Kontroll(String control, Scope scope, String name) {
    }

    private static final List<Kontroll> LISTE = load();
    private static final Map<String, Kontroll> ALLE = index(LISTE);

    private Kontrollkatalog() {
    }

    /**
     * Every official name used for this id (010 has two rules: "Funksjon" and, for quarterly files, "Utgått
     * funksjon"; the first is the main one).
     */
    public static List<String> names(String control) {
        return LISTE.stream().filter(k -> k.control().equals(control)).map(Kontroll::name).toList();
    }

    /** The control with this id, if we implement it (the main rule for 010). */
    public static Optional<Kontroll> of(String control) {
        return Optional.ofNullable(control == null ? null : ALLE.get(control));
    }

    /** All controls (rules), ordered by id. */
    public static List<Kontroll> alle() {
        return LISTE;
    }

    private static Map<String, Kontroll> index(List<Kontroll> list) {
        Map<String, Kontroll> result = new LinkedHashMap<>();
        for (Kontroll k : list) {
            result.putIfAbsent(k.control(), k);
        }
        return result;
    }

    private static List<Kontroll> load() {
        List<Kontroll> result = new ArrayList<>();
        for (List<String> f : CsvResource.read("/no/kommunefakta/posting/kontroller.csv")) {
            result.add(new Kontroll(f.get(0), Scope.valueOf(f.get(1).toUpperCase()), f.get(2)));
        }
        return List.copyOf(result);
    }
}

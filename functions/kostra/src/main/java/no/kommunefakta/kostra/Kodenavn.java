package no.kommunefakta.kostra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verified names of KOSTRA codes by year ({@code navn/names_full.csv}): one row per dimension, code and the years
 * a wording holds, with its source. A code or year without a row has no verified name.
 */
final class Kodenavn {

    static final String FUNKSJON_KOMMUNE = "funksjon_kommune";
    static final String FUNKSJON_FYLKE = "funksjon_fylke";
    static final String ART = "art";
    static final String KAPITTEL = "kapittel";

    private static final Set<String> FYLKE_SKJEMA = Set.of("0C", "0D", "0K", "0L", "0P", "0Q");

    /** One wording of a code, valid in the reporting years {@code fra}–{@code til}. */
    record Rad(String dimension, String code, String name, int fra, int til, String source) {
    }

    private final Map<String, List<Rad>> perKode;

    private Kodenavn(Map<String, List<Rad>> perKode) {
        this.perKode = perKode;
    }

    static Kodenavn load(List<List<String>> rows) {
        Map<String, List<Rad>> m = new HashMap<>();
        for (List<String> r : rows) {
            if (r.size() < 6) {
                throw new IllegalStateException("navn/names_full.csv: row " + r + " has fewer than 6 fields");
            }
            Rad rad = new Rad(r.get(0), r.get(1), r.get(2), Integer.parseInt(r.get(3)), Integer.parseInt(r.get(4)),
                    r.get(5));
            for (Rad annen : m.getOrDefault(key(rad.dimension(), rad.code()), List.of())) {
                if (rad.fra() <= annen.til() && annen.fra() <= rad.til()) {
                    throw new IllegalStateException("navn/names_full.csv: " + rad.dimension() + " " + rad.code()
                            + " has two names for overlapping years " + rad.fra() + "-" + rad.til());
                }
            }
            m.computeIfAbsent(key(rad.dimension(), rad.code()), k -> new ArrayList<>()).add(rad);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return new Kodenavn(Map.copyOf(m));
    }

    /** Which funksjon list names the funksjoner of a skjema: fylkeskommune skjema (and their quarterly forms) or kommune. */
    static String funksjonDimensjon(String skjema) {
        String base = Skjema.of(skjema).map(Skjema::grunnskjema).orElse(skjema == null ? "" : skjema);
        return FYLKE_SKJEMA.contains(base) ? FUNKSJON_FYLKE : FUNKSJON_KOMMUNE;
    }

    Optional<Rad> navn(String dimension, String code, int year) {
        if (code == null) {
            return Optional.empty();
        }
        return perKode.getOrDefault(key(dimension, code.trim()), List.of()).stream()
                .filter(r -> r.fra() <= year && year <= r.til()).findFirst();
    }

    Optional<Rad> nyeste(String dimension, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return perKode.getOrDefault(key(dimension, code.trim()), List.of()).stream()
                .max((a, b) -> Integer.compare(a.til(), b.til()));
    }

    private static String key(String dimension, String code) {
        return dimension + "|" + code;
    }
}

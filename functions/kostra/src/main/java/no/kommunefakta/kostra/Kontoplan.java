package no.kommunefakta.kostra;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The KOSTRA chart of accounts as data, per reporting year 2018-2026: which funksjoner, arter, kapitler and sektorer
 * are valid for which skjema, with Norwegian names where a source gave one. Loaded once from the embedded data files.
 */
public final class Kontoplan {

    /** The embedded chart of accounts. */
    public static Kontoplan standard() {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /** Reporting years covered, ascending. */
    public SortedSet<Integer> years() {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /** Funksjoner valid in the given annual bevilgning skjema (0A, 0C, 0I, 0K, 0M, 0P) for a normal region. */
    public List<Kode> funksjoner(int year, String skjema) {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /** Arter valid in the given annual bevilgning skjema for a normal region. */
    public List<Kode> arter(int year, String skjema) {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /** Norwegian name of a funksjon, if a source gave one. */
    public Optional<String> funksjonNavn(String code) {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /** Norwegian name of an art, if a source gave one. */
    public Optional<String> artNavn(String code) {
        throw new UnsupportedOperationException("being implemented (issue #2)");
    }

    /**
     * A code with its optional name.
     *
     * @param code the code as written in the file (three digits for funksjon and art)
     * @param name Norwegian name, empty when no source gave one
     */
    public record Kode(String code, Optional<String> name) {
    }
}

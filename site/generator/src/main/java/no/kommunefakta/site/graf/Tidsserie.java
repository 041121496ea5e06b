package no.kommunefakta.site.graf;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kommunefakta.site.data.Celle;

/**
 * One line of a time-series chart: a region's values by year.
 *
 * @param navn    legend name, e.g. "Lørenskog", "KOSTRA-gruppe 13", "Landet"
 * @param verdier value or SSB symbol per year; a year without an entry counts as ".."
 */
public record Tidsserie(String navn, Map<Integer, Celle> verdier) {

    public Tidsserie {
        verdier = java.util.Collections.unmodifiableMap(new TreeMap<>(verdier));
    }

    /** The cell of a year, ".." when the series has none. */
    public Celle celle(int aar) {
        return Optional.ofNullable(verdier.get(aar)).orElse(Celle.MANGLER);
    }
}

package no.kommunefakta.posting.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.rule.Utgave;

/**
 * The line limit of the field controls 003-014 in the Java releases ({@link Utgave#feltkontrollLinjerMaks()}): their
 * {@code ControlFelt1Liste…} report each wrong value once with its lines, and a value found on more lines than the
 * limit once without lines ("Gjelder for flere enn 50 linjer"); control 014 lists the file's wrong amounts together.
 */
final class Feltkontroller {

    private Feltkontroller() {
    }

    /**
     * Replaces, in place, the findings of one field control ({@code felt}, by identity) and value that name more lines
     * than {@code maks} by one finding without lines (at the first one's place); {@code maks} 0: no limit.
     */
    static void begrens(List<Finding> findings, Set<Finding> felt, int maks) {
        if (maks <= 0) {
            return;
        }
        Map<String, List<Integer>> grupper = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (felt.contains(f) && !f.lines().isEmpty()) {
                String key = "014".equals(f.control()) ? f.control() : f.control() + '\0' + f.value();
                grupper.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        slaaSammen(findings, grupper, maks, n -> " Gjelder flere enn " + maks + " linjer.");
    }

    /**
     * Replaces, in place, each group of findings (indexes into {@code findings}, in order) with more than {@code maks}
     * members by its first finding without lines, its message followed by {@code merknad} of the group's size.
     */
    static void slaaSammen(List<Finding> findings, Map<String, List<Integer>> grupper, int maks,
                           java.util.function.IntFunction<String> merknad) {
        boolean[] fjern = new boolean[findings.size()];
        boolean endret = false;
        for (List<Integer> gruppe : grupper.values()) {
            if (gruppe.size() > maks) {
                Finding first = findings.get(gruppe.get(0));
                findings.set(gruppe.get(0), new Finding(first.control(), first.severity(), first.field(),
                        first.value(), first.message() + merknad.apply(gruppe.size()), List.of()));
                gruppe.subList(1, gruppe.size()).forEach(i -> fjern[i] = true);
                endret = true;
            }
        }
        if (endret) {
            List<Finding> beholdt = new ArrayList<>(findings.size());
            for (int i = 0; i < findings.size(); i++) {
                if (!fjern[i]) {
                    beholdt.add(findings.get(i));
                }
            }
            findings.clear();
            findings.addAll(beholdt);
        }
    }
}

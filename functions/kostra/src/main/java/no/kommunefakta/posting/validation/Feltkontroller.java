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
        List<Integer> heltall = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (felt.contains(f) && !f.lines().isEmpty()) {
                String key = "014".equals(f.control()) ? f.control() : f.control() + '\0' + f.value();
                grupper.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                if ("014".equals(f.control()) && !erHeltall(f.value())) {
                    heltall.add(i);
                }
            }
        }
        List<Integer> belop = grupper.get("014");
        Set<String> alltid = Set.of();
        if (belop != null && belop.size() > maks && heltall.size() <= maks) {
            // 014 is two entries: "Beløp" (the amounts that are no integer) keeps its lines when it has up to maks
            belop.removeAll(heltall);
            alltid = Set.of("014");
        }
        slaaSammen(findings, grupper, maks, alltid, n -> " Gjelder flere enn " + maks + " linjer.");
    }

    /**
     * Whether the release's control "Beløp" ({@code ControlFelt1ListeHeltall}: {@code Integer.parseInt} of the trimmed
     * field) accepts the amount; its "Ugyldige beløp" (every 014 here) also rejects a sign '+'. Each entry has its own
     * 50-line limit.
     */
    private static boolean erHeltall(String belop) {
        try {
            Integer.parseInt(belop.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Replaces, in place, each group of findings (indexes into {@code findings}, in order) with more than {@code maks}
     * members by its first finding without lines, its message followed by {@code merknad} of the group's size.
     */
    static void slaaSammen(List<Finding> findings, Map<String, List<Integer>> grupper, int maks,
                           java.util.function.IntFunction<String> merknad) {
        slaaSammen(findings, grupper, maks, Set.of(), merknad);
    }

    /** As above; the groups named in {@code alltid} are folded whatever their size (when not empty). */
    static void slaaSammen(List<Finding> findings, Map<String, List<Integer>> grupper, int maks, Set<String> alltid,
                           java.util.function.IntFunction<String> merknad) {
        boolean[] fjern = new boolean[findings.size()];
        boolean endret = false;
        for (Map.Entry<String, List<Integer>> e : grupper.entrySet()) {
            List<Integer> gruppe = e.getValue();
            if (gruppe.size() > maks || !gruppe.isEmpty() && alltid.contains(e.getKey())) {
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

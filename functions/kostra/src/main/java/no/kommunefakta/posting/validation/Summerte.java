package no.kommunefakta.posting.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.rule.PostingRule;
import no.kommunefakta.posting.rule.Utgave;

/**
 * The posting findings that are one record's part of a file sum ({@link PostingRule#SUMMERT}, the 2020 release's
 * skatt checks, {@link Utgave#skattSomSum()}): per control one finding for the file, without lines, when the records'
 * belop do not sum to 0 as the program sums them (32-bit integers), else none.
 */
final class Summerte {

    private Summerte() {
    }

    /**
     * Replaces, in place, the summed findings of each control by its file finding (at the first one's place): without
     * lines, or, when {@code linjerMaks} is not 0 and there are at most that many, one finding per summed record
     * (the 2018/2019 packages' {@code ControlSkatteinntekter}, {@code Pakke#linjerMaks()}).
     */
    static void slaaSammen(List<Finding> findings, int linjerMaks) {
        if (findings.stream().noneMatch(f -> summert(f))) {
            return;
        }
        Set<String> av = new HashSet<>();
        findings.stream().filter(f -> PostingRule.SUMMERT_AV.equals(f.field())).forEach(f -> av.add(f.control()));
        findings.removeIf(f -> summert(f) && av.contains(f.control()));
        Map<String, Long> summer = new LinkedHashMap<>();
        Map<String, List<Integer>> linjer = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (PostingRule.SUMMERT.equals(f.field())) {
                summer.merge(f.control(), Long.parseLong(f.value()), Long::sum);
                linjer.computeIfAbsent(f.control(), c -> new ArrayList<>()).addAll(f.lines());
            }
        }
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!PostingRule.SUMMERT.equals(f.field())) {
                result.add(f);
                continue;
            }
            Long sum = summer.remove(f.control());
            if (sum != null && (int) sum.longValue() != 0) {
                List<Integer> l = linjer.get(f.control());
                if (linjerMaks > 0 && l.size() <= linjerMaks) {
                    for (int line : l) {
                        result.add(new Finding(f.control(), f.severity(), "fil", Long.toString(sum),
                                f.message() + " I filen summerer de til " + sum + ".", List.of(line)));
                    }
                } else {
                    result.add(new Finding(f.control(), f.severity(), "fil", Long.toString(sum),
                            f.message() + " I filen summerer de til " + sum + ".", List.of()));
                }
            }
        }
        findings.clear();
        findings.addAll(result);
    }

    /**
     * A single posting is the whole file: its summed findings report only when its belop is not 0 and no record
     * switched the sum off ({@link PostingRule#SUMMERT_AV}, removed with them).
     */
    static void enPost(List<Finding> findings) {
        Set<String> av = new HashSet<>();
        findings.stream().filter(f -> PostingRule.SUMMERT_AV.equals(f.field())).forEach(f -> av.add(f.control()));
        findings.removeIf(f -> summert(f) && (av.contains(f.control())
                || PostingRule.SUMMERT.equals(f.field()) && (int) Long.parseLong(f.value()) == 0));
    }

    private static boolean summert(Finding f) {
        return PostingRule.SUMMERT.equals(f.field()) || PostingRule.SUMMERT_AV.equals(f.field());
    }
}

package no.kommunefakta.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Sends payloads to a target and checks every answer against {@link Invariants}. */
public final class FuzzRun {

    /** Where the payloads go: the packaged app over HTTP, or the Lambda handler through the mock runtime. */
    @FunctionalInterface
    public interface Target {
        Invariants.Answer send(String route, byte[] body) throws Exception;
    }

    /**
     * The outcome for one route.
     *
     * @param byStatus   answers per HTTP status
     * @param violations the first broken invariants, each with its payload
     */
    public record Report(String route, int payloads, Map<Integer, Integer> byStatus, int violationCount,
                         List<String> violations, long nanos) {

        public String summary() {
            return String.format("%s: %d payloads in %.1f s (%.0f/s), status %s, %d violations", route, payloads,
                    nanos / 1e9, payloads / (nanos / 1e9), byStatus, violationCount);
        }
    }

    private FuzzRun() {
    }

    public static Report run(Target target, String route, int payloads, long seed) throws Exception {
        Iterator<Payloads.Payload> source = Payloads.stream(route, seed);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        int count = 0;
        long start = System.nanoTime();
        for (int i = 0; i < payloads; i++) {
            Payloads.Payload p = source.next();
            Invariants.Answer answer = target.send(route, p.body());
            byStatus.merge(answer.status(), 1, Integer::sum);
            Optional<String> broken = Invariants.check(route, answer);
            if (broken.isPresent()) {
                count++;
                if (violations.size() < 20) {
                    violations.add(broken.get() + " for " + p.kind() + " payload #" + i + " " + excerpt(p.text())
                            + " -> " + excerpt(new String(answer.body(), StandardCharsets.UTF_8)));
                }
            }
        }
        return new Report(route, payloads, byStatus, count, violations, System.nanoTime() - start);
    }

    private static String excerpt(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…(" + s.length() + ")";
    }
}

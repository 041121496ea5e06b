package no.kommunefakta.site.prikking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Small-count suppression as in SSB's KOSTRA practice (R package Kostra, {@code ProtectKostra(maxN = 3,
 * protectZeros = TRUE)}): every count ≤ maxN, zeros included, is primary-suppressed; cells SSB already suppressed stay
 * suppressed; then further cells are suppressed until no protected cell can be recomputed from the published cells
 * through the summation rules (checked exactly: a cell is disclosed iff its unit vector lies in the row space of the
 * rules restricted to the unpublished cells).
 */
public final class Prikking {

    /** Why a cell is not published. */
    public enum Grunn {
        /** Count ≤ maxN (zeros too). */
        PRIMAER,
        /** Hidden so that a primary cell cannot be recomputed from totals. */
        SEKUNDAER,
        /** SSB already suppressed it (":"). */
        SSB
    }

    private static final double EPS = 1e-9;

    private Prikking() {
    }

    /**
     * @param verdier     cell id -> true value; {@code null} for a cell that has no number (missing data)
     * @param ssbPrikket  cells SSB published as ":"
     * @param regler      summation rules between cells
     * @param maxN        largest count that is primary-suppressed
     * @return cell id -> reason, for every cell that must not be published
     */
    public static Map<String, Grunn> prikk(Map<String, BigDecimal> verdier, Set<String> ssbPrikket,
            List<Summeringsregel> regler, int maxN) {
        Map<String, Grunn> skjult = new TreeMap<>();
        BigDecimal grense = BigDecimal.valueOf(maxN);
        verdier.forEach((id, v) -> {
            if (v != null && v.compareTo(grense) <= 0) {
                skjult.put(id, Grunn.PRIMAER);
            }
        });
        ssbPrikket.forEach(id -> skjult.put(id, Grunn.SSB));
        if (skjult.isEmpty()) {
            return skjult;
        }
        while (true) {
            String avslort = foersteAvslorte(verdier, skjult, regler);
            if (avslort == null) {
                return skjult;
            }
            String neste = velgSekundaer(avslort, verdier, skjult, regler);
            if (neste == null) {
                throw new IllegalStateException("cannot protect cell " + avslort + ": no publishable cell left in its rules");
            }
            skjult.put(neste, Grunn.SEKUNDAER);
        }
    }

    private static boolean ukjent(String id, Map<String, BigDecimal> verdier, Map<String, Grunn> skjult) {
        return skjult.containsKey(id) || verdier.get(id) == null;
    }

    /** First protected cell (primary or SSB) that the published cells determine, or null. */
    static String foersteAvslorte(Map<String, BigDecimal> verdier, Map<String, Grunn> skjult, List<Summeringsregel> regler) {
        List<String> ukjente = new ArrayList<>();
        Map<String, Integer> kolonne = new HashMap<>();
        for (Summeringsregel r : regler) {
            for (String id : celler(r)) {
                if (ukjent(id, verdier, skjult) && !kolonne.containsKey(id)) {
                    kolonne.put(id, ukjente.size());
                    ukjente.add(id);
                }
            }
        }
        List<double[]> rader = new ArrayList<>();
        for (Summeringsregel r : regler) {
            double[] rad = new double[ukjente.size()];
            boolean noe = false;
            Integer t = kolonne.get(r.total());
            if (t != null) {
                rad[t] += 1;
                noe = true;
            }
            for (String l : r.ledd()) {
                Integer k = kolonne.get(l);
                if (k != null) {
                    rad[k] -= 1;
                    noe = true;
                }
            }
            if (noe) {
                rader.add(rad);
            }
        }
        List<double[]> rref = rref(rader, ukjente.size());
        List<String> beskyttet = skjult.entrySet().stream().filter(e -> e.getValue() != Grunn.SEKUNDAER)
                .map(Map.Entry::getKey).sorted().toList();
        for (String id : beskyttet) {
            Integer k = kolonne.get(id);
            if (k != null && iRadrom(rref, k, ukjente.size())) {
                return id;
            }
        }
        return null;
    }

    private static List<double[]> rref(List<double[]> rader, int n) {
        List<double[]> m = new ArrayList<>();
        rader.forEach(r -> m.add(r.clone()));
        int rad = 0;
        for (int kol = 0; kol < n && rad < m.size(); kol++) {
            int piv = -1;
            for (int i = rad; i < m.size(); i++) {
                if (Math.abs(m.get(i)[kol]) > EPS) {
                    piv = i;
                    break;
                }
            }
            if (piv < 0) {
                continue;
            }
            double[] p = m.get(piv);
            m.set(piv, m.get(rad));
            m.set(rad, p);
            double d = p[kol];
            for (int j = 0; j < n; j++) {
                p[j] /= d;
            }
            for (int i = 0; i < m.size(); i++) {
                if (i != rad) {
                    double[] r = m.get(i);
                    double f = r[kol];
                    if (Math.abs(f) > EPS) {
                        for (int j = 0; j < n; j++) {
                            r[j] -= f * p[j];
                        }
                    }
                }
            }
            rad++;
        }
        return m.subList(0, rad);
    }

    /** Is the unit vector e_k in the row space of the (reduced) matrix? */
    private static boolean iRadrom(List<double[]> rref, int k, int n) {
        double[] v = new double[n];
        v[k] = 1;
        for (double[] r : rref) {
            int piv = -1;
            for (int j = 0; j < n; j++) {
                if (Math.abs(r[j]) > EPS) {
                    piv = j;
                    break;
                }
            }
            double f = v[piv];
            if (Math.abs(f) > EPS) {
                for (int j = 0; j < n; j++) {
                    v[j] -= f * r[j];
                }
            }
        }
        for (double x : v) {
            if (Math.abs(x) > EPS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Next cell to hide: among published cells of rules that already contain an unpublished cell, members before
     * totals, smallest value first, the first one whose hiding protects the disclosed cell; if no single cell does,
     * the first candidate (the loop then continues).
     */
    private static String velgSekundaer(String avslort, Map<String, BigDecimal> verdier, Map<String, Grunn> skjult,
            List<Summeringsregel> regler) {
        Comparator<String> minst = Comparator.<String, BigDecimal>comparing(verdier::get).thenComparing(Comparator.naturalOrder());
        Set<String> ledd = new LinkedHashSet<>();
        Set<String> totaler = new LinkedHashSet<>();
        for (Summeringsregel r : regler) {
            if (celler(r).stream().noneMatch(c -> ukjent(c, verdier, skjult))) {
                continue;
            }
            for (String l : r.ledd()) {
                if (!ukjent(l, verdier, skjult)) {
                    ledd.add(l);
                }
            }
            if (!ukjent(r.total(), verdier, skjult)) {
                totaler.add(r.total());
            }
        }
        List<String> kandidater = new ArrayList<>(ledd.stream().sorted(minst).toList());
        totaler.stream().filter(t -> !ledd.contains(t)).sorted(minst).forEach(kandidater::add);
        for (String k : kandidater) {
            Map<String, Grunn> proeve = new TreeMap<>(skjult);
            proeve.put(k, Grunn.SEKUNDAER);
            if (!avslores(avslort, verdier, proeve, regler)) {
                return k;
            }
        }
        return kandidater.isEmpty() ? null : kandidater.get(0);
    }

    private static boolean avslores(String celle, Map<String, BigDecimal> verdier, Map<String, Grunn> skjult,
            List<Summeringsregel> regler) {
        Map<String, Grunn> bare = new TreeMap<>();
        skjult.forEach((k, g) -> bare.put(k, k.equals(celle) ? Grunn.PRIMAER : Grunn.SEKUNDAER));
        return celle.equals(foersteAvslorte(verdier, bare, regler));
    }

    private static List<String> celler(Summeringsregel r) {
        List<String> l = new ArrayList<>(r.ledd().size() + 1);
        l.add(r.total());
        l.addAll(r.ledd());
        return l;
    }
}

package no.kommunefakta.site.nokkeltall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.Parallelt;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.prikking.Prikking;
import no.kommunefakta.site.prikking.Summeringsregel;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Regioner;

/**
 * All base data series, with regional aggregates (fylke EKAff, KOSTRA group EKGnn, landet EAK, landet uten Oslo EAKUO)
 * formed as sums, and small-count suppression applied to the series that need it.
 */
public final class Grunnlag {

    /** Largest count that is primary-suppressed. */
    public static final int MAX_N = 3;

    private final Regioner regioner;
    private final Map<String, Serie> serier;
    private final Map<String, List<String>> medlemmer;
    private final List<String> aggregater;

    public Grunnlag(Regioner regioner, Map<String, Serie> serier) {
        this(regioner, serier, Runnable::run);
    }

    /** @param parallel runs each series' aggregation and suppression (independent of the other series) as a task */
    public Grunnlag(Regioner regioner, Map<String, Serie> serier, Executor parallel) {
        this.regioner = regioner;
        this.serier = Collections.unmodifiableMap(new LinkedHashMap<>(serier));
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Fylke f : regioner.fylker().values()) {
            m.put(f.aggregatkode(), f.kommuner());
        }
        regioner.grupper().forEach(m::put);
        m.put(Regioner.LANDET, List.copyOf(regioner.kommuner().keySet()));
        m.put(Regioner.LANDET_UTEN_OSLO,
                regioner.kommuner().keySet().stream().filter(k -> !k.equals(Regioner.OSLO)).toList());
        this.medlemmer = Collections.unmodifiableMap(m);
        this.aggregater = List.copyOf(m.keySet());
        Parallelt.hver(List.copyOf(this.serier.values()), s -> {
            aggreger(s);
            if (s.def().prikkes()) {
                prikk(s);
            }
            return s;
        }, parallel, Parallelt.HJELPERE);
    }

    public Regioner regioner() {
        return regioner;
    }

    public Map<String, Serie> serier() {
        return serier;
    }

    public Serie serie(String id) {
        Serie s = serier.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown series '" + id + "' (not in grunnlag.csv)");
        }
        return s;
    }

    /** Kommuner making up an aggregate region code. */
    public List<String> medlemmer(String aggregat) {
        return medlemmer.getOrDefault(aggregat, List.of());
    }

    public List<String> aggregater() {
        return aggregater;
    }

    /** Cell of a series at a stored year; a region/year the source does not cover is "..". */
    public Celle celle(String serie, String region, int lagringsaar) {
        Celle c = serie(serie).raa(region, lagringsaar);
        return c == null ? Celle.MANGLER : c;
    }

    private void aggreger(Serie s) {
        if ("ingen".equals(s.def().aggregering())) {
            return;
        }
        for (int aar : s.aar()) {
            for (String agg : aggregater) {
                if (Regioner.LANDET_UTEN_OSLO.equals(agg)) {
                    continue;
                }
                Celle publisert = s.raa(agg, aar);
                if (publisert != null && s.def().tidspunkt() != Tidspunkt.FAST) {
                    continue;
                }
                s.sett(agg, aar, sum(s, medlemmer.get(agg), aar));
            }
            Celle uo = s.raa(Regioner.LANDET_UTEN_OSLO, aar);
            if (uo == null) {
                Celle landet = s.raa(Regioner.LANDET, aar);
                Celle oslo = s.raa(Regioner.OSLO, aar);
                if (landet != null && oslo != null && landet.harTall() && oslo.harTall()) {
                    s.sett(Regioner.LANDET_UTEN_OSLO, aar, Celle.tall(landet.verdi().subtract(oslo.verdi())));
                } else {
                    s.sett(Regioner.LANDET_UTEN_OSLO, aar, sum(s, medlemmer.get(Regioner.LANDET_UTEN_OSLO), aar));
                }
            }
        }
    }

    /** Sum over members when every member has a number; otherwise "..", or ":" if a member is suppressed. */
    private static Celle sum(Serie s, List<String> medl, int aar) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean prikket = false;
        for (String k : medl) {
            Celle c = s.raa(k, aar);
            if (c == null || !c.harTall()) {
                if (c != null && c.status() == Status.PRIKKET) {
                    prikket = true;
                    continue;
                }
                return Celle.MANGLER;
            }
            sum = sum.add(c.verdi());
        }
        return prikket ? new Celle(null, Status.PRIKKET, "ssb") : Celle.tall(sum);
    }

    private void prikk(Serie s) {
        List<Summeringsregel> regler = new ArrayList<>();
        for (String agg : aggregater) {
            if (Regioner.LANDET_UTEN_OSLO.equals(agg)) {
                regler.add(new Summeringsregel(Regioner.LANDET, List.of(Regioner.LANDET_UTEN_OSLO, Regioner.OSLO)));
            } else if (!Regioner.LANDET.equals(agg)) {
                regler.add(new Summeringsregel(agg, medlemmer.get(agg)));
            }
        }
        regler.add(new Summeringsregel(Regioner.LANDET,
                regioner.fylker().values().stream().map(Fylke::aggregatkode).toList()));
        for (int aar : s.aar()) {
            Map<String, BigDecimal> verdier = new HashMap<>();
            Set<String> ssb = new HashSet<>();
            List<String> alle = new ArrayList<>(regioner.kommuner().keySet());
            alle.addAll(aggregater);
            for (String r : alle) {
                Celle c = s.raa(r, aar);
                verdier.put(r, c != null && c.harTall() ? c.verdi() : null);
                if (c != null && c.status() == Status.PRIKKET) {
                    ssb.add(r);
                }
            }
            Map<String, Prikking.Grunn> skjult = Prikking.prikk(verdier, ssb, regler, MAX_N);
            skjult.forEach((r, g) -> {
                if (g != Prikking.Grunn.SSB) {
                    s.sett(r, aar, new Celle(null, Status.PRIKKET, g == Prikking.Grunn.PRIMAER ? "primaer" : "sekundaer"));
                }
            });
        }
    }
}

package no.kommunefakta.site.nokkeltall;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.Status;

/**
 * Computes every key figure for every region (kommuner and aggregates) from the base data. Aggregates are always
 * sum of numerators over sum of denominators, never averages of kommune ratios.
 */
public final class Beregning {

    private static final MathContext MC = MathContext.DECIMAL64;

    private final Grunnlag grunnlag;
    private final Katalog katalog;
    private final Map<String, SortedSet<Integer>> kandidatAar = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Map<Integer, Resultat>>> cache = new ConcurrentHashMap<>();
    private final Map<String, Rangering> rangeringer = new ConcurrentHashMap<>();

    public Beregning(Grunnlag grunnlag, Katalog katalog) {
        this.grunnlag = grunnlag;
        this.katalog = katalog;
    }

    public Grunnlag grunnlag() {
        return grunnlag;
    }

    public Katalog katalog() {
        return katalog;
    }

    /** All figure results for a region, figure id -> year -> result, over the figure's candidate years. */
    public Map<Integer, Resultat> resultater(Nokkeltall n, String region) {
        // get before computeIfAbsent: a hit must not lock the bin (every page asks for the same results many times)
        Map<String, Map<Integer, Resultat>> perRegion = cache.get(n.id());
        if (perRegion == null) {
            perRegion = cache.computeIfAbsent(n.id(), k -> new ConcurrentHashMap<>());
        }
        Map<Integer, Resultat> funnet = perRegion.get(region);
        if (funnet != null) {
            return funnet;
        }
        return perRegion.computeIfAbsent(region, r -> {
            SortedSet<Integer> kandidater = kandidatAar(n);
            int[] aar = new int[kandidater.size()];
            Resultat[] res = new Resultat[aar.length];
            int i = 0;
            for (int a : kandidater) {
                aar[i] = a;
                res[i++] = beregn(n, region, a);
            }
            return new Aarsresultater(aar, res);
        });
    }

    /**
     * Computes every figure's results for the given regions, figure by figure spread over the pool with the calling
     * thread taking part. The pages ask for the same results in region order; computed on demand, two threads would
     * wait for each other on the first pages' rankings (each needs one figure for every kommune).
     */
    public void beregnAlle(List<String> regioner, java.util.concurrent.Executor parallel, int hjelpere) {
        no.kommunefakta.site.data.Parallelt.hver(katalog.nokkeltall(), n -> {
            for (String r : regioner) {
                resultater(n, r);
            }
            return n;
        }, parallel, hjelpere);
    }

    /**
     * The figure's ranking in a year over a set of regions (every kommune, or every fylke's aggregate), computed once.
     *
     * @param sett  name of the set of regions, part of the cache key ("kommune", "fylke")
     * @param koder the regions of that set
     */
    public Rangering rangering(Nokkeltall n, String sett, List<String> koder, int aar) {
        return rangeringer.computeIfAbsent(n.id() + '/' + sett + '/' + aar, k -> {
            Map<String, Celle> v = new java.util.LinkedHashMap<>();
            for (String kode : koder) {
                Resultat r = resultater(n, kode).get(aar);
                v.put(kode, r == null ? Celle.MANGLER : r.verdi());
            }
            return Rangering.av(v);
        });
    }

    /** Years worth looking at: the catalogue's default years plus every year any used series has data for. */
    public SortedSet<Integer> kandidatAar(Nokkeltall n) {
        SortedSet<Integer> funnet = kandidatAar.get(n.id());
        if (funnet != null) {
            return funnet;
        }
        return kandidatAar.computeIfAbsent(n.id(), id -> {
            SortedSet<Integer> s = new TreeSet<>(n.aar());
            List<String> serier = new ArrayList<>(n.publisert());
            n.teller().ifPresent(u -> serier.addAll(u.serier()));
            for (String sid : serier) {
                Serie serie = grunnlag.serie(sid);
                if (serie.def().tidspunkt() == Tidspunkt.FAST) {
                    continue;
                }
                for (int lagret : serie.aar()) {
                    int aar = lagret;
                    while (serie.def().tidspunkt().lagringsaar(n.tidspunkt(), aar) > lagret) {
                        aar--;
                    }
                    while (serie.def().tidspunkt().lagringsaar(n.tidspunkt(), aar) < lagret) {
                        aar++;
                    }
                    s.add(aar);
                }
            }
            // at most the six latest: pages show three
            SortedSet<Integer> ut = new TreeSet<>();
            s.stream().sorted(Collections.reverseOrder()).limit(6).forEach(ut::add);
            return Collections.unmodifiableSortedSet(ut);
        });
    }

    public Resultat beregn(Nokkeltall n, String region, int aar) {
        boolean aggregat = !grunnlag.regioner().kommuner().containsKey(region);
        Celle teller;
        Celle nevner;
        String dekning = "";
        if (aggregat && brukerTilgjengelige(n)) {
            BigDecimal st = BigDecimal.ZERO;
            BigDecimal sn = BigDecimal.ZERO;
            List<String> medl = grunnlag.medlemmer(region);
            int antall = 0;
            for (String k : medl) {
                Celle t = evaluer(n.teller(), k, aar, n.tidspunkt());
                Celle v = evaluer(n.nevner(), k, aar, n.tidspunkt());
                if (t.harTall() && v.harTall()) {
                    st = st.add(t.verdi());
                    sn = sn.add(v.verdi());
                    antall++;
                }
            }
            teller = antall == 0 ? Celle.MANGLER : Celle.tall(st);
            nevner = antall == 0 ? Celle.MANGLER : Celle.tall(sn);
            if (antall > 0 && antall < medl.size()) {
                dekning = antall + " av " + medl.size() + " kommuner";
            }
        } else {
            teller = evaluer(n.teller(), region, aar, n.tidspunkt());
            nevner = evaluer(n.nevner(), region, aar, n.tidspunkt());
        }
        Celle publisert = null;
        for (String p : n.publisert()) {
            Serie s = grunnlag.serie(p);
            Celle c = s.raa(region, s.def().tidspunkt().lagringsaar(n.tidspunkt(), aar));
            if (c != null && (c.harTall() || c.status() == Status.PRIKKET || c.status() == Status.IKKE_MULIG)) {
                publisert = c;
                break;
            }
        }
        if (publisert != null) {
            Celle v = publisert.harTall() ? Celle.tall(publisert.verdi().setScale(n.desimaler(), RoundingMode.HALF_UP)) : publisert;
            return new Resultat(v, teller, nevner, "publisert", "");
        }
        if (n.nevner().isPresent()) {
            return new Resultat(forhold(n, teller, nevner), teller, nevner, teller.harTall() && nevner.harTall() ? "beregnet" : "", dekning);
        }
        if (n.teller().isPresent() && !n.erForhold()) {
            Celle v = teller.harTall() ? Celle.tall(teller.verdi().setScale(n.desimaler(), RoundingMode.HALF_UP)) : teller;
            return new Resultat(v, teller, Celle.MANGLER, teller.harTall() ? "beregnet" : "", dekning);
        }
        return new Resultat(Celle.MANGLER, teller, nevner, "", "");
    }

    private static Celle forhold(Nokkeltall n, Celle teller, Celle nevner) {
        if (teller.status() == Status.PRIKKET || nevner.status() == Status.PRIKKET) {
            return new Celle(null, Status.PRIKKET, teller.status() == Status.PRIKKET ? teller.aarsak() : nevner.aarsak());
        }
        if (!teller.harTall() || !nevner.harTall()) {
            return Celle.symbol(teller.status() == Status.IKKE_MULIG || nevner.status() == Status.IKKE_MULIG
                    ? Status.IKKE_MULIG : Status.MANGLER);
        }
        if (nevner.verdi().signum() == 0) {
            return Celle.symbol(Status.IKKE_MULIG);
        }
        return Celle.tall(teller.verdi().multiply(n.faktor()).divide(nevner.verdi(), MC).setScale(n.desimaler(), RoundingMode.HALF_UP));
    }

    private boolean brukerTilgjengelige(Nokkeltall n) {
        List<String> serier = new ArrayList<>();
        n.teller().ifPresent(u -> serier.addAll(u.serier()));
        n.nevner().ifPresent(u -> serier.addAll(u.serier()));
        return serier.stream().anyMatch(s -> "tilgjengelige".equals(grunnlag.serie(s).def().aggregering()));
    }

    /** Evaluates an expression for a region and figure year; suppressed terms give ":", missing terms "..". */
    public Celle evaluer(Optional<Uttrykk> u, String region, int aar, Tidspunkt figur) {
        if (u.isEmpty()) {
            return Celle.MANGLER;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Celle mangel = null;
        for (Uttrykk.Ledd l : u.get().ledd()) {
            Serie s = grunnlag.serie(l.serie());
            int lagret = s.def().tidspunkt().lagringsaar(figur, aar + l.forskyvning());
            Celle c = grunnlag.celle(l.serie(), region, lagret);
            if (!c.harTall()) {
                if (c.status() == Status.PRIKKET) {
                    return c;
                }
                mangel = mangel == null ? c : mangel;
                continue;
            }
            sum = l.fortegn() > 0 ? sum.add(c.verdi()) : sum.subtract(c.verdi());
        }
        return mangel != null ? mangel : Celle.tall(sum);
    }
}

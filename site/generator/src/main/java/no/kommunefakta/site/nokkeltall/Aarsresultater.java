package no.kommunefakta.site.nokkeltall;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One figure's results for one region, year to result, in ascending year order; immutable. A lookup scans the few
 * years (at most six) instead of walking a tree of boxed years: the pages ask for them millions of times.
 */
final class Aarsresultater extends AbstractMap<Integer, Resultat> {

    private final int[] aar;
    private final Resultat[] resultater;

    /** @param aar ascending, distinct years; {@code resultater} the result of each, none null */
    Aarsresultater(int[] aar, Resultat[] resultater) {
        if (aar.length != resultater.length) {
            throw new IllegalArgumentException(aar.length + " years but " + resultater.length + " results");
        }
        for (int i = 0; i < aar.length; i++) {
            if (i > 0 && aar[i] <= aar[i - 1]) {
                throw new IllegalArgumentException("years not ascending: " + aar[i - 1] + ", " + aar[i]);
            }
            if (resultater[i] == null) {
                throw new IllegalArgumentException("no result for " + aar[i]);
            }
        }
        this.aar = aar.clone();
        this.resultater = resultater.clone();
    }

    @Override
    public Resultat get(Object key) {
        if (key instanceof Integer a) {
            int v = a;
            for (int i = 0; i < aar.length; i++) {
                if (aar[i] == v) {
                    return resultater[i];
                }
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return aar.length;
    }

    @Override
    public Set<Map.Entry<Integer, Resultat>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Integer, Resultat>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < aar.length;
                    }

                    @Override
                    public Map.Entry<Integer, Resultat> next() {
                        if (i >= aar.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<Integer, Resultat> e = Map.entry(aar[i], resultater[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return aar.length;
            }
        };
    }
}

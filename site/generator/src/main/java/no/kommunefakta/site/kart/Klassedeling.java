package no.kommunefakta.site.kart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Quantile classes over the regions that have a value. Equal values always fall in the same class; when ties make a
 * class larger than its share, the remaining values are split again over the remaining classes, so classes stay as
 * even as the data allow. With fewer distinct values than classes, each distinct value is its own class; with no
 * values there are no classes.
 *
 * @param klasser the classes, lowest first; their ranges do not overlap
 */
public record Klassedeling(List<Klasse> klasser) {

    /**
     * One class: the values {@code v} with {@code fra <= v <= til}, where both bounds are values that occur.
     *
     * @param fra    smallest value in the class
     * @param til    largest value in the class
     * @param antall number of regions in the class
     */
    public record Klasse(BigDecimal fra, BigDecimal til, int antall) {
    }

    public Klassedeling {
        klasser = List.copyOf(klasser);
    }

    /** Splits the values into at most {@code antall} quantile classes. */
    public static Klassedeling kvantiler(Collection<BigDecimal> verdier, int antall) {
        if (antall < 1) {
            throw new IllegalArgumentException("number of classes must be at least 1, was " + antall);
        }
        List<BigDecimal> v = new ArrayList<>(verdier);
        v.sort(BigDecimal::compareTo);
        List<Klasse> ut = new ArrayList<>();
        int start = 0;
        int n = v.size();
        for (int igjen = antall; igjen > 0 && start < n; igjen--) {
            int del = (n - start + igjen - 1) / igjen;
            int slutt = start + del - 1;
            while (slutt + 1 < n && v.get(slutt + 1).compareTo(v.get(slutt)) == 0) {
                slutt++;
            }
            ut.add(new Klasse(v.get(start), v.get(slutt), slutt - start + 1));
            start = slutt + 1;
        }
        return new Klassedeling(ut);
    }

    /** The class index (0 = lowest) of a value, which must lie within the classes' range. */
    public int klasse(BigDecimal verdi) {
        for (int i = 0; i < klasser.size(); i++) {
            if (verdi.compareTo(klasser.get(i).til()) <= 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("value " + verdi + " is above the highest class");
    }
}

package no.kommunefakta.site.svg;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Groups of regions (e.g. the KOSTRA groups) that a map or chart marks on request. The SVG carries one hidden legend
 * element per group with the id {@code <svg id>-g<key>}; addressing the file with that fragment ({@code kart.svg#kart-g13})
 * makes the element the CSS {@code :target}, which shows it and, through a {@code :has()} rule, marks the group's
 * shapes. A region's own shape may be the target too ({@code kart.svg#kart-r0301}): then its group is marked with it.
 * One cached file serves every group and region: nothing is drawn twice, no copy per group.
 *
 * @param gruppeAvRegion group key per region code (regions without a group are absent); keys are letters and digits
 * @param tekst          legend text per group key, e.g. "KOSTRA-gruppe 13"; every key used in {@code gruppeAvRegion}
 */
public record Grupper(SortedMap<String, String> gruppeAvRegion, SortedMap<String, String> tekst) {

    /** No groups: nothing to mark. */
    public static final Grupper INGEN = new Grupper(new TreeMap<>(), new TreeMap<>());

    public Grupper {
        gruppeAvRegion = Collections.unmodifiableSortedMap(new TreeMap<>(gruppeAvRegion));
        tekst = Collections.unmodifiableSortedMap(new TreeMap<>(tekst));
        for (String g : tekst.keySet()) {
            if (!g.matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("group key '" + g + "' must be letters and digits (it is a CSS class)");
            }
        }
        for (Map.Entry<String, String> e : gruppeAvRegion.entrySet()) {
            if (!tekst.containsKey(e.getValue())) {
                throw new IllegalArgumentException("region '" + e.getKey() + "' is in group '" + e.getValue() + "', which has no text");
            }
        }
    }

    public static Grupper av(Map<String, String> gruppeAvRegion, Map<String, String> tekst) {
        return new Grupper(new TreeMap<>(gruppeAvRegion), new TreeMap<>(tekst));
    }

    public boolean tom() {
        return tekst.isEmpty();
    }

    /** The CSS class of a region's group ({@code g13}), empty if it has none. */
    public String klasse(String region) {
        String g = gruppeAvRegion.get(region);
        return g == null ? "" : "g" + g;
    }

    /** The regions of a group, in code order. */
    public java.util.SortedSet<String> medlemmer(String gruppe) {
        java.util.SortedSet<String> m = new java.util.TreeSet<>();
        gruppeAvRegion.forEach((region, g) -> {
            if (g.equals(gruppe)) {
                m.add(region);
            }
        });
        return m;
    }

    /** The fragment that marks a group in the SVG with this id: {@code kart-g13}. */
    public static String fragment(String svgId, String gruppe) {
        return svgId + "-g" + gruppe;
    }

    /**
     * Writes the rules: legend elements of class {@code gl} hidden unless targeted, and per group and pair
     * {@code #id:has(#id-gK:target,.gK:target) <velger>{regel}}, where {@code %s} in a selector is the group's class.
     *
     * @param velgerOgRegel selector, rule, selector, rule …
     */
    public void stil(StringBuilder sb, String svgId, String... velgerOgRegel) {
        if (tom()) {
            return;
        }
        if (velgerOgRegel.length % 2 != 0) {
            throw new IllegalArgumentException("selectors and rules come in pairs");
        }
        sb.append('#').append(svgId).append(" .gl{display:none}#").append(svgId).append(" .gl:target{display:inline}");
        for (String g : tekst.keySet()) {
            // the group is marked when its legend line is the target, or one of its regions (a shape with an id)
            String merket = "#" + svgId + ":has(#" + fragment(svgId, g) + ":target,.g" + g + ":target) ";
            sb.append(merket).append('#').append(fragment(svgId, g)).append("{display:inline}");
            for (int i = 0; i < velgerOgRegel.length; i += 2) {
                sb.append(merket).append(velgerOgRegel[i].replace("%s", "g" + g)).append('{').append(velgerOgRegel[i + 1]).append('}');
            }
        }
    }
}

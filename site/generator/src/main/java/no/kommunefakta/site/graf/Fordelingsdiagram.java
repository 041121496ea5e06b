package no.kommunefakta.site.graf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.svg.Grupper;
import no.kommunefakta.site.svg.Svg;
import no.kommunefakta.site.svg.SvgWriter;
import no.kommunefakta.site.svg.Verditekst;

/**
 * Draws the distribution of one figure over all regions as a standalone SVG: every region with a number as a thin bar,
 * ranked from highest to lowest on a zero baseline, the regions of a group (e.g. a KOSTRA group) in a darker colour
 * and one chosen region in a contrasting colour with its value and rank written out. Bars are drawn as three paths, so
 * 357 bars stay small; the page's table lists every value.
 */
public final class Fordelingsdiagram {

    private static final String ANDRE = "#b9c4d2";
    private static final String GRUPPE = "#0b57a4";
    private static final String VALGT = "#d95f02";

    /**
     * What to draw.
     *
     * @param id         id of the SVG element and prefix of its inner ids (unique on the page when inlined)
     * @param tittel     what the chart shows
     * @param enhet      unit, may be empty
     * @param desimaler  decimals of the values
     * @param verdier    value or SSB symbol per region code; regions without a number are counted, not drawn
     * @param navn       region names by code (for the chosen region and the description)
     * @param gruppe     codes of the group to mark, may be empty
     * @param gruppeTekst legend text for the group, e.g. "KOSTRA-gruppe 13"
     * @param valgt      the region to mark, if any
     * @param bredde     width in px
     * @param hoyde      height in px
     * @param grupper    groups to mark on request ({@code fordeling.svg#<id>-g13} colours group 13's bars)
     */
    public record Bestilling(String id, String tittel, String enhet, int desimaler, Map<String, Celle> verdier,
            Map<String, String> navn, Set<String> gruppe, String gruppeTekst, Optional<String> valgt, int bredde, int hoyde,
            Grupper grupper) {

        public Bestilling {
            SvgWriter.id(id);
            verdier = Map.copyOf(verdier);
            navn = Map.copyOf(navn);
            gruppe = Set.copyOf(gruppe);
            if (valgt.isPresent() && !verdier.containsKey(valgt.get())) {
                throw new IllegalArgumentException("chosen region '" + valgt.get() + "' has no entry in verdier");
            }
            for (String g : gruppe) {
                if (!verdier.containsKey(g)) {
                    throw new IllegalArgumentException("group region '" + g + "' has no entry in verdier");
                }
            }
        }

        /** A 600 × 180 px chart without marks. */
        public static Bestilling av(String id, String tittel, String enhet, int desimaler, Map<String, Celle> verdier,
                Map<String, String> navn) {
            return new Bestilling(id, tittel, enhet, desimaler, verdier, navn, Set.of(), "", Optional.empty(), 600, 180, Grupper.INGEN);
        }

        public Bestilling medGruppe(Set<String> koder, String tekst) {
            return new Bestilling(id, tittel, enhet, desimaler, verdier, navn, koder, tekst, valgt, bredde, hoyde, grupper);
        }

        public Bestilling medValgt(String kode) {
            return new Bestilling(id, tittel, enhet, desimaler, verdier, navn, gruppe, gruppeTekst, Optional.of(kode), bredde, hoyde, grupper);
        }

        /** The same chart where each of these groups can be marked by addressing the file with its fragment. */
        public Bestilling medGrupper(Grupper nye) {
            return new Bestilling(id, tittel, enhet, desimaler, verdier, navn, gruppe, gruppeTekst, valgt, bredde, hoyde, nye);
        }
    }

    private record Rad(String kode, BigDecimal verdi) {
    }

    private Fordelingsdiagram() {
    }

    public static Svg tegn(Bestilling b) {
        List<Rad> rader = new ArrayList<>();
        int utenTall = 0;
        for (Map.Entry<String, Celle> e : b.verdier().entrySet()) {
            if (e.getValue().harTall()) {
                rader.add(new Rad(e.getKey(), e.getValue().verdi()));
            } else {
                utenTall++;
            }
        }
        rader.sort(Comparator.comparing(Rad::verdi).reversed().thenComparing(Rad::kode));
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Rad r : rader) {
            min = min.min(r.verdi());
            max = max.max(r.verdi());
        }
        Akse akse = Akse.av(min, max);
        int venstre = akse.tekstBredde() + 8;
        int topp = 30;
        int bunn = 16;
        int plotB = b.bredde() - venstre - 6;
        int plotH = b.hoyde() - topp - bunn;
        int null0 = akse.y(BigDecimal.ZERO, topp, plotH);
        double spor = rader.isEmpty() ? plotB : (double) plotB / rader.size();

        String beskrivelse = beskrivelse(b, rader, utenTall);
        String id = b.id();
        StringBuilder sb = new StringBuilder(8 * 1024);
        SvgWriter.start(sb, id, b.bredde(), b.hoyde(), b.tittel(), beskrivelse);
        sb.append("<style>#").append(id).append(" text{font:10px system-ui,sans-serif;fill:#1a1a1a}#").append(id)
                .append(" .a{text-anchor:end}#").append(id).append(" .g{stroke:#e3e6ea}#").append(id).append(" .n{stroke:#1a1a1a}");
        b.grupper().stil(sb, id, "path.%s", "fill:" + GRUPPE);
        sb.append("</style>");
        akse.tegn(sb, venstre, plotB, topp, plotH);
        StringBuilder andre = new StringBuilder();
        StringBuilder gruppe = new StringBuilder();
        StringBuilder valgt = new StringBuilder();
        Map<String, StringBuilder> perGruppe = new java.util.TreeMap<>();
        int valgtIdx = -1;
        for (int i = 0; i < rader.size(); i++) {
            Rad r = rader.get(i);
            boolean erValgt = b.valgt().isPresent() && b.valgt().get().equals(r.kode());
            String gk = b.grupper().klasse(r.kode());
            StringBuilder d = erValgt ? valgt : b.gruppe().contains(r.kode()) ? gruppe
                    : gk.isEmpty() ? andre : perGruppe.computeIfAbsent(gk, k -> new StringBuilder());
            if (erValgt) {
                valgtIdx = i;
            }
            long x0 = Math.round((venstre + spor * i) * 10);
            long x1 = Math.round((venstre + spor * (i + 1)) * 10);
            long b10 = Math.max(erValgt ? 20 : 4, x1 - x0);
            long yv = Math.round(akse.yd(r.verdi(), topp, plotH) * 10);
            long h10 = yv - null0 * 10L;
            d.append('M');
            SvgWriter.tideler(d, x0);
            SvgWriter.tideler(d, null0 * 10L);
            d.append('h');
            SvgWriter.tideler(d, b10);
            d.append('v');
            SvgWriter.tideler(d, h10 == 0 ? (r.verdi().signum() == 0 ? 0 : -5) : h10);
            d.append('h');
            SvgWriter.tideler(d, -b10);
            d.append('z');
        }
        sti(sb, andre, ANDRE);
        perGruppe.forEach((gk, d) -> sb.append("<path class=\"").append(gk).append("\" fill=\"").append(ANDRE).append("\" d=\"").append(d).append("\"/>"));
        sti(sb, gruppe, GRUPPE);
        sti(sb, valgt, VALGT);

        // legend and the chosen region's value on the top line
        int x = venstre;
        if (valgtIdx >= 0) {
            Rad r = rader.get(valgtIdx);
            String tekst = navn(b, r.kode()) + ": " + Verditekst.verdi(Celle.tall(r.verdi()), v -> Verditekst.tall(v, b.desimaler()),
                    b.enhet()) + ", nr. " + (valgtIdx + 1) + " av " + rader.size();
            x = forklaring(sb, x, VALGT, tekst);
        } else if (b.valgt().isPresent()) {
            String kode = b.valgt().get();
            x = forklaring(sb, x, VALGT, navn(b, kode) + ": " + Verditekst.verdi(b.verdier().get(kode), v -> "", ""));
        }
        if (!b.gruppe().isEmpty()) {
            x = forklaring(sb, x, GRUPPE, b.gruppeTekst());
        }
        for (Map.Entry<String, String> g : b.grupper().tekst().entrySet()) {
            sb.append("<g class=\"gl\" id=\"").append(Grupper.fragment(id, g.getKey())).append("\">");
            forklaring(sb, x, GRUPPE, g.getValue());
            sb.append("</g>");
        }
        sb.append("<text x=\"").append(venstre).append("\" y=\"").append(b.hoyde() - 4).append("\">Høyest</text><text class=\"a\" x=\"")
                .append(venstre + plotB).append("\" y=\"").append(b.hoyde() - 4).append("\">Lavest</text></svg>");
        return new Svg(b.tittel(), beskrivelse, sb.toString());
    }

    private static int forklaring(StringBuilder sb, int x, String farge, String tekst) {
        sb.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"").append(farge).append("\"/><text x=\"")
                .append(x + 14).append("\" y=\"13\">").append(SvgWriter.escape(tekst)).append("</text>");
        return x + 14 + Verditekst.bredde(tekst, 10) + 16;
    }

    private static void sti(StringBuilder sb, StringBuilder d, String farge) {
        if (d.length() > 0) {
            sb.append("<path fill=\"").append(farge).append("\" d=\"").append(d).append("\"/>");
        }
    }

    private static String navn(Bestilling b, String kode) {
        return b.navn().getOrDefault(kode, kode);
    }

    private static String beskrivelse(Bestilling b, List<Rad> rader, int utenTall) {
        StringBuilder sb = new StringBuilder("Fordeling: ").append(b.tittel());
        if (!b.enhet().isBlank()) {
            sb.append(" (").append(b.enhet()).append(')');
        }
        sb.append(". ");
        if (rader.isEmpty()) {
            sb.append("Ingen har tall.");
        } else {
            java.util.function.Function<BigDecimal, String> f = v -> Verditekst.tall(v, b.desimaler());
            Rad hoy = rader.get(0);
            Rad lav = rader.get(rader.size() - 1);
            sb.append(rader.size()).append(" med tall, sortert fra høyest til lavest. Høyest: ").append(navn(b, hoy.kode())).append(' ')
                    .append(f.apply(hoy.verdi())).append(". Median: ").append(f.apply(median(rader))).append(". Lavest: ")
                    .append(navn(b, lav.kode())).append(' ').append(f.apply(lav.verdi())).append('.');
            if (b.valgt().isPresent()) {
                String kode = b.valgt().get();
                int plass = -1;
                for (int i = 0; i < rader.size(); i++) {
                    if (rader.get(i).kode().equals(kode)) {
                        plass = i + 1;
                    }
                }
                sb.append(' ').append(navn(b, kode));
                if (plass > 0) {
                    sb.append(" (markert) er nr. ").append(plass).append(" av ").append(rader.size()).append(" med ")
                            .append(f.apply(rader.get(plass - 1).verdi())).append('.');
                } else {
                    sb.append(" har ikke tall: ").append(Verditekst.verdi(b.verdier().get(kode), f, "")).append('.');
                }
            }
            if (!b.gruppe().isEmpty()) {
                sb.append(' ').append(gruppeBeskrivelse(b, b.gruppe(), b.gruppeTekst()));
            }
        }
        if (utenTall > 0) {
            sb.append(' ').append(utenTall).append(" uten tall er ikke med.");
        }
        return sb.toString();
    }

    /** "KOSTRA-gruppe 13 er markert: 12 med tall, median 4,2." for the given group of the chart's regions. */
    public static String gruppeBeskrivelse(Bestilling b, Set<String> gruppe, String tekst) {
        List<Rad> g = new ArrayList<>();
        for (String kode : new java.util.TreeSet<>(gruppe)) {
            Celle c = b.verdier().get(kode);
            if (c != null && c.harTall()) {
                g.add(new Rad(kode, c.verdi()));
            }
        }
        g.sort(Comparator.comparing(Rad::verdi).reversed().thenComparing(Rad::kode));
        StringBuilder sb = new StringBuilder(tekst).append(" er markert: ").append(g.size()).append(" med tall");
        if (!g.isEmpty()) {
            sb.append(", median ").append(Verditekst.tall(median(g), b.desimaler()));
        }
        return sb.append('.').toString();
    }

    /** Median of rows sorted descending (mean of the middle two for an even count, exact in BigDecimal). */
    private static BigDecimal median(List<Rad> sortert) {
        int n = sortert.size();
        if (n % 2 == 1) {
            return sortert.get(n / 2).verdi();
        }
        return sortert.get(n / 2 - 1).verdi().add(sortert.get(n / 2).verdi()).divide(BigDecimal.valueOf(2));
    }
}

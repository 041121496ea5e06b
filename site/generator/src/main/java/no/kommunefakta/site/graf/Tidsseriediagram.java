package no.kommunefakta.site.graf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.svg.Svg;
import no.kommunefakta.site.svg.SvgWriter;
import no.kommunefakta.site.svg.Verditekst;

/**
 * Draws one figure over the years as a standalone SVG bar chart: the region's values as bars, each labelled with its
 * value; optional comparison series (KOSTRA group, fylke, landet) as lines with distinct dash and marker shapes; a
 * value axis with labelled ticks and grid lines on a zero baseline; years without a number shown as a gap with the
 * SSB symbol ({@code ..}, {@code :}) where the bar would stand. Accessible ({@code role="img"}, title, desc with every
 * value) and deterministic.
 */
public final class Tidsseriediagram {

    private static final String SOYLE = "#0b57a4";
    /** Comparison line styles: colour, dash pattern, marker shape. Distinguishable without colour. */
    private static final String[][] LINJER = {
        {"#1a1a1a", "", "sirkel"},
        {"#b35806", "5 3", "kvadrat"},
        {"#542788", "2 2", "trekant"},
    };
    private static final int LINJE = 16;

    /**
     * What to draw.
     *
     * @param id           id of the SVG element and prefix of its inner ids (unique on the page when inlined)
     * @param tittel       what the chart shows, e.g. "Netto driftsutgifter per innbygger, Lørenskog"
     * @param enhet        unit, written after values in the description and tooltips, may be empty
     * @param desimaler    decimals of the values (axis ticks use as many as their step needs)
     * @param aar          the years, ascending, one bar slot each
     * @param hoved        the region's series (bars)
     * @param sammenligning up to three comparison series (lines)
     * @param bredde       width in px
     * @param hoyde        height in px
     */
    public record Bestilling(String id, String tittel, String enhet, int desimaler, List<Integer> aar, Tidsserie hoved,
            List<Tidsserie> sammenligning, int bredde, int hoyde) {

        public Bestilling {
            SvgWriter.id(id);
            aar = List.copyOf(aar);
            sammenligning = List.copyOf(sammenligning);
            if (aar.isEmpty()) {
                throw new IllegalArgumentException("aar must hold at least one year");
            }
            for (int i = 1; i < aar.size(); i++) {
                if (aar.get(i) <= aar.get(i - 1)) {
                    throw new IllegalArgumentException("aar must be ascending without repeats, got " + aar);
                }
            }
            if (sammenligning.size() > LINJER.length) {
                throw new IllegalArgumentException("at most " + LINJER.length + " comparison series, got " + sammenligning.size());
            }
            if (desimaler < 0) {
                throw new IllegalArgumentException("desimaler must be 0 or more, was " + desimaler);
            }
        }

        /** A 600 × 220 px chart. */
        public static Bestilling av(String id, String tittel, String enhet, int desimaler, List<Integer> aar, Tidsserie hoved,
                List<Tidsserie> sammenligning) {
            return new Bestilling(id, tittel, enhet, desimaler, aar, hoved, sammenligning, 600, 220);
        }
    }

    private Tidsseriediagram() {
    }

    public static Svg tegn(Bestilling b) {
        List<Integer> aar = b.aar();
        List<Tidsserie> alle = new ArrayList<>();
        alle.add(b.hoved());
        alle.addAll(b.sammenligning());
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Tidsserie s : alle) {
            for (int a : aar) {
                Celle c = s.celle(a);
                if (c.harTall()) {
                    min = min.min(c.verdi());
                    max = max.max(c.verdi());
                }
            }
        }
        Akse akse = Akse.av(min, max);
        int venstre = akse.tekstBredde() + 8;
        int hoyre = 6;
        // the unit, then the legend entries, laid out in as many rows as the width needs (never beyond the drawing)
        List<int[]> plass = new ArrayList<>();
        int rader = 0;
        if (!b.enhet().isBlank() || !b.sammenligning().isEmpty()) {
            rader = 1;
            int x = 2;
            List<Integer> bredder = new ArrayList<>();
            if (!b.enhet().isBlank()) {
                bredder.add(bredde(b.enhet()) + 14);
            }
            if (!b.sammenligning().isEmpty()) {
                bredder.add(14 + bredde(b.hoved().navn()) + 14);
                for (Tidsserie t : b.sammenligning()) {
                    bredder.add(22 + bredde(t.navn()) + 14);
                }
            }
            for (int w : bredder) {
                if (x > 2 && x + w - 14 > b.bredde() - 2) {
                    rader++;
                    x = 2;
                }
                plass.add(new int[] {x, (rader - 1) * LINJE});
                x += w;
            }
        }
        int topp = rader * LINJE + (rader > 0 ? 2 : 0) + 14; // legend rows, then room for the labels above the bars
        int bunn = 20;
        int plotB = b.bredde() - venstre - hoyre;
        int plotH = b.hoyde() - topp - bunn;
        if (plotB < 20 * aar.size() / 2 || plotH < 40) {
            throw new IllegalArgumentException("chart " + b.bredde() + "×" + b.hoyde() + " px is too small for " + aar.size() + " years");
        }
        double spor = (double) plotB / aar.size();
        int stolpeB = Math.min(48, Math.max(2, (int) Math.round(spor * 0.62)));

        String id = b.id();
        String beskrivelse = beskrivelse(b);
        StringBuilder sb = new StringBuilder(8 * 1024);
        SvgWriter.start(sb, id, b.bredde(), b.hoyde(), b.tittel(), beskrivelse);
        sb.append("<style>#").append(id).append(" text{font:10px system-ui,sans-serif;fill:#1a1a1a}#").append(id)
                .append(" .a{text-anchor:end}#").append(id).append(" .m{text-anchor:middle}#").append(id)
                .append(" .g{stroke:#e3e6ea}#").append(id).append(" .n{stroke:#1a1a1a}#").append(id).append(" .s{fill:").append(SOYLE)
                .append("}#").append(id).append(" .y{fill:#555;font-size:12px;font-weight:700}</style>");

        akse.tegn(sb, venstre, plotB, topp, plotH);
        int null0 = akse.y(BigDecimal.ZERO, topp, plotH);

        // year labels: every year if they fit, else every n-th and the last
        int hvert = Math.max(1, (int) Math.ceil(28 / spor));
        int sisteI = aar.size() - 1;
        for (int i = 0; i < aar.size(); i++) {
            // the first and the last year always; between them every n-th that keeps clear of the last
            if (i == sisteI || i % hvert == 0 && sisteI - i >= hvert) {
                sb.append("<text class=\"m\" x=\"").append(midt(i, venstre, spor)).append("\" y=\"").append(b.hoyde() - 6).append("\">")
                        .append(aar.get(i)).append("</text>");
            }
        }

        // bars with value labels (all when they fit, else the last, highest and lowest)
        int maksEtikett = 0;
        for (int a : aar) {
            Celle c = b.hoved().celle(a);
            maksEtikett = Math.max(maksEtikett, bredde(c.harTall() ? Verditekst.tall(c.verdi(), b.desimaler()) : c.status().symbol()));
        }
        boolean alleEtiketter = maksEtikett + 2 <= spor;
        int hoyIdx = -1;
        int lavIdx = -1;
        for (int i = 0; i < aar.size(); i++) {
            Celle c = b.hoved().celle(aar.get(i));
            if (c.harTall()) {
                if (hoyIdx < 0 || c.verdi().compareTo(b.hoved().celle(aar.get(hoyIdx)).verdi()) > 0) {
                    hoyIdx = i;
                }
                if (lavIdx < 0 || c.verdi().compareTo(b.hoved().celle(aar.get(lavIdx)).verdi()) < 0) {
                    lavIdx = i;
                }
            }
        }
        for (int i = 0; i < aar.size(); i++) {
            int a = aar.get(i);
            Celle c = b.hoved().celle(a);
            int mx = midt(i, venstre, spor);
            String tittel = b.hoved().navn() + " " + a + ": " + verdi(c, b);
            if (!c.harTall()) {
                sb.append("<text class=\"m y\" x=\"").append(mx).append("\" y=\"").append(null0 - 3).append("\"><title>")
                        .append(SvgWriter.escape(tittel)).append("</title>").append(SvgWriter.escape(c.status().symbol())).append("</text>");
                continue;
            }
            int yv = akse.y(c.verdi(), topp, plotH);
            int y0 = Math.min(yv, null0);
            int h = Math.max(Math.abs(null0 - yv), c.verdi().signum() == 0 ? 0 : 1);
            sb.append("<rect class=\"s\" x=\"").append(mx - stolpeB / 2).append("\" y=\"").append(y0).append("\" width=\"")
                    .append(stolpeB).append("\" height=\"").append(h).append("\"><title>").append(SvgWriter.escape(tittel))
                    .append("</title></rect>");
            if (alleEtiketter || i == 0 || i == aar.size() - 1 || i == hoyIdx || i == lavIdx) {
                int ty = c.verdi().signum() < 0 ? y0 + h + 10 : y0 - 3;
                String t = Verditekst.tall(c.verdi(), b.desimaler());
                int w = bredde(t);
                // kept inside the drawing: a label wider than its slot at either end is anchored at the edge
                String klasse = "m";
                int tx = mx;
                if (!alleEtiketter && i == 0) {
                    // the first label grows rightwards from its bar, clear of the value axis' labels
                    klasse = "st";
                    tx = mx - stolpeB / 2;
                } else if (mx + w / 2 > b.bredde() - 1) {
                    klasse = "a";
                    tx = b.bredde() - 1;
                } else if (mx - w / 2 < 1) {
                    klasse = "st";
                    tx = 1;
                }
                sb.append("<text class=\"").append(klasse).append("\" x=\"").append(tx).append("\" y=\"").append(ty).append("\">")
                        .append(t).append("</text>");
            }
        }

        // comparison lines, broken where a year has no number
        for (int s = 0; s < b.sammenligning().size(); s++) {
            Tidsserie serie = b.sammenligning().get(s);
            String[] stil = LINJER[s];
            StringBuilder d = new StringBuilder();
            boolean iLinje = false;
            for (int i = 0; i < aar.size(); i++) {
                Celle c = serie.celle(aar.get(i));
                if (!c.harTall()) {
                    iLinje = false;
                    continue;
                }
                d.append(iLinje ? 'L' : 'M').append(midt(i, venstre, spor)).append(' ').append(akse.y(c.verdi(), topp, plotH));
                iLinje = true;
            }
            sb.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(stil[0]).append("\" stroke-width=\"1.5\"");
            if (!stil[1].isEmpty()) {
                sb.append(" stroke-dasharray=\"").append(stil[1]).append('"');
            }
            sb.append("/>");
            for (int i = 0; i < aar.size(); i++) {
                Celle c = serie.celle(aar.get(i));
                if (c.harTall()) {
                    markoer(sb, stil, midt(i, venstre, spor), akse.y(c.verdi(), topp, plotH),
                            serie.navn() + " " + aar.get(i) + ": " + verdi(c, b));
                }
            }
        }

        // legend rows: the unit above the value axis, then what tells the series apart
        int p = 0;
        if (!b.enhet().isBlank()) {
            int[] xy = plass.get(p++);
            sb.append("<text x=\"").append(xy[0]).append("\" y=\"").append(xy[1] + 12).append("\">").append(SvgWriter.escape(b.enhet())).append("</text>");
        }
        if (!b.sammenligning().isEmpty()) {
            int[] xy = plass.get(p++);
            sb.append("<rect class=\"s\" x=\"").append(xy[0]).append("\" y=\"").append(xy[1] + 3).append("\" width=\"10\" height=\"10\"/><text x=\"")
                    .append(xy[0] + 14).append("\" y=\"").append(xy[1] + 12).append("\">").append(SvgWriter.escape(b.hoved().navn())).append("</text>");
            for (int s = 0; s < b.sammenligning().size(); s++) {
                String[] stil = LINJER[s];
                xy = plass.get(p++);
                int ly = xy[1] + 8;
                sb.append("<path d=\"M").append(xy[0]).append(' ').append(ly).append("h18\" stroke=\"").append(stil[0]).append("\" stroke-width=\"1.5\"");
                if (!stil[1].isEmpty()) {
                    sb.append(" stroke-dasharray=\"").append(stil[1]).append('"');
                }
                sb.append("/>");
                markoer(sb, stil, xy[0] + 9, ly, null);
                String navn = b.sammenligning().get(s).navn();
                sb.append("<text x=\"").append(xy[0] + 22).append("\" y=\"").append(xy[1] + 12).append("\">").append(SvgWriter.escape(navn)).append("</text>");
            }
        }
        sb.append("</svg>");
        return new Svg(b.tittel(), beskrivelse, sb.toString());
    }

    private static int bredde(String s) {
        return Verditekst.bredde(s, 10);
    }

    private static void markoer(StringBuilder sb, String[] stil, int x, int y, String tittel) {
        String slutt = tittel == null ? "/>" : "><title>" + SvgWriter.escape(tittel) + "</title></path>";
        switch (stil[2]) {
            case "sirkel" -> sb.append("<path d=\"M").append(x - 3).append(' ').append(y).append("a3 3 0 1 0 6 0a3 3 0 1 0-6 0\" fill=\"")
                    .append(stil[0]).append('"').append(slutt);
            case "kvadrat" -> sb.append("<path d=\"M").append(x - 3).append(' ').append(y - 3).append("h6v6h-6z\" fill=\"")
                    .append(stil[0]).append('"').append(slutt);
            default -> sb.append("<path d=\"M").append(x).append(' ').append(y - 4).append("l4 7h-8z\" fill=\"").append(stil[0])
                    .append('"').append(slutt);
        }
    }

    private static int midt(int i, int venstre, double spor) {
        return (int) Math.round(venstre + spor * (i + 0.5));
    }

    private static String verdi(Celle c, Bestilling b) {
        return Verditekst.verdi(c, v -> Verditekst.tall(v, b.desimaler()), b.enhet());
    }

    private static String beskrivelse(Bestilling b) {
        StringBuilder sb = new StringBuilder("Søylediagram: ").append(b.tittel());
        if (!b.enhet().isBlank()) {
            sb.append(" (").append(b.enhet()).append(')');
        }
        sb.append(", ").append(b.aar().get(0));
        if (b.aar().size() > 1) {
            sb.append('\u2013').append(b.aar().get(b.aar().size() - 1));
        }
        sb.append(". ");
        serie(sb, b.hoved(), b, "søyler");
        for (int s = 0; s < b.sammenligning().size(); s++) {
            serie(sb, b.sammenligning().get(s), b, "linje");
        }
        return sb.toString().trim();
    }

    private static void serie(StringBuilder sb, Tidsserie s, Bestilling b, String form) {
        sb.append(s.navn()).append(" (").append(form).append("): ");
        for (int i = 0; i < b.aar().size(); i++) {
            int a = b.aar().get(i);
            Celle c = s.celle(a);
            sb.append(i == 0 ? "" : ", ").append(a).append(' ').append(c.harTall() ? Verditekst.tall(c.verdi(), b.desimaler()) : c.status().symbol());
        }
        sb.append(". ");
    }

}

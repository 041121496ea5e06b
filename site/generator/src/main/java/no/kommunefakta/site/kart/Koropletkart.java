package no.kommunefakta.site.kart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.svg.Grupper;
import no.kommunefakta.site.svg.Svg;
import no.kommunefakta.site.svg.SvgWriter;
import no.kommunefakta.site.svg.Verditekst;

/**
 * Draws a choropleth map of all kommuner or all fylker as a standalone SVG: quantile classes in a colour-blind-safe
 * sequential palette (viridis, light = low), a distinct pattern per SSB symbol for regions without a number, a legend
 * with the class bounds, optional highlighted regions (outlined), fylke borders on kommune maps, and the "© Kartverket"
 * credit. One {@code <path>} per region with {@code data-kode}, an id ({@link #region}: addressing the file with it
 * outlines the region, and marks its group when groups are given) and a {@code <title>} giving name and value.
 */
public final class Koropletkart {

    /**
     * Visvalingam threshold in square pixels: details smaller than this are dropped. 1.2 px² keeps the 600 px
     * kommune map near 100 KB; the difference to 0.8 px² (120 KB) is invisible at 1×, at 2.0 px² (90 KB) bends turn
     * visibly angular when zoomed.
     */
    static final double TOLERANSE = 1.2;
    private static final int MARG = 4;
    private static final int LINJE = 16;
    /** The credit Kartverket's CC BY 4.0 licence asks for. */
    public static final String KREDITT = "© Kartverket";

    /** Viridis sampled for 1 to 5 classes, lowest class first. */
    private static final String[][] PALETT = {
        {"#21918c"},
        {"#fde725", "#21918c"},
        {"#fde725", "#21918c", "#440154"},
        {"#fde725", "#35b779", "#31688e", "#440154"},
        {"#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"},
    };

    /**
     * What to draw.
     *
     * @param id             id of the SVG element and prefix of its inner ids (unique on the page when inlined)
     * @param nivaa          kommuner or fylker
     * @param tittel         what the map shows, e.g. "Netto driftsutgifter per innbygger 2024"
     * @param enhet          unit written after values in tooltips and the description, may be empty
     * @param verdier        value or SSB symbol per region code; a region without an entry counts as ".."
     * @param format         formats a value (Norwegian: see {@link #norsk(int)})
     * @param fremhevet      regions to outline, may be empty
     * @param fremhevetTekst legend text for the outline, e.g. "KOSTRA-gruppe 13"
     * @param navn           region names to show instead of those in the boundary data (e.g. "Herøy (Nordland)")
     * @param bredde         width in px
     * @param klasser        number of quantile classes (at most 5)
     * @param grupper        groups to mark on request ({@code kart.svg#<id>-g13} fades every region outside group 13)
     */
    public record Bestilling(String id, Nivaa nivaa, String tittel, String enhet, Map<String, Celle> verdier,
            Function<BigDecimal, String> format, Set<String> fremhevet, String fremhevetTekst, Map<String, String> navn,
            int bredde, int klasser, Grupper grupper) {

        public Bestilling {
            SvgWriter.id(id);
            verdier = Map.copyOf(verdier);
            fremhevet = Set.copyOf(fremhevet);
            navn = Map.copyOf(navn);
            if (klasser < 1 || klasser > PALETT.length) {
                throw new IllegalArgumentException("klasser must be 1-" + PALETT.length + ", was " + klasser);
            }
            if (bredde < 100) {
                throw new IllegalArgumentException("bredde must be at least 100 px, was " + bredde);
            }
        }

        /** A 600 px wide map in 5 classes, nothing highlighted, names from the boundary data. */
        public static Bestilling av(String id, Nivaa nivaa, String tittel, String enhet, Map<String, Celle> verdier,
                Function<BigDecimal, String> format) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, Set.of(), "", Map.of(), 600, 5, Grupper.INGEN);
        }

        /** The same map with these regions outlined, labelled in the legend. */
        public Bestilling medFremhevet(Set<String> koder, String tekst) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, koder, tekst, navn, bredde, klasser, grupper);
        }

        public Bestilling medNavn(Map<String, String> nyeNavn) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, fremhevet, fremhevetTekst, nyeNavn, bredde, klasser, grupper);
        }

        /** The same map where each of these groups can be marked by addressing the file with its fragment. */
        public Bestilling medGrupper(Grupper nyeGrupper) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, fremhevet, fremhevetTekst, navn, bredde, klasser, nyeGrupper);
        }

        public Bestilling medBredde(int nyBredde) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, fremhevet, fremhevetTekst, navn, nyBredde, klasser, grupper);
        }
    }

    private Koropletkart() {
    }

    /** Norwegian number format with the given decimals: "12 345,6", "−0,4" (as the site's {@code Formatering}). */
    public static Function<BigDecimal, String> norsk(int desimaler) {
        return v -> Verditekst.tall(v, desimaler);
    }

    public static Svg tegn(Kartgrunnlag grunnlag, Bestilling b) {
        Lag lag = grunnlag.lag(b.nivaa());
        for (String kode : new TreeSet<>(b.verdier().keySet())) {
            if (lag.indeks(kode) < 0) {
                throw new IllegalArgumentException("map value for unknown " + b.nivaa().entall() + " '" + kode + "'");
            }
        }
        boolean[] fremhevet = new boolean[lag.flater.size()];
        for (String kode : new TreeSet<>(b.fremhevet())) {
            int i = lag.indeks(kode);
            if (i < 0) {
                throw new IllegalArgumentException("highlighted " + b.nivaa().entall() + " '" + kode + "' is not on the map");
            }
            fremhevet[i] = true;
        }
        int[] alle = new int[lag.flater.size()];
        for (int i = 0; i < alle.length; i++) {
            alle[i] = i;
        }
        Tegner t = grunnlag.tegner(b.nivaa(), "alle", alle, b.bredde(), MARG, TOLERANSE);

        List<BigDecimal> tall = new ArrayList<>();
        Map<Status, Integer> symboler = new EnumMap<>(Status.class);
        Celle[] celler = new Celle[t.antall()];
        for (int k = 0; k < t.antall(); k++) {
            Celle c = b.verdier().getOrDefault(t.flate(k).kode(), Celle.MANGLER);
            celler[k] = c;
            if (c.harTall()) {
                tall.add(c.verdi());
            } else {
                symboler.merge(c.status(), 1, Integer::sum);
            }
        }
        Klassedeling deling = Klassedeling.kvantiler(tall, b.klasser());
        String[] farger = deling.klasser().isEmpty() ? new String[0] : PALETT[deling.klasser().size() - 1];
        String id = b.id();

        List<String[]> legende = new ArrayList<>(); // {css class, label}
        for (int i = 0; i < deling.klasser().size(); i++) {
            Klassedeling.Klasse kl = deling.klasser().get(i);
            legende.add(new String[] {"k" + i, spenn(kl, b.format())});
        }
        for (Status s : symboler.keySet()) {
            legende.add(new String[] {klasse(s), s.forklaring() + " (" + s.symbol() + ")"});
        }
        boolean harFremhevet = !b.fremhevet().isEmpty();
        if (harFremhevet) {
            legende.add(new String[] {"h", b.fremhevetTekst()});
        }
        int legendeBredde = 12;
        for (String[] l : legende) {
            legendeBredde = Math.max(legendeBredde, 24 + tekstBredde(l[1]));
        }
        legendeBredde = Math.max(legendeBredde, Math.max(tekstBredde(b.enhet()), tekstBredde(KREDITT)));
        boolean harGrupper = !b.grupper().tom();
        for (String tekst : b.grupper().tekst().values()) {
            legendeBredde = Math.max(legendeBredde, 24 + tekstBredde(gruppelinje(tekst)));
        }
        int legendeHoyde = (legende.size() + 2 + (harGrupper ? 1 : 0)) * LINJE + 4;
        int[] pos = Plassering.finn(t, legendeBredde, legendeHoyde);
        int hoyde = pos[1] + legendeHoyde > t.hoyde ? pos[1] + legendeHoyde + MARG : t.hoyde;

        String beskrivelse = beskrivelse(b, t, deling, celler, symboler);
        StringBuilder sb = new StringBuilder(128 * 1024);
        SvgWriter.start(sb, id, b.bredde(), hoyde, b.tittel(), beskrivelse);
        sb.append("<style>");
        stil(sb, id, "path", "stroke:#fff;stroke-width:.4;stroke-linejoin:round;fill-rule:evenodd");
        stil(sb, id, "text", "font:11px system-ui,sans-serif;fill:#1a1a1a");
        for (int i = 0; i < farger.length; i++) {
            // the lightest class is close to the page's white (1.3:1): a grey outline (4.5:1) keeps its shapes apart from it
            stil(sb, id, ".k" + i, "fill:" + farger[i] + (i == 0 ? ";stroke:#767676" : ""));
        }
        for (Status s : symboler.keySet()) {
            stil(sb, id, "." + klasse(s), s == Status.IKKE_MULIG ? "fill:#d9d9d9" : "fill:url(#" + id + "-" + klasse(s) + ")");
        }
        stil(sb, id, ".g", "fill:none;stroke:#1a1a1a;stroke-width:.7");
        stil(sb, id, ".h", "fill:none;stroke:#000;stroke-width:2.6");
        stil(sb, id, ".i", "fill:none;stroke:#fff;stroke-width:1");
        stil(sb, id, "path:target", "stroke:#d95f02!important;stroke-width:2.5!important;opacity:1");
        b.grupper().stil(sb, id, ".r path:not(.%s)", "opacity:.2", ".r path.%s", "stroke:#1a1a1a;stroke-width:.5");
        sb.append("</style>");
        if (symboler.keySet().stream().anyMatch(s -> s != Status.IKKE_MULIG)) {
            sb.append("<defs>");
            for (Status s : symboler.keySet()) {
                moenster(sb, id, s);
            }
            sb.append("</defs>");
        }
        sb.append(harGrupper ? "<g class=\"r\">" : "<g>");
        for (int k = 0; k < t.antall(); k++) {
            Flate f = t.flate(k);
            Celle c = celler[k];
            String css = c.harTall() ? "k" + deling.klasse(c.verdi()) : klasse(c.status());
            String gruppe = b.grupper().klasse(f.kode());
            if (!gruppe.isEmpty()) {
                css = css + " " + gruppe;
            }
            String navn = b.navn().getOrDefault(f.kode(), f.navn());
            sb.append("<path id=\"").append(region(id, f.kode())).append("\" class=\"").append(css).append("\" data-kode=\"")
                    .append(f.kode()).append("\" d=\"")
                    .append(t.sti(k)).append("\"><title>").append(SvgWriter.escape(navn + ": " + verdi(c, b)))
                    .append("</title></path>");
        }
        sb.append("</g>");
        if (b.nivaa() == Nivaa.KOMMUNE) {
            sb.append("<path class=\"g\" d=\"").append(t.fylkesgrenser()).append("\"/>");
        }
        if (harFremhevet) {
            String omriss = t.buer(a -> (t.bruker1(a) >= 0 && fremhevet[t.bruker1(a)])
                    != (t.bruker2(a) >= 0 && fremhevet[t.bruker2(a)]));
            sb.append("<path class=\"h\" d=\"").append(omriss).append("\"/><path class=\"i\" d=\"").append(omriss).append("\"/>");
        }
        legende(sb, id, pos[0], pos[1], b.enhet(), legende, b.grupper());
        sb.append("</svg>");
        return new Svg(b.tittel(), beskrivelse, sb.toString());
    }

    /** The id of a region's shape: the fragment that marks it ({@code kart.svg#kart-r0301}). */
    public static String region(String svgId, String kode) {
        return svgId + "-r" + kode;
    }

    /** The legend line of a marked group. */
    static String gruppelinje(String tekst) {
        return tekst + " i sterk farge";
    }

    private static void legende(StringBuilder sb, String id, int x, int y, String enhet, List<String[]> rader, Grupper grupper) {
        sb.append("<g transform=\"translate(").append(x).append(' ').append(y).append(")\">");
        int ty = 11;
        if (!enhet.isBlank()) {
            sb.append("<text y=\"").append(ty).append("\">").append(SvgWriter.escape(enhet)).append("</text>");
            ty += LINJE;
        }
        for (String[] r : rader) {
            if (r[0].equals("h")) {
                sb.append("<path class=\"h\" d=\"M1 ").append(ty - 9).append("h14v10h-14z\"/><path class=\"i\" d=\"M1 ")
                        .append(ty - 9).append("h14v10h-14z\"/>");
            } else {
                sb.append("<path class=\"").append(r[0]).append("\" d=\"M1 ").append(ty - 9).append("h14v10h-14z\"/>");
            }
            sb.append("<text x=\"22\" y=\"").append(ty).append("\">").append(SvgWriter.escape(r[1])).append("</text>");
            ty += LINJE;
        }
        if (!grupper.tom()) {
            for (Map.Entry<String, String> g : grupper.tekst().entrySet()) {
                sb.append("<g class=\"gl\" id=\"").append(Grupper.fragment(id, g.getKey())).append("\"><path fill=\"#21918c\" d=\"M1 ")
                        .append(ty - 9).append("h14v10h-14z\"/><text x=\"22\" y=\"").append(ty).append("\">")
                        .append(SvgWriter.escape(gruppelinje(g.getValue()))).append("</text></g>");
            }
            ty += LINJE;
        }
        sb.append("<text y=\"").append(ty).append("\">").append(KREDITT).append("</text></g>");
    }

    private static String spenn(Klassedeling.Klasse k, Function<BigDecimal, String> format) {
        return k.fra().compareTo(k.til()) == 0 ? format.apply(k.fra()) : format.apply(k.fra()) + "\u2013" + format.apply(k.til());
    }

    private static String verdi(Celle c, Bestilling b) {
        return Verditekst.verdi(c, b.format(), b.enhet());
    }

    private static String beskrivelse(Bestilling b, Tegner t, Klassedeling deling, Celle[] celler, Map<Status, Integer> symboler) {
        StringBuilder sb = new StringBuilder();
        sb.append("Kart over ").append(t.antall()).append(' ').append(b.nivaa().flertall()).append(": ").append(b.tittel());
        if (!b.enhet().isBlank()) {
            sb.append(" (").append(b.enhet()).append(')');
        }
        sb.append(". ");
        if (deling.klasser().isEmpty()) {
            sb.append("Ingen ").append(b.nivaa().entall()).append(" har tall.");
        } else {
            sb.append("Fargen viser ").append(deling.klasser().size()).append(deling.klasser().size() == 1 ? " klasse" : " klasser")
                    .append(", fra lys (lavest) til mørk (høyest): ");
            for (int i = 0; i < deling.klasser().size(); i++) {
                Klassedeling.Klasse k = deling.klasser().get(i);
                sb.append(i == 0 ? "" : "; ").append(spenn(k, b.format())).append(" (").append(k.antall()).append(' ')
                        .append(k.antall() == 1 ? b.nivaa().entall() : b.nivaa().flertall()).append(')');
            }
            sb.append('.');
            int lav = -1;
            int hoy = -1;
            for (int k = 0; k < celler.length; k++) {
                if (celler[k].harTall()) {
                    if (lav < 0 || celler[k].verdi().compareTo(celler[lav].verdi()) < 0) {
                        lav = k;
                    }
                    if (hoy < 0 || celler[k].verdi().compareTo(celler[hoy].verdi()) > 0) {
                        hoy = k;
                    }
                }
            }
            sb.append(" Høyest: ").append(b.navn().getOrDefault(t.flate(hoy).kode(), t.flate(hoy).navn())).append(' ')
                    .append(verdi(celler[hoy], b)).append(". Lavest: ")
                    .append(b.navn().getOrDefault(t.flate(lav).kode(), t.flate(lav).navn())).append(' ')
                    .append(verdi(celler[lav], b)).append('.');
        }
        for (Map.Entry<Status, Integer> e : symboler.entrySet()) {
            sb.append(' ').append(e.getValue()).append(' ').append(e.getValue() == 1 ? b.nivaa().entall() : b.nivaa().flertall())
                    .append(" uten tall: ").append(e.getKey().forklaring().toLowerCase(java.util.Locale.ROOT)).append(" (")
                    .append(e.getKey().symbol()).append(", eget mønster).");
        }
        if (!b.fremhevet().isEmpty()) {
            sb.append(" Omrisset markerer ").append(b.fremhevetTekst()).append('.');
        }
        return sb.toString();
    }

    private static String klasse(Status s) {
        return switch (s) {
            case MANGLER -> "m";
            case PRIKKET -> "p";
            case IKKE_MULIG -> "x";
            case OPPGAVE_MANGLER -> "o";
            case TALL -> throw new IllegalArgumentException("a number has no symbol class");
        };
    }

    /** ".." diagonal hatching, ":" dots, "..." cross-hatching; "." is plain light grey (no pattern). */
    private static void moenster(StringBuilder sb, String id, Status s) {
        String start = "<pattern id=\"" + id + "-" + klasse(s) + "\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\"";
        switch (s) {
            case MANGLER -> sb.append(start).append(" patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/>"
                    + "<rect width=\"1.6\" height=\"4\" fill=\"#6e6e6e\"/></pattern>");
            case PRIKKET -> sb.append(start).append("><rect width=\"4\" height=\"4\" fill=\"#fff\"/>"
                    + "<circle cx=\"2\" cy=\"2\" r=\"1.2\" fill=\"#4d4d4d\"/></pattern>");
            case OPPGAVE_MANGLER -> sb.append(start).append(" patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/>"
                    + "<path d=\"M0 0h4M0 0v4\" stroke=\"#6e6e6e\" stroke-width=\"1.2\"/></pattern>");
            default -> {
            }
        }
    }

    private static void stil(StringBuilder sb, String id, String velger, String regler) {
        sb.append('#').append(id).append(' ').append(velger).append('{').append(regler).append('}');
    }

    static int tekstBredde(String s) {
        return Verditekst.bredde(s, 11);
    }
}

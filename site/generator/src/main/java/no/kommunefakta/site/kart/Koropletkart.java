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
     * @param lenker         link per region (its page), empty for none
     * @param utsnitt        enlarged insets of dense city regions (kommune maps only)
     * @param fylke          fylkesnummer whose kommuner alone are drawn, empty for all of Norway (kommune maps only)
     */
    public record Bestilling(String id, Nivaa nivaa, String tittel, String enhet, Map<String, Celle> verdier,
            Function<BigDecimal, String> format, Set<String> fremhevet, String fremhevetTekst, Map<String, String> navn,
            int bredde, int klasser, Grupper grupper, Map<String, String> lenker, List<Utsnitt> utsnitt, String fylke) {

        public Bestilling {
            SvgWriter.id(id);
            verdier = Map.copyOf(verdier);
            fremhevet = Set.copyOf(fremhevet);
            navn = Map.copyOf(navn);
            lenker = Map.copyOf(lenker);
            utsnitt = List.copyOf(utsnitt);
            if (klasser < 1 || klasser > PALETT.length) {
                throw new IllegalArgumentException("klasser must be 1-" + PALETT.length + ", was " + klasser);
            }
            if (bredde < 100) {
                throw new IllegalArgumentException("bredde must be at least 100 px, was " + bredde);
            }
            if (!utsnitt.isEmpty() && nivaa != Nivaa.KOMMUNE) {
                throw new IllegalArgumentException("insets are drawn on kommune maps only");
            }
            if (!fylke.isEmpty() && nivaa != Nivaa.KOMMUNE) {
                throw new IllegalArgumentException("only a kommune map can be limited to one fylke");
            }
        }

        /** A 600 px wide map in 5 classes, nothing highlighted, names from the boundary data, no links, no insets. */
        public static Bestilling av(String id, Nivaa nivaa, String tittel, String enhet, Map<String, Celle> verdier,
                Function<BigDecimal, String> format) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, Set.of(), "", Map.of(), 600, 5, Grupper.INGEN, Map.of(), List.of(), "");
        }

        /** The same map with these regions outlined, labelled in the legend. */
        public Bestilling medFremhevet(Set<String> koder, String tekst) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, koder, tekst, navn, bredde, klasser, grupper, lenker, utsnitt, fylke);
        }

        public Bestilling medNavn(Map<String, String> nyeNavn) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, fremhevet, fremhevetTekst, nyeNavn, bredde, klasser, grupper, lenker, utsnitt, fylke);
        }

        /** The same map where each of these groups can be marked by addressing the file with its fragment. */
        public Bestilling medGrupper(Grupper nyeGrupper) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, fremhevet, fremhevetTekst, navn, bredde, klasser, nyeGrupper, lenker, utsnitt, fylke);
        }

        public Bestilling medBredde(int nyBredde) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, fremhevet, fremhevetTekst, navn, nyBredde, klasser, grupper, lenker, utsnitt, fylke);
        }

        /** The same map where every region with an entry is a link ({@code <a href>}) to that page. */
        public Bestilling medLenker(Map<String, String> hrefAvRegion) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, fremhevet, fremhevetTekst, navn, bredde, klasser, grupper, hrefAvRegion, utsnitt, fylke);
        }

        /** The same kommune map drawing only the kommuner of this fylke (fylkesnummer), e.g. for the fylke's own page. */
        public Bestilling medFylke(String fylkesnummer) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, fremhevet, fremhevetTekst, navn, bredde, klasser, grupper, lenker, utsnitt, fylkesnummer);
        }

        /** The same kommune map with these enlarged insets of dense city regions. */
        public Bestilling medUtsnitt(List<Utsnitt> nyeUtsnitt) {
            return new Bestilling(id, nivaa, tittel, enhet, verdier, format, fremhevet, fremhevetTekst, navn, bredde, klasser, grupper, lenker, nyeUtsnitt, fylke);
        }
    }

    /**
     * A drawn map in its two forms: the standalone file (styles inside) and the markup to inline into a page, whose
     * styles go into a stylesheet of their own (the pages' CSP has {@code style-src 'self'}: no inline styles).
     *
     * @param fil    the standalone SVG (own {@code <style>})
     * @param inline the same drawing without its {@code <style>}, for a page that links {@code stil}
     * @param stil   the drawing's CSS (scoped by the SVG id)
     */
    public record Tegning(Svg fil, String inline, String stil) {
    }

    private Koropletkart() {
    }

    /** Norwegian number format with the given decimals: "12 345,6", "−0,4" (as the site's {@code Formatering}). */
    public static Function<BigDecimal, String> norsk(int desimaler) {
        return v -> Verditekst.tall(v, desimaler);
    }

    public static Svg tegn(Kartgrunnlag grunnlag, Bestilling b) {
        return tegning(grunnlag, b).fil();
    }

    /** The map as a standalone file and as markup to inline with its own stylesheet. */
    public static Tegning tegning(Kartgrunnlag grunnlag, Bestilling b) {
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
        int[] utvalg = utvalg(lag, b.fylke());
        if (utvalg.length == 0) {
            throw new IllegalArgumentException("no kommune of fylke '" + b.fylke() + "' is on the map");
        }
        Tegner t = grunnlag.tegner(b.nivaa(), utvalgNavn(b), utvalg, b.bredde(), MARG, TOLERANSE);

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
        int bunn = Math.max(t.hoyde, pos[1] + legendeHoyde + MARG);
        // the insets' places depend on the geometry and the legend's box only: the same for every map of that shape
        List<Ramme> rammer = b.utsnitt().isEmpty() ? List.of()
                : grunnlag.oppsett(new RammeNokkel(t, b.utsnitt(), b.fylke(), b.bredde(), pos[0], pos[1], legendeBredde, legendeHoyde, bunn),
                        k -> rammer(grunnlag, t, b, k.legende(), bunn));
        int hoyde = bunn;
        for (Ramme r : rammer) {
            hoyde = Math.max(hoyde, r.y + r.h + MARG);
        }

        String beskrivelse = beskrivelse(b, t, deling, celler, symboler, rammer);
        StringBuilder css = new StringBuilder(4096);
        stil(css, id, "path", "stroke:#fff;stroke-width:.4;stroke-linejoin:round;fill-rule:evenodd");
        stil(css, id, "text", "font:11px system-ui,sans-serif;fill:#1a1a1a");
        for (int i = 0; i < farger.length; i++) {
            // the lightest class is close to the page's white (1.3:1): a grey outline (4.5:1) keeps its shapes apart from it
            stil(css, id, ".k" + i, "fill:" + farger[i] + (i == 0 ? ";stroke:#767676" : ""));
        }
        for (Status s : symboler.keySet()) {
            stil(css, id, "." + klasse(s), s == Status.IKKE_MULIG ? "fill:#d9d9d9" : "fill:url(#" + id + "-" + klasse(s) + ")");
        }
        stil(css, id, ".g", "fill:none;stroke:#1a1a1a;stroke-width:.7");
        stil(css, id, ".h", "fill:none;stroke:#000;stroke-width:2.6");
        stil(css, id, ".i", "fill:none;stroke:#fff;stroke-width:1");
        // a very small kommune's marker: a dark ring keeps it apart from the sea and from any neighbour
        stil(css, id, ".s", "stroke:#1a1a1a;stroke-width:1");
        stil(css, id, ".uf", "fill:#fff;stroke:none");
        stil(css, id, ".ub", "fill:none;stroke:#1a1a1a;stroke-width:.8");
        stil(css, id, ".ur", "fill:none;stroke:#1a1a1a;stroke-width:.8");
        stil(css, id, ".ul", "fill:none;stroke:#1a1a1a;stroke-width:.6");
        stil(css, id, "a:hover path", "stroke:#1a1a1a;stroke-width:1");
        // keyboard focus: the shape turns light with a dark outline, so it stands out (>= 3:1) against light and dark neighbours
        stil(css, id, "a:focus", "outline:none");
        stil(css, id, "a:focus path", "fill:#fff3c4;stroke:#1a1a1a;stroke-width:2");
        stil(css, id, "path:target", "stroke:#d95f02!important;stroke-width:2.5!important;opacity:1");
        stil(css, id, ".vm", "stroke:#d95f02!important;stroke-width:2.5!important;opacity:1!important");
        b.grupper().stil(css, id, ".r path:not(.%s)", "opacity:.2", ".r path.%s", "stroke:#1a1a1a;stroke-width:.5");

        StringBuilder sb = new StringBuilder(160 * 1024);
        boolean moenstre = symboler.keySet().stream().anyMatch(s -> s != Status.IKKE_MULIG);
        if (moenstre || !rammer.isEmpty()) {
            sb.append("<defs>");
            for (Status s : symboler.keySet()) {
                moenster(sb, id, s);
            }
            for (int u = 0; u < rammer.size(); u++) {
                Ramme r = rammer.get(u);
                sb.append("<clipPath id=\"").append(id).append("-u").append(u).append("\"><rect x=\"").append(r.x).append("\" y=\"")
                        .append(r.y + RAMMETOPP).append("\" width=\"").append(r.b).append("\" height=\"").append(r.h - RAMMETOPP)
                        .append("\"/></clipPath>");
            }
            sb.append("</defs>");
        }
        sb.append(harGrupper ? "<g class=\"r\">" : "<g>");
        String[] klasser = new String[t.antall()];
        String[] titler = new String[t.antall()];
        for (int k = 0; k < t.antall(); k++) {
            Flate f = t.flate(k);
            Celle c = celler[k];
            String kl = c.harTall() ? "k" + deling.klasse(c.verdi()) : klasse(c.status());
            String gruppe = b.grupper().klasse(f.kode());
            klasser[k] = gruppe.isEmpty() ? kl : kl + " " + gruppe;
            titler[k] = SvgWriter.escape(b.navn().getOrDefault(f.kode(), f.navn()) + ": " + verdi(c, b));
            String href = b.lenker().get(f.kode());
            String markering = "";
            int[] boks = t.boks(k);
            if (boks[2] - boks[0] < SMAA * 10 && boks[3] - boks[1] < SMAA * 10) {
                markering = sirkel((boks[0] + boks[2]) / 2, (boks[1] + boks[3]) / 2, MARKOER);
            }
            if (href != null) {
                sb.append("<a href=\"").append(SvgWriter.escape(href)).append("\"><title>").append(titler[k]).append("</title>");
            }
            sb.append("<path id=\"").append(region(id, f.kode())).append("\" class=\"").append(klasser[k]).append("\" data-kode=\"")
                    .append(f.kode()).append("\" d=\"").append(t.sti(k));
            sb.append(href != null ? "\"/>" : "\"><title>" + titler[k] + "</title></path>");
            if (!markering.isEmpty()) {
                sb.append("<path class=\"").append(klasser[k]).append(" s\" d=\"").append(markering)
                        .append(href != null ? "\"/>" : "\"><title>" + titler[k] + "</title></path>");
            }
            if (href != null) {
                sb.append("</a>");
            }
        }
        sb.append("</g>");
        if (b.nivaa() == Nivaa.KOMMUNE && b.fylke().isEmpty()) {
            sb.append("<path class=\"g\" d=\"").append(t.fylkesgrenser()).append("\"/>");
        }
        if (harFremhevet) {
            String omriss = t.buer(a -> (t.bruker1(a) >= 0 && fremhevet[t.bruker1(a)])
                    != (t.bruker2(a) >= 0 && fremhevet[t.bruker2(a)]));
            sb.append("<path class=\"h\" d=\"").append(omriss).append("\"/><path class=\"i\" d=\"").append(omriss).append("\"/>");
        }
        // every window's outline and leader first: an inset's white frame then covers any leader that meets it
        for (Ramme r : rammer) {
            kildeOgLinje(sb, r);
        }
        for (int u = 0; u < rammer.size(); u++) {
            utsnitt(sb, id, u, rammer.get(u), t, b, klasser, titler, harGrupper);
        }
        legende(sb, id, pos[0], pos[1], b.enhet(), legende, b.grupper());
        sb.append("</svg>");
        String kropp = sb.toString();
        String stil = css.toString();
        StringBuilder fil = new StringBuilder(kropp.length() + stil.length() + 1024);
        SvgWriter.start(fil, id, b.bredde(), hoyde, b.tittel(), beskrivelse);
        fil.append("<style>").append(stil).append("</style>").append(kropp);
        StringBuilder inline = new StringBuilder(kropp.length() + 1024);
        // links inside: a group of links with a name, not an image (whose children a screen reader would not reach)
        SvgWriter.start(inline, id, b.bredde(), hoyde, b.tittel(), beskrivelse, b.lenker().isEmpty() ? "img" : "group");
        inline.append(kropp);
        return new Tegning(new Svg(b.tittel(), beskrivelse, fil.toString()), inline.toString(), stil);
    }

    /** The layer's regions to draw, ascending: all, or the kommuner of one fylke. */
    private static int[] utvalg(Lag lag, String fylke) {
        return java.util.stream.IntStream.range(0, lag.flater.size())
                .filter(i -> fylke.isEmpty() || lag.flater.get(i).fylkeKode().equals(fylke)).toArray();
    }

    private static String utvalgNavn(Bestilling b) {
        return b.fylke().isEmpty() ? "alle" : "fylke " + b.fylke();
    }

    /** Height of an inset's label strip above its enlarged map, px. */
    private static final int RAMMETOPP = 15;
    /** An inset's map width as a share of the map's width. */
    private static final double RAMMEANDEL = 0.23;
    /** The same on a fylke's map: its dense kommuner are fewer and already larger, so the window is smaller and shown larger. */
    private static final double RAMMEANDEL_FYLKE = 0.3;
    /** A region smaller than this many px both ways gets a marker (a ring it can be seen and clicked by). */
    static final int SMAA = 3;
    /** The marker's radius in tenths of a px. */
    private static final int MARKOER = 40;

    /**
     * An inset placed on the map: frame (label strip included) at {@code x, y} of {@code b × h} px, its own layout
     * {@code zoom} times the map's scale, and the shift from that layout's pixels to the frame.
     */
    private record Ramme(Utsnitt u, int x, int y, int b, int h, Tegner zoom, double dx, double dy, double[] vindu, int[] kilde) {
    }

    /** What the insets' layout depends on; {@code t} is the map's layout, shared per shape by {@link Kartgrunnlag#tegner}. */
    private record RammeNokkel(Tegner t, List<Utsnitt> utsnitt, String fylke, int bredde, int x, int y, int b, int h, int bunn) {
        List<int[]> legende() {
            List<int[]> opptatt = new ArrayList<>();
            opptatt.add(new int[] {x, y, b, h});
            return opptatt;
        }
    }

    /**
     * Lays out the insets: each enlarged around its kommuner's centre and put in the free spot (sea or abroad, not over
     * the legend or another inset) nearest to where it shows; below the map when no spot is free.
     */
    private static List<Ramme> rammer(Kartgrunnlag grunnlag, Tegner t, Bestilling b, List<int[]> opptatt, int bunn) {
        List<Ramme> ut = new ArrayList<>();
        int[] utvalg = utvalg(grunnlag.lag(Nivaa.KOMMUNE), b.fylke());
        int nesteX = MARG;
        int nesteY = bunn;
        int radHoyde = 0;
        for (Utsnitt u : b.utsnitt()) {
            double[] boks = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            Lag lag = grunnlag.lag(Nivaa.KOMMUNE);
            for (String kode : u.kommuner()) {
                double[] k = lag.boks(lag.indeks(kode));
                boks[0] = Math.min(boks[0], k[0]);
                boks[1] = Math.min(boks[1], k[1]);
                boks[2] = Math.max(boks[2], k[2]);
                boks[3] = Math.max(boks[3], k[3]);
            }
            double cx = (boks[0] + boks[2]) / 2;
            double cy = (boks[1] + boks[3]) / 2;
            int innerB = (int) Math.round(b.bredde() * (b.fylke().isEmpty() ? RAMMEANDEL : RAMMEANDEL_FYLKE));
            int innerH = (int) Math.round(innerB * u.hoydeKm() / u.breddeKm());
            double zoom = innerB / (u.breddeKm() * 1000 * t.skala());
            int zb = (int) Math.round((b.bredde() - 2 * MARG) * zoom) + 2 * MARG;
            zoom = (zb - 2.0 * MARG) / (b.bredde() - 2 * MARG);
            innerB = Math.max(innerB, tekstBredde(u.navn()) + 8);
            int rb = innerB;
            int rh = innerH + RAMMETOPP;
            // where the inset's window lies on the map, px
            double kb = innerB / zoom;
            double kh = innerH / zoom;
            int[] kilde = {(int) Math.round((t.px(cx) - kb / 2) * 10), (int) Math.round((t.py(cy) - kh / 2) * 10),
                (int) Math.round(kb * 10), (int) Math.round(kh * 10)};
            int[] plass = null;
            double best = Double.MAX_VALUE;
            double mx = t.px(cx);
            double my = t.py(cy);
            for (int y = MARG; y + rh + MARG <= t.hoyde; y += 4) {
                for (int x = MARG; x + rb + MARG <= t.bredde; x += 4) {
                    double dx = x + rb / 2.0 - mx;
                    double dy = y + rh / 2.0 - my;
                    double d = dx * dx + dy * dy; // squared: the same nearest place without a hypot per candidate
                    if (d < best && Plassering.fri(x, y, rb, rh, opptatt) && t.ledig(x - 2, y - 2, rb + 4, rh + 4)) {
                        best = d;
                        plass = new int[] {x, y};
                    }
                }
            }
            if (plass == null) {
                if (nesteX + rb + MARG > t.bredde) {
                    nesteX = MARG;
                    nesteY += radHoyde + MARG;
                    radHoyde = 0;
                }
                plass = new int[] {nesteX, nesteY};
                nesteX += rb + MARG;
                radHoyde = Math.max(radHoyde, rh);
            }
            opptatt.add(new int[] {plass[0], plass[1], rb, rh});
            Tegner z = grunnlag.tegner(Nivaa.KOMMUNE, utvalgNavn(b), utvalg, zb, MARG, TOLERANSE);
            double vx = z.px(cx) - innerB / 2.0;
            double vy = z.py(cy) - innerH / 2.0;
            ut.add(new Ramme(u, plass[0], plass[1], rb, rh, z, plass[0] - vx, plass[1] + RAMMETOPP - vy,
                    new double[] {vx, vy, vx + innerB, vy + innerH}, kilde));
        }
        return List.copyOf(ut);
    }

    /**
     * The inset's window on the map (a thin rectangle) and a leader from it to the inset's frame: from the window's
     * edge to the point of the frame nearest the window's centre, so it ends on the frame and never crosses the inset.
     * No leader where window and frame touch or overlap.
     */
    private static void kildeOgLinje(StringBuilder sb, Ramme r) {
        int[] k = r.kilde;
        sb.append("<path class=\"ur\" d=\"M");
        SvgWriter.tideler(sb, k[0]);
        SvgWriter.tideler(sb, k[1]);
        sb.append('h');
        SvgWriter.tideler(sb, k[2]);
        sb.append('v');
        SvgWriter.tideler(sb, k[3]);
        sb.append('h');
        SvgWriter.tideler(sb, -k[2]);
        sb.append("z\"/>");
        int[] linje = leder(k, new int[] {r.x * 10, r.y * 10, r.b * 10, r.h * 10});
        if (linje.length > 0) {
            sb.append("<path class=\"ul\" d=\"M");
            SvgWriter.tideler(sb, linje[0]);
            SvgWriter.tideler(sb, linje[1]);
            sb.append('L');
            SvgWriter.tideler(sb, linje[2]);
            SvgWriter.tideler(sb, linje[3]);
            sb.append("\"/>");
        }
    }

    /**
     * A leader between two boxes {x, y, width, height} (any unit): {x1, y1, x2, y2} from the edge of {@code kilde} to
     * the point of {@code ramme} nearest {@code kilde}'s centre; empty when the boxes touch or overlap.
     */
    static int[] leder(int[] kilde, int[] ramme) {
        boolean skilt = kilde[0] + kilde[2] < ramme[0] || ramme[0] + ramme[2] < kilde[0]
                || kilde[1] + kilde[3] < ramme[1] || ramme[1] + ramme[3] < kilde[1];
        if (!skilt) {
            return new int[0];
        }
        int fx = klemt(kilde[0] + kilde[2] / 2, ramme[0], ramme[0] + ramme[2]);
        int fy = klemt(kilde[1] + kilde[3] / 2, ramme[1], ramme[1] + ramme[3]);
        return new int[] {klemt(fx, kilde[0], kilde[0] + kilde[2]), klemt(fy, kilde[1], kilde[1] + kilde[3]), fx, fy};
    }

    private static int klemt(int v, int fra, int til) {
        return Math.max(fra, Math.min(til, v));
    }

    /** One inset: white frame, label, the regions in its window enlarged (links and titles as on the map), a border. */
    private static void utsnitt(StringBuilder sb, String id, int u, Ramme r, Tegner t, Bestilling b, String[] klasser, String[] titler,
            boolean harGrupper) {
        sb.append("<g class=\"u\"><rect class=\"uf\" x=\"").append(r.x).append("\" y=\"").append(r.y).append("\" width=\"").append(r.b)
                .append("\" height=\"").append(r.h).append("\"/><text x=\"").append(r.x + 4).append("\" y=\"").append(r.y + 11).append("\">")
                .append(SvgWriter.escape(r.u.navn())).append("</text><g clip-path=\"url(#").append(id).append("-u").append(u).append(")\">")
                .append(harGrupper ? "<g class=\"r\"" : "<g").append(" transform=\"translate(").append(tall(r.dx)).append(' ')
                .append(tall(r.dy)).append(")\">");
        Tegner z = r.zoom;
        // the main map and the enlarged layout list the same regions in the same order
        for (int i = 0; i < z.antall(); i++) {
            int[] bx = z.boks(i);
            if (bx[2] / 10.0 < r.vindu[0] || bx[0] / 10.0 > r.vindu[2] || bx[3] / 10.0 < r.vindu[1] || bx[1] / 10.0 > r.vindu[3]) {
                continue;
            }
            Flate f = z.flate(i);
            String href = b.lenker().get(f.kode());
            if (href != null) {
                sb.append("<a href=\"").append(SvgWriter.escape(href)).append("\"><title>").append(titler[i]).append("</title>");
            }
            sb.append("<path class=\"").append(klasser[i]).append("\" data-kode=\"").append(f.kode()).append("\" d=\"").append(z.sti(i));
            sb.append(href != null ? "\"/></a>" : "\"><title>" + titler[i] + "</title></path>");
        }
        sb.append("</g></g><rect class=\"ub\" x=\"").append(r.x).append("\" y=\"").append(r.y).append("\" width=\"").append(r.b)
                .append("\" height=\"").append(r.h).append("\"/></g>");
    }

    private static String tall(double v) {
        return SvgWriter.tideler(Math.round(v * 10));
    }

    /** A circle of radius {@code r} around {@code (cx, cy)} as path data, all in tenths of a px. */
    private static String sirkel(int cx, int cy, int r) {
        StringBuilder sb = new StringBuilder(48);
        sb.append('M');
        SvgWriter.tideler(sb, cx - r);
        SvgWriter.tideler(sb, cy);
        sb.append('a');
        for (int i = 0; i < 2; i++) {
            SvgWriter.tideler(sb, r);
            SvgWriter.tideler(sb, r);
            sb.append(" 0 1 0");
            SvgWriter.tideler(sb, i == 0 ? 2L * r : -2L * r);
            SvgWriter.tideler(sb, 0);
        }
        sb.append('z');
        return sb.toString();
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

    private static String beskrivelse(Bestilling b, Tegner t, Klassedeling deling, Celle[] celler, Map<Status, Integer> symboler,
            List<Ramme> rammer) {
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
        if (!rammer.isEmpty()) {
            sb.append(" Forstørret i egne ruter: ");
            for (int i = 0; i < rammer.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(rammer.get(i).u().navn());
            }
            sb.append('.');
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

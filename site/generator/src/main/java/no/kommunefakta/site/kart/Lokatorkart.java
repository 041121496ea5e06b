package no.kommunefakta.site.kart;

import java.util.ArrayList;
import java.util.List;

import no.kommunefakta.site.svg.Svg;
import no.kommunefakta.site.svg.SvgWriter;

/**
 * Small locator maps for region pages: a kommune marked among the kommuner of its fylke, or a fylke marked on the map
 * of Norway. Standalone SVG with title, description and the "© Kartverket" credit.
 */
public final class Lokatorkart {

    private static final int MARG = 3;
    /** Coarser than the choropleth (square pixels): a locator map only has to be recognisable. */
    static final double TOLERANSE = 1.5;
    private static final String MARKERT = "#0b57a4";
    private static final String ANDRE = "#d3d8de";
    /** A marked region smaller than this many px both ways gets a ring around it. */
    static final int SMAA = 6;

    private Lokatorkart() {
    }

    /**
     * The kommuner of the kommune's fylke, the kommune filled.
     *
     * @param kommunekode kommunenummer
     * @param id          SVG id (unique on the page when inlined)
     * @param navn        the kommune's name as the page writes it
     * @param bredde      width in px
     */
    public static Svg kommune(Kartgrunnlag grunnlag, String kommunekode, String id, String navn, int bredde) {
        Lag lag = grunnlag.lag(Nivaa.KOMMUNE);
        int valgt = lag.indeks(kommunekode);
        if (valgt < 0) {
            throw new IllegalArgumentException("kommune '" + kommunekode + "' is not on the map");
        }
        String fylke = lag.flater.get(valgt).fylkeKode();
        String fylkeNavn = grunnlag.fylke(fylke).map(Flate::navn).orElse("fylke " + fylke);
        List<Integer> i = new ArrayList<>();
        for (int f = 0; f < lag.flater.size(); f++) {
            if (lag.flater.get(f).fylkeKode().equals(fylke)) {
                i.add(f);
            }
        }
        if (i.size() > 1) {
            return tegn(grunnlag, Nivaa.KOMMUNE, "fylke " + fylke, i, valgt, id, bredde, "Kart: " + navn + " i " + fylkeNavn,
                    navn + " er markert med mørk farge på kartet over de " + i.size() + " kommunene i " + fylkeNavn + ".");
        }
        // a fylke of one kommune (Oslo): show it among its neighbours instead
        java.util.TreeSet<Integer> med = new java.util.TreeSet<>(i);
        for (int a = 0; a < lag.x.length; a++) {
            if (lag.bruker1[a] == valgt && lag.bruker2[a] >= 0) {
                med.add(lag.bruker2[a]);
            } else if (lag.bruker2[a] == valgt) {
                med.add(lag.bruker1[a]);
            }
        }
        return tegn(grunnlag, Nivaa.KOMMUNE, "naboer " + kommunekode, new ArrayList<>(med), valgt, id, bredde,
                "Kart: " + navn + " og nabokommunene", navn + " er markert med mørk farge blant de " + (med.size() - 1)
                        + " nabokommunene.");
    }

    /**
     * Norway's fylker, the fylke filled.
     *
     * @param fylkekode fylkesnummer
     * @param id        SVG id (unique on the page when inlined)
     * @param navn      the fylke's name as the page writes it
     * @param bredde    width in px
     */
    public static Svg fylke(Kartgrunnlag grunnlag, String fylkekode, String id, String navn, int bredde) {
        Lag lag = grunnlag.lag(Nivaa.FYLKE);
        int valgt = lag.indeks(fylkekode);
        if (valgt < 0) {
            throw new IllegalArgumentException("fylke '" + fylkekode + "' is not on the map");
        }
        List<Integer> i = new ArrayList<>();
        for (int f = 0; f < lag.flater.size(); f++) {
            i.add(f);
        }
        return tegn(grunnlag, Nivaa.FYLKE, "alle", i, valgt, id, bredde, "Kart: " + navn + " i Norge",
                navn + " er markert med mørk farge på kartet over Norges " + i.size() + " fylker.");
    }

    private static Svg tegn(Kartgrunnlag grunnlag, Nivaa nivaa, String navnPaaUtvalg, List<Integer> utvalg, int valgt, String id,
            int bredde, String tittel, String beskrivelse) {
        int[] v = utvalg.stream().mapToInt(Integer::intValue).toArray();
        Tegner t = grunnlag.tegner(nivaa, navnPaaUtvalg, v, bredde, MARG, TOLERANSE);
        String kreditt = Koropletkart.KREDITT;
        int kb = (int) Math.ceil(kreditt.length() * 5.2);
        int[] pos = Plassering.finn(t, kb, 11);
        int hoyde = Math.max(t.hoyde, pos[1] + 11 + MARG);
        StringBuilder sb = new StringBuilder(8 * 1024);
        SvgWriter.start(sb, id, bredde, hoyde, tittel, beskrivelse);
        sb.append("<style>#").append(id).append(" path{fill:").append(ANDRE)
                .append(";stroke:#fff;stroke-width:.5;stroke-linejoin:round;fill-rule:evenodd}#").append(id).append(" .m{fill:")
                .append(MARKERT).append("}#").append(id).append(" text{font:9px system-ui,sans-serif;fill:#1a1a1a}</style>");
        int markert = -1;
        for (int k = 0; k < t.antall(); k++) {
            if (v[k] == valgt) {
                markert = k;
                continue;
            }
            sti(sb, t, k, "");
        }
        sti(sb, t, markert, " class=\"m\"");
        int[] b = t.boks(markert);
        if (b[2] - b[0] < SMAA * 10 && b[3] - b[1] < SMAA * 10) {
            // a region a few px wide is a speck: a dot on it and a ring around it show where it is
            int r = 7;
            int cx = Math.max(r + 1, Math.min(bredde - r - 1, (int) Math.round((b[0] + b[2]) / 20.0)));
            int cy = Math.max(r + 1, Math.min(hoyde - r - 1, (int) Math.round((b[1] + b[3]) / 20.0)));
            sb.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"").append(r)
                    .append("\" fill=\"none\" stroke=\"").append(MARKERT).append("\" stroke-width=\"2\"/><circle cx=\"")
                    .append(SvgWriter.tideler(Math.max(35, (b[0] + b[2]) / 2))).append("\" cy=\"")
                    .append(SvgWriter.tideler(Math.max(35, (b[1] + b[3]) / 2))).append("\" r=\"3.5\" fill=\"").append(MARKERT).append("\"/>");
        }
        sb.append("<text x=\"").append(pos[0]).append("\" y=\"").append(pos[1] + 9).append("\">").append(kreditt).append("</text></svg>");
        return new Svg(tittel, beskrivelse, sb.toString());
    }

    private static void sti(StringBuilder sb, Tegner t, int k, String klasse) {
        Flate f = t.flate(k);
        sb.append("<path").append(klasse).append(" data-kode=\"").append(f.kode()).append("\" d=\"").append(t.sti(k))
                .append("\"><title>").append(SvgWriter.escape(f.navn())).append("</title></path>");
    }
}

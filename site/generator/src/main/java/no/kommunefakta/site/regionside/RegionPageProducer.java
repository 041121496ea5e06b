package no.kommunefakta.site.regionside;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.graf.Tidsseriediagram;
import no.kommunefakta.site.kart.Kartgrunnlag;
import no.kommunefakta.site.kart.Koropletkart;
import no.kommunefakta.site.kart.Lokatorkart;
import no.kommunefakta.site.kart.Nivaa;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.Resultat;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.svg.Svg;

/** Every kommune, fylke and landet page, each with its {@code data.json}. */
public final class RegionPageProducer implements PageProducer {

    /** The figure that colours a fylke page's map of its kommuner. */
    static final String KOMMUNEKART_FIGUR = "bef_tetthet";
    /** The inline map's SVG id. */
    static final String KOMMUNEKART_ID = "kommunekart";
    /** Width of a fylke's map of its kommuner in px (as the figure pages' maps). */
    static final int KOMMUNEKART_BREDDE = 420;

    /** Width of the locator map in CSS pixels. */
    static final int KARTBREDDE = 150;

    private final SiteModel model;
    private final RegionPageBuilder builder;
    private final Kartgrunnlag kart;
    private final List<DerivedKommunePage> derived;

    /** @param derived pages written from each kommune page's model in the same job */
    public RegionPageProducer(SiteModel model, RegionPageBuilder builder, Kartgrunnlag kart, List<DerivedKommunePage> derived) {
        this.model = model;
        this.builder = builder;
        this.kart = kart;
        this.derived = List.copyOf(derived);
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        List<Runnable> jobs = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        int total = model.regioner().kommuner().size() + model.regioner().fylker().size() + 1;
        Runnable count = () -> {
            int n = done.incrementAndGet();
            if (n % 50 == 0 || n == total) {
                progress.accept("Regionsider: " + n + "/" + total);
            }
        };
        for (Kommune k : model.regioner().kommuner().values()) {
            jobs.add(job(out, "kommune", () -> withMap(out, builder.kommune(k),
                    Lokatorkart.kommune(kart, k.kode(), "kart", k.navn(), KARTBREDDE)), count, side -> derived.forEach(d -> d.write(out, k, side))));
        }
        for (Fylke f : model.regioner().fylker().values()) {
            jobs.add(job(out, "fylke", () -> withKommunekart(out, f, withMap(out, builder.fylke(f),
                    Lokatorkart.fylke(kart, f.kode(), "kart", f.navn(), KARTBREDDE))), count, side -> { }));
        }
        jobs.add(job(out, "landet", builder::landet, count, side -> { }));
        return jobs;
    }

    private static RegionSide withMap(SiteWriter out, RegionSide side, Svg svg) {
        String sti = side.sti() + "kart.svg";
        byte[] b = svg.kode().getBytes(StandardCharsets.UTF_8);
        out.write(sti.substring(1), "kart", b);
        return side.medKart(Bilde.svg(sti, svg.tittel(), svg.kode()));
    }

    /**
     * The fylke's kommuner coloured by {@value #KOMMUNEKART_FIGUR} (a ratio every kommune has), each a link to its page,
     * with the fylke's insets ({@code kartutsnitt.csv}); none for a fylke of one kommune.
     */
    private RegionSide withKommunekart(SiteWriter out, Fylke f, RegionSide side) {
        if (f.kommuner().size() < 2) {
            return side;
        }
        Nokkeltall n = model.katalog().perId().get(KOMMUNEKART_FIGUR);
        int aar = 0;
        for (String k : f.kommuner()) {
            for (var e : model.beregning().resultater(n, k).entrySet()) {
                if (e.getValue().verdi().harTall()) {
                    aar = Math.max(aar, e.getKey());
                }
            }
        }
        Map<String, Celle> verdier = new LinkedHashMap<>();
        Map<String, String> navn = new LinkedHashMap<>();
        Map<String, String> lenker = new LinkedHashMap<>();
        for (String k : f.kommuner()) {
            Kommune kommune = model.regioner().kommune(k);
            Resultat r = model.beregning().resultater(n, k).get(aar);
            verdier.put(k, r == null ? Celle.MANGLER : r.verdi());
            navn.put(k, kommune.navn());
            lenker.put(k, SiteModel.kommuneSti(kommune));
        }
        String tittel = n.navn() + " i kommunene i " + f.navn() + " " + aar;
        Koropletkart.Tegning t = Koropletkart.tegning(kart, Koropletkart.Bestilling.av(KOMMUNEKART_ID, Nivaa.KOMMUNE, tittel, n.enhet(), verdier,
                Koropletkart.norsk(n.desimaler())).medNavn(navn).medBredde(KOMMUNEKART_BREDDE).medLenker(lenker).medFylke(f.kode())
                .medUtsnitt(kart.utsnitt(f.kode())));
        String svg = side.sti() + "kommunekart.svg";
        String css = side.sti() + "kommunekart.css";
        out.write(svg.substring(1), "kart", t.fil().kode().getBytes(StandardCharsets.UTF_8));
        out.write(css.substring(1), "kart", t.stil().getBytes(StandardCharsets.UTF_8));
        return side.medKommunekart(new Kommunekart(t.inline(), css, svg, tittel));
    }

    private static Runnable job(SiteWriter out, String kind, Supplier<RegionSide> page, Runnable count, Consumer<RegionSide> then) {
        return () -> {
            long t0 = System.nanoTime();
            RegionSide side = page.get();
            out.time("modell", t0);
            write(out, side, kind);
            then.accept(side);
            count.run();
        };
    }

    private static void write(SiteWriter out, RegionSide side, String kind) {
        String folder = side.sti().substring(1);
        long t2 = System.nanoTime();
        for (Seksjon s : side.seksjoner()) {
            for (FamilieBlokk fam : s.familier()) {
                for (Figur f : fam.figurer()) {
                    f.bestilling().ifPresent(b -> {
                        long t = System.nanoTime();
                        byte[] svg = Tidsseriediagram.tegn(b).kode().getBytes(StandardCharsets.UTF_8);
                        out.time("diagram-tegn", t);
                        out.write(f.diagram().substring(1), "diagram", svg);
                    });
                }
            }
        }
        byte[] folketall = Tidsseriediagram.tegn(side.folketall()).kode().getBytes(StandardCharsets.UTF_8);
        out.write(side.befolkning().src().substring(1), "diagram", folketall);
        out.time("diagram", t2);
        long t0 = System.nanoTime();
        String html = RegionTemplates.region(side).render();
        out.time("qute", t0);
        out.page(folder + "index.html", kind, html);
        long t1 = System.nanoTime();
        out.binary(folder + "data.json", "json", o -> PageDataWriter.write(side, o));
        out.time("json", t1);
    }
}

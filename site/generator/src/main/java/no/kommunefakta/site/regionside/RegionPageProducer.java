package no.kommunefakta.site.regionside;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import no.kommunefakta.site.graf.Tidsseriediagram;
import no.kommunefakta.site.kart.Kartgrunnlag;
import no.kommunefakta.site.kart.Lokatorkart;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.svg.Svg;

/** Every kommune, fylke and landet page, each with its {@code data.json}. */
public final class RegionPageProducer implements PageProducer {

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
            jobs.add(job(out, "fylke", () -> withMap(out, builder.fylke(f),
                    Lokatorkart.fylke(kart, f.kode(), "kart", f.navn(), KARTBREDDE)), count, side -> { }));
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

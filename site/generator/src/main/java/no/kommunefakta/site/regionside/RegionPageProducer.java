package no.kommunefakta.site.regionside;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Kommune;

/** Every kommune, fylke and landet page, each with its {@code data.json}. */
public final class RegionPageProducer implements PageProducer {

    private final SiteModel model;
    private final RegionPageBuilder builder;

    public RegionPageProducer(SiteModel model) {
        this.model = model;
        this.builder = new RegionPageBuilder(model);
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
            jobs.add(job(out, "kommune", () -> builder.kommune(k), count));
        }
        for (Fylke f : model.regioner().fylker().values()) {
            jobs.add(job(out, "fylke", () -> builder.fylke(f), count));
        }
        jobs.add(job(out, "landet", builder::landet, count));
        return jobs;
    }

    private static Runnable job(SiteWriter out, String kind, Supplier<RegionSide> page, Runnable count) {
        return () -> {
            long t0 = System.nanoTime();
            RegionSide side = page.get();
            out.time("modell", t0);
            write(out, side, kind);
            count.run();
        };
    }

    private static void write(SiteWriter out, RegionSide side, String kind) {
        String folder = side.sti().substring(1);
        long t0 = System.nanoTime();
        String html = RegionTemplates.region(side).render();
        out.time("qute", t0);
        out.page(folder + "index.html", kind, html);
        long t1 = System.nanoTime();
        out.binary(folder + "data.json", "json", o -> PageDataWriter.write(side, o));
        out.time("json", t1);
    }
}

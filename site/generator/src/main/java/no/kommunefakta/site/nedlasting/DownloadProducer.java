package no.kommunefakta.site.nedlasting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.nokkeltall.Tjenesteomraade;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;

/** {@code /data/}: per service area a CSV and a JSON-stat file, and the index page listing them with their row counts. */
public final class DownloadProducer implements PageProducer {

    private final SiteModel model;
    private final DownloadWriter files;
    private final Map<String, Integer> rows = new ConcurrentHashMap<>();

    public DownloadProducer(SiteModel model) {
        this.model = model;
        this.files = new DownloadWriter(model);
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        List<Runnable> jobs = new ArrayList<>();
        for (Tjenesteomraade o : model.katalog().omraader()) {
            jobs.add(() -> {
                long t0 = System.nanoTime();
                rows.put(o.slug(), out.text("data/" + o.slug() + ".csv", "data", w -> files.csv(o, w)));
                out.time("csv", t0);
                long t1 = System.nanoTime();
                out.binary("data/" + o.slug() + ".json", "data", s -> files.jsonstat(o, s));
                out.time("jsonstat", t1);
            });
        }
        return jobs;
    }

    @Override
    public void finish(SiteWriter out, Consumer<String> progress) {
        out.page("data/index.html", "annet", DownloadTemplates.nedlastinger(new NedlastingSide(model.katalog().omraader().stream()
                .map(o -> new NedlastingSide.Fil(o.navn(), "/data/" + o.slug() + ".csv", "/data/" + o.slug() + ".json",
                        rows.getOrDefault(o.slug(), 0)))
                .toList())).render());
    }
}

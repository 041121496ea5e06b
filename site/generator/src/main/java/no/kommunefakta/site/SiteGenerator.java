package no.kommunefakta.site;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.site.assets.AssetProducer;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.data.Parallelt;
import no.kommunefakta.site.endringer.ReleaseLog;
import no.kommunefakta.site.endringer.ReleaseLogProducer;
import no.kommunefakta.site.forside.FrontPageProducer;
import no.kommunefakta.site.kart.Kartgrunnlag;
import no.kommunefakta.site.kontoplan.ChartOfAccountsProducer;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.nedlasting.DownloadProducer;
import no.kommunefakta.site.nokkeltallside.ChoroplethMaps;
import no.kommunefakta.site.nokkeltallside.FigurePageProducer;
import no.kommunefakta.site.om.AboutPageProducer;
import no.kommunefakta.site.omkoding.RedirectProducer;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.refresh.RefreshStatus;
import no.kommunefakta.site.nokkeltall.Hovedtall;
import no.kommunefakta.site.regionside.RegionPageBuilder;
import no.kommunefakta.site.regionside.RegionPageProducer;
import no.kommunefakta.site.sammenlign.ComparisonProducer;
import no.kommunefakta.site.side.Datoer;
import no.kommunefakta.site.side.Ferskhet;
import no.kommunefakta.site.side.SideGlobaler;
import no.kommunefakta.site.sitemap.SitemapProducer;

/**
 * Renders the whole static site into a folder: load the data → build the {@link SiteModel} → run every
 * {@link PageProducer}'s jobs in parallel → finish (indexes, sitemap) → remove stale files. A CDI bean so that both the
 * command-line app and the render Lambda can call {@link #render(Path)}.
 */
@ApplicationScoped
public class SiteGenerator {

    /** Optional folder written by {@code refresh}; its files win over the embedded data. */
    @ConfigProperty(name = "kommunefakta.data-dir")
    Optional<String> dataDir;

    /** Absolute base URL of the published site, used in sitemap.xml and robots.txt (the sitemap protocol needs absolute URLs). */
    @ConfigProperty(name = "kommunefakta.site-url", defaultValue = "http://127.0.0.1:8080")
    String siteUrl;

    /**
     * Publication time printed on every page and logged in {@code /endringer/} (ISO-8601, e.g. 2026-11-29T17:00:00Z);
     * the render Lambda passes its invocation time. Unset: the start of the render, to the second.
     */
    @ConfigProperty(name = "kommunefakta.published-at")
    Optional<String> publishedAt;

    public RenderResult render(Path utmappe) {
        return render(utmappe, s -> {
        });
    }

    public RenderResult render(Path utmappe, Consumer<String> progress) {
        return render(utmappe, progress, Optional.empty());
    }

    /**
     * Renders the site.
     *
     * @param merknad a note to put first in this publication's "what changed" in the release log (e.g. an approved
     *                shrink and the operator's reason, from the render Lambda)
     */
    public RenderResult render(Path utmappe, Consumer<String> progress, Optional<String> merknad) {
        return render(utmappe, progress, merknad, configuredDataDir());
    }

    /** The configured data folder ({@code kommunefakta.data-dir}), empty = the embedded data only. */
    public Optional<Path> configuredDataDir() {
        return dataDir.filter(d -> !d.isBlank()).map(Path::of);
    }

    /** Renders the site from the given data folder (the local run's live data), empty = the embedded data only. */
    public RenderResult render(Path utmappe, Consumer<String> progress, Optional<String> merknad, Optional<Path> data) {
        long start = System.nanoTime();
        SiteWriter out = SiteWriter.open(utmappe);
        DataSource source = new DataSource(data);
        Instant publisert = publicationTime();
        RefreshStatus status = RefreshStatus.read(source);
        Optional<Instant> hentet = SiteModel.dataHentet(status);
        // every page's footer states both, so they are set before the first page renders
        SideGlobaler.settFerskhet(new Ferskhet(hentet.map(Datoer::dato).orElse("ukjent"), Datoer.tidspunkt(publisert),
                publisert.toString(), hentet.map(Instant::toString).orElse("")));
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("kommunefakta.traader", Math.max(2, Runtime.getRuntime().availableProcessors())));
        try {
            // producers that need no statistics run while the data load
            List<PageProducer> producers = new ArrayList<>(List.of(new AssetProducer()));
            List<Future<?>> jobs = submit(pool, producers, out, progress);
            jobs.add(pool.submit(out::listExisting));
            Future<Kartgrunnlag> kart = pool.submit(() -> Kartgrunnlag.load(source));
            SiteModel model = SiteModel.load(source, status, pool);
            progress.accept("Data lastet: " + model.regioner().kommuner().size() + " kommuner, "
                    + model.katalog().nokkeltall().size() + " nøkkeltall (" + millisSince(start) + " ms)");
            model.beregning().beregnAlle(model.alleRegionkoder(), pool, Parallelt.HJELPERE);
            List<PageProducer> withModel = new ArrayList<>(producers(model, get(kart), ReleaseLog.read(source), publisert, data, merknad));
            // last: its many small Qute loops cost several times as much before the template engine's code is compiled
            withModel.add(new ChartOfAccountsProducer(Kontoplan::standard, source));
            jobs.addAll(submit(pool, withModel, out, progress));
            producers.addAll(withModel);
            waitFor(jobs);
            progress.accept("Regionsider, nedlastinger og kontoplan skrevet (" + millisSince(start) + " ms)");
            for (PageProducer p : producers) {
                p.finish(out, progress);
            }
            out.removeStale();
        } finally {
            pool.shutdownNow();
        }
        long ms = millisSince(start);
        RenderResult r = new RenderResult(utmappe.toAbsolutePath().toString(), out.pages(), out.files(), out.bytes(), ms,
                out.perKind());
        if (Boolean.getBoolean("kommunefakta.profil")) {
            progress.accept("Tid per del (ms, summert over tråder): " + out.times());
        }
        progress.accept("Ferdig: " + r.sider() + " sider, " + r.filer() + " filer, " + r.bytes() / 1024 + " KB på " + ms + " ms");
        return r;
    }

    /** Every page kind that needs the statistics; the sitemap comes last because it lists what the others wrote. */
    private List<PageProducer> producers(SiteModel model, Kartgrunnlag kart, ReleaseLog log, Instant publisert, Optional<Path> data,
            Optional<String> merknad) {
        ComparisonProducer sammenlign = new ComparisonProducer(model);
        return List.of(new RegionPageProducer(model, new RegionPageBuilder(model, Hovedtall.load(new DataSource(data), model.katalog())), kart,
                List.of(sammenlign)), new DownloadProducer(model),
                new RedirectProducer(model), new FrontPageProducer(model), new AboutPageProducer(model),
                new FigurePageProducer(model, new ChoroplethMaps(kart, model)), sammenlign,
                new ReleaseLogProducer(model, log, publisert, data, merknad), new SitemapProducer(siteUrl));
    }

    private Instant publicationTime() {
        Optional<String> p = publishedAt.filter(s -> !s.isBlank());
        if (p.isEmpty()) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return Instant.parse(p.get());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("kommunefakta.published-at '" + p.get() + "' is not an ISO-8601 UTC instant");
        }
    }

    private static List<Future<?>> submit(ExecutorService pool, List<PageProducer> producers, SiteWriter out,
            Consumer<String> progress) {
        List<Future<?>> futures = new ArrayList<>();
        for (PageProducer p : producers) {
            for (Runnable job : p.jobs(out, progress)) {
                futures.add(pool.submit(job));
            }
        }
        return futures;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void waitFor(List<Future<?>> jobs) {
        for (Future<?> f : jobs) {
            get(f);
        }
    }

    private static <T> T get(Future<T> f) {
        return Parallelt.vent(f);
    }
}

package no.kommunefakta.site.sitemap;

import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;

/** {@code /sitemap.xml} over every page written (must be the last producer) and {@code /robots.txt} pointing to it. */
public final class SitemapProducer implements PageProducer {

    private final String base;

    /** @param siteUrl absolute base URL of the published site (the sitemap protocol needs absolute URLs) */
    public SitemapProducer(String siteUrl) {
        this.base = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        return List.of(() -> out.text("robots.txt", "annet", w -> {
            w.write("User-agent: *\nAllow: /\nSitemap: " + base + "/sitemap.xml\n");
            return 0;
        }));
    }

    @Override
    public void finish(SiteWriter out, Consumer<String> progress) {
        List<String> paths = out.sitemapPaths();
        out.text("sitemap.xml", "annet", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (String p : paths) {
                w.write("<url><loc>" + base + p + "</loc></url>\n");
            }
            w.write("</urlset>\n");
            return paths.size();
        });
    }
}

package no.kommunefakta.site.output;

import java.util.List;
import java.util.function.Consumer;

/**
 * One kind of output (region pages, figure pages, downloads, chart of accounts, redirects, search index, sitemap, ...).
 * The generator runs every producer's jobs in parallel, then calls {@link #finish} on each producer in order. Adding a
 * page kind means adding one producer to the list in {@code SiteGenerator}.
 */
public interface PageProducer {

    /** Independent units of work; each writes its own files through {@code out}. */
    List<Runnable> jobs(SiteWriter out, Consumer<String> progress);

    /**
     * Runs after the jobs of every producer are done, in producer order: for files that summarise what others wrote
     * (the downloads index, the sitemap).
     */
    default void finish(SiteWriter out, Consumer<String> progress) {
    }
}

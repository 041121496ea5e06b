package no.kommunefakta.site.lambda;

import java.nio.file.Path;

/**
 * Renders the whole site into an empty directory. The production implementation delegates to the site generator
 * ({@code no.kommunefakta.site.SiteGenerator#render(Path)} in {@code site/generator}).
 */
public interface SiteRenderer {

    /** Renders into {@code outDir}; returns the number of files written. */
    int render(Path outDir);
}

package no.kommunefakta.site.lambda;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Renders the whole site into an empty directory. The production implementation delegates to the site generator
 * ({@code no.kommunefakta.site.SiteGenerator#render(Path)} in {@code site/generator}).
 */
public interface SiteRenderer {

    /**
     * Renders into {@code outDir}; returns the number of files written.
     *
     * @param merknad a note for this publication's entry in the release log ({@code /endringer/}), e.g. an approved
     *                shrink with the operator's reason
     */
    int render(Path outDir, Optional<String> merknad);
}

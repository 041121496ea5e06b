package no.kommunefakta.site.lambda;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import no.kommunefakta.site.SiteGenerator;

/** The production renderer: the Qute site generator from {@code site/generator}. */
@ApplicationScoped
public class GeneratorRenderer implements SiteRenderer {

    private static final Logger LOG = Logger.getLogger(GeneratorRenderer.class);

    private final SiteGenerator generator;

    public GeneratorRenderer(SiteGenerator generator) {
        this.generator = generator;
    }

    @Override
    public int render(Path outDir, Optional<String> merknad) {
        var result = generator.render(outDir, LOG::info, merknad);
        LOG.infof("rendered %d pages, %d files, %d bytes in %d ms", result.sider(), result.filer(), result.bytes(), result.millis());
        return result.filer();
    }
}

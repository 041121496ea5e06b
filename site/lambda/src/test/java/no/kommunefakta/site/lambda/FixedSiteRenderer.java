package no.kommunefakta.site.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Test renderer standing in for site/generator (fast, fixed pages): wins over the production renderer in tests.
 * Two pages (front page and Oslo); one fewer, Oslo gone, when {@link #shrinkNext} is set.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixedSiteRenderer implements SiteRenderer {

    static volatile boolean shrinkNext;
    /** The release-log note of the last render. */
    static volatile Optional<String> lastNote = Optional.empty();

    @Override
    public int render(Path outDir, Optional<String> merknad) {
        lastNote = merknad;
        boolean shrink = shrinkNext;
        shrinkNext = false;
        try {
            Files.writeString(outDir.resolve("index.html"), "<!doctype html><title>Kommunefakta</title>");
            Files.writeString(outDir.resolve("site.css"), "body{}");
            if (shrink) {
                return 2;
            }
            Files.createDirectories(outDir.resolve("kommune/0301"));
            Files.writeString(outDir.resolve("kommune/0301/index.html"), "<!doctype html><title>Oslo</title>");
            return 3;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package no.kommunefakta.site.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

/** Test renderer standing in for site/generator: three files, the shape of the real site. */
@ApplicationScoped
public class FixedSiteRenderer implements SiteRenderer {
    @Override
    public int render(Path outDir) {
        try {
            Files.writeString(outDir.resolve("index.html"), "<!doctype html><title>Kommunefakta</title>");
            Files.createDirectories(outDir.resolve("kommune/0301"));
            Files.writeString(outDir.resolve("kommune/0301/index.html"), "<!doctype html><title>Oslo</title>");
            Files.writeString(outDir.resolve("site.css"), "body{}");
            return 3;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package no.kommunefakta.site.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Test refresher standing in for SSB (no network): appends one status line per run to {@code refresh-status.csv} in
 * the data directory it is given, and fails when {@link #failNext} is set, leaving the files there untouched otherwise.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixedDataRefresher implements DataRefresher {

    static volatile boolean failNext;

    @Override
    public boolean refresh(Path dataDir) {
        boolean fail = failNext;
        failNext = false;
        try {
            Path status = dataDir.resolve("refresh-status.csv");
            if (!Files.exists(status)) {
                Files.writeString(status, "tabell;hentet;status;melding\n", StandardCharsets.UTF_8);
            }
            Files.writeString(status, "12362;2026-11-29T08:05:00Z;" + (fail ? "feilet;SSB svarte 503" : "ok;") + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return !fail;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

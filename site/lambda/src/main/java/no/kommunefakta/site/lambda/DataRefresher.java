package no.kommunefakta.site.lambda;

import java.nio.file.Path;

/**
 * Fetches fresh SSB tables into a data directory before a render. A failed table keeps the files already there (the
 * last good data, downloaded from the bucket) and is reported, never fatal: the site is still rendered and published.
 */
public interface DataRefresher {

    /** Refreshes {@code dataDir}; true when every table was fetched. */
    boolean refresh(Path dataDir);
}

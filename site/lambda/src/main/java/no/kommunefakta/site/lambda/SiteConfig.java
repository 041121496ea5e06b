package no.kommunefakta.site.lambda;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the site Lambdas ({@code site.*}; in AWS from SITE_BUCKET, SITE_RETENTION, AWS_REGION). */
@ConfigMapping(prefix = "site")
public interface SiteConfig {

    /** Name of the site bucket. */
    String bucket();

    /** Releases kept (live + rollback targets). */
    @WithDefault("5")
    int retention();

    /** AWS region of the bucket. */
    String region();

    /** S3 endpoint override (S3Proxy in tests); empty in AWS. */
    Optional<URI> endpoint();

    /** Router settings. */
    Route route();

    interface Route {
        /** How long the router reuses the pointer it read. */
        @WithDefault("PT10S")
        Duration pointerCache();

        /** Cache-Control max-age (seconds) of a redirect. */
        @WithDefault("60")
        int maxAge();
    }
}

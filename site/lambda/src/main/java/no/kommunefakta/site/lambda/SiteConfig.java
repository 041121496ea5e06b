package no.kommunefakta.site.lambda;

import java.net.URI;
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

    /** ARN of the CloudFront KeyValueStore the edge reads the live release from; empty where no CloudFront reads it. */
    Optional<String> keyValueStoreArn();

    /** KeyValueStore API endpoint override (tests); empty in AWS. */
    Optional<URI> keyValueStoreEndpoint();

    /** Prefix in the bucket under which the refreshed data directory is kept between renders. */
    @WithDefault("data/")
    String dataPrefix();

    /** Whether {@code render} refreshes the SSB tables first (off only where SSB cannot be reached). */
    @WithDefault("true")
    boolean refresh();
}

package no.kommunefakta.site.lambda;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import no.kommunefakta.publish.S3Clients;
import no.kommunefakta.publish.SitePublisher;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 client and publisher shared by both functions (built once per Lambda instance). */
@ApplicationScoped
public class Publishing {

    private final SiteConfig config;
    private final S3Client s3;
    private final SitePublisher publisher;

    public Publishing(SiteConfig config) {
        this.config = config;
        if (config.bucket().isBlank()) {
            throw new IllegalStateException("site.bucket: not set (SITE_BUCKET environment variable)");
        }
        this.s3 = S3Clients.create(config.region(), config.endpoint());
        this.publisher = new SitePublisher(s3, config.bucket(), config.retention());
    }

    public SitePublisher publisher() {
        return publisher;
    }

    public SiteConfig config() {
        return config;
    }

    @PreDestroy
    void close() {
        s3.close();
    }
}

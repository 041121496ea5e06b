package no.kommunefakta.site.lambda;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

import no.kommunefakta.publish.EdgeSwitch;
import no.kommunefakta.publish.KeyValueStoreSwitch;
import no.kommunefakta.publish.S3Clients;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import no.kommunefakta.publish.SitePublisher;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 client and publisher of the render function (built once per Lambda instance). */
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
        EdgeSwitch edge = config.keyValueStoreArn().filter(a -> !a.isBlank())
                .<EdgeSwitch>map(arn -> new KeyValueStoreSwitch(arn, config.keyValueStoreEndpoint(),
                        DefaultCredentialsProvider.builder().build(), Clock.systemUTC()))
                .orElse(EdgeSwitch.NONE);
        this.publisher = new SitePublisher(s3, config.bucket(), config.retention(), SitePublisher.DEFAULT_PARALLEL_UPLOADS, edge,
                SitePublisher.DEFAULT_UPLOAD_GRACE);
    }

    public SitePublisher publisher() {
        return publisher;
    }

    public S3Client s3() {
        return s3;
    }

    public SiteConfig config() {
        return config;
    }

    @PreDestroy
    void close() {
        s3.close();
    }
}

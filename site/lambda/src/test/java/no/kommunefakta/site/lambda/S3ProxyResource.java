package no.kommunefakta.site.lambda;

import java.util.Map;
import java.util.Optional;

import org.gaul.s3proxy.junit.S3ProxyJunitCore;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.kommunefakta.publish.S3Clients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/** S3Proxy inside the test JVM (transient store, random port) with the site bucket created. */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "kommunefakta-site-it";
    static S3ProxyJunitCore proxy;

    @Override
    public Map<String, String> start() {
        proxy = new S3ProxyJunitCore.Builder().withCredentials("access", "secret").withPort(0).build();
        try {
            proxy.beforeEach();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        // the SDK's default credentials chain reads these system properties
        System.setProperty("aws.accessKeyId", proxy.getAccessKey());
        System.setProperty("aws.secretAccessKey", proxy.getSecretKey());
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
        return Map.of("site.bucket", BUCKET, "site.endpoint", proxy.getUri().toString(), "site.region", "eu-north-1");
    }

    static S3Client client() {
        return S3Clients.create("eu-north-1", Optional.of(proxy.getUri()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(proxy.getAccessKey(), proxy.getSecretKey())));
    }

    @Override
    public void stop() {
        proxy.afterEach();
    }
}

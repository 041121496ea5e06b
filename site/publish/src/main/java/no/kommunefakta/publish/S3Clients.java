package no.kommunefakta.publish;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Builds the S3 client the publisher uses: URL-connection HTTP client (no Netty/Apache), optional endpoint override. */
public final class S3Clients {
    private S3Clients() {
    }

    /** Client for real S3 with the default credentials chain (Lambda role, OIDC role in GitHub Actions, profile). */
    public static S3Client create(String region, Optional<URI> endpoint) {
        return create(region, endpoint, DefaultCredentialsProvider.builder().build());
    }

    /** Client with explicit credentials; an endpoint override (S3Proxy, tests) switches to path-style addressing. */
    public static S3Client create(String region, Optional<URI> endpoint, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
        return builder.build();
    }
}

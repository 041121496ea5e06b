package no.kommunefakta.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * Writes the live release id to key {@value #KEY} of a CloudFront KeyValueStore, which the site's CloudFront Function
 * reads on every request. CloudFront KeyValueStore API (DescribeKeyValueStore, then PutKey with the store's ETag as
 * If-Match), signed with {@link SigV4a}; a concurrent writer (409) makes it read the ETag again and retry.
 */
public final class KeyValueStoreSwitch implements EdgeSwitch {

    /** Key the CloudFront Function reads. */
    public static final String KEY = "live";
    static final String SERVICE = "cloudfront-keyvaluestore";
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:cloudfront::(\\d{12}):key-value-store/[0-9a-zA-Z-]+");
    private static final int ATTEMPTS = 5;

    private final String arn;
    private final URI endpoint;
    private final AwsCredentialsProvider credentials;
    private final HttpClient http;
    private final Clock clock;

    /**
     * @param arn         the KeyValueStore ARN ({@code arn:aws:cloudfront::<account>:key-value-store/<id>})
     * @param endpoint    API endpoint; empty for AWS ({@code https://<account>.cloudfront-kvs.global.api.aws})
     * @param credentials credentials of the caller (the render Lambda's role)
     */
    public KeyValueStoreSwitch(String arn, Optional<URI> endpoint, AwsCredentialsProvider credentials, Clock clock) {
        Matcher m = ARN.matcher(arn == null ? "" : arn);
        if (!m.matches()) {
            throw new IllegalArgumentException("keyValueStoreArn: '" + arn + "' is not a CloudFront KeyValueStore ARN");
        }
        this.arn = arn;
        this.endpoint = endpoint.orElse(URI.create("https://" + m.group(1) + ".cloudfront-kvs.global.api.aws"));
        this.credentials = credentials;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void show(String releaseId) {
        Pointer.requireValidId(releaseId);
        String storePath = "/key-value-stores/" + SigV4a.uriEncode(arn);
        byte[] body = ("{\"Value\":\"" + releaseId + "\"}").getBytes(StandardCharsets.UTF_8);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpResponse<String> describe = send("GET", storePath, Map.of(), new byte[0]);
            String etag = describe.headers().firstValue("ETag")
                    .orElseThrow(() -> new PublishException("KeyValueStore " + arn + ": DescribeKeyValueStore answered without an ETag"));
            HttpResponse<String> put = send("PUT", storePath + "/keys/" + KEY,
                    Map.of("If-Match", etag, "Content-Type", "application/json"), body);
            if (put.statusCode() == 200) {
                return;
            }
            if (put.statusCode() != 409) {
                throw new PublishException("KeyValueStore " + arn + ": PutKey " + KEY + "=" + releaseId + " answered "
                        + put.statusCode() + ": " + put.body());
            }
        }
        throw new PublishException("KeyValueStore " + arn + ": PutKey kept conflicting with other writers (" + ATTEMPTS + " attempts)");
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> extra, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("host", endpoint.getAuthority());
        AwsCredentials c = credentials.resolveCredentials();
        String token = c instanceof AwsSessionCredentials s ? s.sessionToken() : "";
        Map<String, String> signed = new SigV4a(c.accessKeyId(), c.secretAccessKey())
                .sign(new SigV4a.Request(method, path, Map.of(), headers, body), SERVICE, "*", token, clock.instant());
        var request = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        extra.forEach(request::header);
        signed.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400 && response.statusCode() != 409) {
                throw new PublishException("KeyValueStore " + arn + ": " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new PublishException("KeyValueStore " + arn + ": " + method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while switching the edge to a release", e);
        }
    }
}

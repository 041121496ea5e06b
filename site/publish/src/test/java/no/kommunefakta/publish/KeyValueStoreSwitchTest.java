package no.kommunefakta.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The KeyValueStore switch against a local stand-in of the CloudFront KeyValueStore API (127.0.0.1, random port)
 * that checks what AWS checks: the SigV4a signature (with the public key of the test-suite credentials), the
 * If-Match ETag, and the JSON body.
 */
class KeyValueStoreSwitchTest {

    private static final String ARN = "arn:aws:cloudfront::123456789012:key-value-store/327284aa-bcd5-499f-a3ff-26b9a9d31b58";
    private static final String STORE_PATH = "/key-value-stores/arn%3Aaws%3Acloudfront%3A%3A123456789012%3Akey-value-store%2F327284aa-bcd5-499f-a3ff-26b9a9d31b58";

    HttpServer server;
    PublicKey suiteKey;
    final Map<String, String> store = new TreeMap<>();
    final AtomicInteger etag = new AtomicInteger(1);
    final AtomicInteger conflictsToAnswer = new AtomicInteger();
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        suiteKey = SigV4aTest.suitePublicKey();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void putsTheLiveReleaseWithTheStoresEtagSignedWithSigV4a() {
        var edge = new KeyValueStoreSwitch(ARN, Optional.of(endpoint()), StaticCredentialsProvider.create(
                AwsSessionCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "SESSION")), clock());

        edge.show("20261129T080512Z");

        assertThat(store).containsExactly(Map.entry("live", "20261129T080512Z"));
        assertThat(log).containsExactly("GET " + STORE_PATH + " signed", "PUT " + STORE_PATH + "/keys/live signed If-Match=KV1");
    }

    @Test
    void aConcurrentWriterMakesItReadTheEtagAgain() {
        conflictsToAnswer.set(1);
        var edge = new KeyValueStoreSwitch(ARN, Optional.of(endpoint()), StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")), clock());

        edge.show("r2");

        assertThat(store).containsEntry("live", "r2");
        assertThat(log).hasSize(4);
    }

    @Test
    void aWrongSignatureOrArnIsAClearError() {
        var wrong = new KeyValueStoreSwitch(ARN, Optional.of(endpoint()), StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDEXAMPLE", "not-the-secret")), clock());
        assertThatThrownBy(() -> wrong.show("r1")).isInstanceOf(PublishException.class)
                .hasMessageContaining("answered 403").hasMessageContaining("signature does not verify");
        assertThat(store).isEmpty();
        assertThatThrownBy(() -> new KeyValueStoreSwitch("arn:aws:s3:::bucket", Optional.empty(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")), clock()))
                .hasMessage("keyValueStoreArn: 'arn:aws:s3:::bucket' is not a CloudFront KeyValueStore ARN");
    }

    private void handle(HttpExchange exchange) throws java.io.IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> signedHeaders = new TreeMap<>();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String names = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        for (String name : names.split(";")) {
            signedHeaders.put(name, name.equals("host") ? exchange.getRequestHeaders().getFirst("Host") : exchange.getRequestHeaders().getFirst(name));
        }
        String canonical = SigV4a.canonicalRequest(exchange.getRequestMethod(), path, Map.of(), signedHeaders, body);
        String scope = authorization.replaceAll(".*Credential=AKIDEXAMPLE/([^,]+),.*", "$1");
        String toSign = SigV4a.stringToSign(signedHeaders.get("x-amz-date"), scope, canonical);
        boolean valid;
        try {
            valid = scope.endsWith("/cloudfront-keyvaluestore/aws4_request") && "*".equals(signedHeaders.get("x-amz-region-set"))
                    && SigV4aTest.verify(suiteKey, toSign, authorization.replaceAll(".*Signature=", ""));
        } catch (Exception e) {
            valid = false;
        }
        if (!valid) {
            answer(exchange, 403, "", "{\"message\":\"signature does not verify\"}");
            return;
        }
        if (exchange.getRequestMethod().equals("GET") && path.equals(STORE_PATH)) {
            log.add("GET " + path + " signed");
            answer(exchange, 200, "KV" + etag.get(), "{\"ItemCount\":" + store.size() + "}");
        } else if (exchange.getRequestMethod().equals("PUT") && path.equals(STORE_PATH + "/keys/live")) {
            String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
            log.add("PUT " + path + " signed If-Match=" + ifMatch);
            if (conflictsToAnswer.getAndDecrement() > 0 || !("KV" + etag.get()).equals(ifMatch)) {
                etag.incrementAndGet();
                answer(exchange, 409, "", "{\"message\":\"conflict\"}");
                return;
            }
            String json = new String(body, StandardCharsets.UTF_8);
            store.put("live", json.replaceAll("\\{\"Value\":\"([^\"]+)\"}", "$1"));
            answer(exchange, 200, "KV" + etag.incrementAndGet(), "{\"ItemCount\":1}");
        } else {
            answer(exchange, 404, "", "{}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String etag, String json) throws java.io.IOException {
        if (!etag.isEmpty()) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-29T08:05:12Z"), ZoneOffset.UTC);
    }
}

package no.kommunefakta.publish;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in of the CloudFront KeyValueStore API (127.0.0.1, random port) that checks what AWS checks: the
 * SigV4a signature (against the public key of the AWS signing test suite's credentials, {@link #ACCESS_KEY} and
 * {@link #SECRET_KEY}, so only those sign validly), the region set {@code *}, the If-Match ETag and the JSON body.
 * Serves DescribeKeyValueStore and PutKey of one store, {@link #ARN}; a bad signature is answered 403 "signature does
 * not verify". Used by {@code KeyValueStoreSwitchTest} and by the render Lambda's packaged (and native) ITs.
 */
public final class KeyValueStoreStandIn implements AutoCloseable {

    /** Access key of the AWS signing test suite (the only one that signs validly here). */
    public static final String ACCESS_KEY = "AKIDEXAMPLE";
    /** Secret key of the AWS signing test suite. */
    public static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    /** The one store served. */
    public static final String ARN = "arn:aws:cloudfront::123456789012:key-value-store/327284aa-bcd5-499f-a3ff-26b9a9d31b58";
    static final String STORE_PATH = "/key-value-stores/arn%3Aaws%3Acloudfront%3A%3A123456789012%3Akey-value-store%2F327284aa-bcd5-499f-a3ff-26b9a9d31b58";

    private final HttpServer server;
    private final PublicKey suiteKey;
    private final Map<String, String> store = new TreeMap<>();
    private final List<String> requests = new ArrayList<>();
    private final AtomicInteger etag = new AtomicInteger(1);
    private final AtomicInteger conflictsToAnswer = new AtomicInteger();

    private KeyValueStoreStandIn(HttpServer server, PublicKey suiteKey) {
        this.server = server;
        this.suiteKey = suiteKey;
    }

    /** Starts the stand-in on a random loopback port. */
    public static KeyValueStoreStandIn start() throws Exception {
        var standIn = new KeyValueStoreStandIn(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0), SigV4aTest.suitePublicKey());
        standIn.server.createContext("/", standIn::handle);
        standIn.server.start();
        return standIn;
    }

    /** The endpoint to give the switch (instead of {@code https://<account>.cloudfront-kvs.global.api.aws}). */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The store's keys and values as written. */
    public synchronized Map<String, String> store() {
        return Map.copyOf(store);
    }

    /** Each validly signed request, e.g. {@code GET <path> signed} or {@code PUT <path> signed If-Match=KV1}. */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** Answers the next {@code n} PutKey requests with 409, as a concurrent writer would cause. */
    public void answerConflicts(int n) {
        conflictsToAnswer.set(n);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !verifies(exchange, path, authorization, body)) {
            answer(exchange, 403, "", "{\"message\":\"signature does not verify\"}");
            return;
        }
        if (exchange.getRequestMethod().equals("GET") && path.equals(STORE_PATH)) {
            requests.add("GET " + path + " signed");
            answer(exchange, 200, "KV" + etag.get(), "{\"ItemCount\":" + store.size() + "}");
        } else if (exchange.getRequestMethod().equals("PUT") && path.equals(STORE_PATH + "/keys/" + KeyValueStoreSwitch.KEY)) {
            String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
            requests.add("PUT " + path + " signed If-Match=" + ifMatch);
            if (conflictsToAnswer.getAndDecrement() > 0 || !("KV" + etag.get()).equals(ifMatch)) {
                etag.incrementAndGet();
                answer(exchange, 409, "", "{\"message\":\"conflict\"}");
                return;
            }
            String json = new String(body, StandardCharsets.UTF_8);
            store.put(KeyValueStoreSwitch.KEY, json.replaceAll("\\{\"Value\":\"([^\"]+)\"}", "$1"));
            answer(exchange, 200, "KV" + etag.incrementAndGet(), "{\"ItemCount\":1}");
        } else {
            answer(exchange, 404, "", "{}");
        }
    }

    private boolean verifies(HttpExchange exchange, String path, String authorization, byte[] body) {
        Map<String, String> signedHeaders = new TreeMap<>();
        String names = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        for (String name : names.split(";")) {
            signedHeaders.put(name, name.equals("host") ? exchange.getRequestHeaders().getFirst("Host") : exchange.getRequestHeaders().getFirst(name));
        }
        String canonical = SigV4a.canonicalRequest(exchange.getRequestMethod(), path, Map.of(), signedHeaders, body);
        String scope = authorization.replaceAll(".*Credential=" + ACCESS_KEY + "/([^,]+),.*", "$1");
        String toSign = SigV4a.stringToSign(signedHeaders.get("x-amz-date"), scope, canonical);
        try {
            return scope.endsWith("/" + KeyValueStoreSwitch.SERVICE + "/aws4_request") && "*".equals(signedHeaders.get("x-amz-region-set"))
                    && SigV4aTest.verify(suiteKey, toSign, authorization.replaceAll(".*Signature=", ""));
        } catch (Exception e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String etag, String json) throws IOException {
        if (!etag.isEmpty()) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

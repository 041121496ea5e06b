package no.kommunefakta.authorizer;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in of Maskinporten's public endpoints on 127.0.0.1: the authorization server metadata
 * ({@code /.well-known/oauth-authorization-server}, naming {@code jwks_uri} {@code /jwk}) and the key set, whose
 * keys a test can rotate. No OpenID discovery document is served, as at Maskinporten.
 */
final class IssuerStandIn implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, KeyPair> published = new LinkedHashMap<>();
    final AtomicInteger jwksRequests = new AtomicInteger();
    final AtomicInteger discoveryRequests = new AtomicInteger();

    IssuerStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/oauth-authorization-server", exchange -> respond(exchange,
                "{\"issuer\":\"" + issuer() + "\",\"token_endpoint\":\"" + issuer() + "token\",\"jwks_uri\":\"" + issuer() + "jwk\","
                        + "\"token_endpoint_auth_signing_alg_values_supported\":[\"RS256\"]}"));
        server.createContext("/.well-known/openid-configuration", exchange -> {
            discoveryRequests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/jwk", exchange -> {
            jwksRequests.incrementAndGet();
            respond(exchange, jwks());
        });
        server.start();
    }

    /** The issuer, with the trailing slash Maskinporten's has. */
    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Publishes (adds) a new key under {@code kid}; returns its pair for signing. */
    synchronized KeyPair publish(String kid) {
        KeyPair pair = generate();
        published.put(kid, pair);
        return pair;
    }

    /** Removes a key from the published set. */
    synchronized void withdraw(String kid) {
        published.remove(kid);
    }

    static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized String jwks() {
        return published.entrySet().stream().map(e -> {
            var key = (RSAPublicKey) e.getValue().getPublic();
            return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + e.getKey() + "\",\"n\":\"" + b64(key.getModulus())
                    + "\",\"e\":\"" + b64(key.getPublicExponent()) + "\"}";
        }).collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

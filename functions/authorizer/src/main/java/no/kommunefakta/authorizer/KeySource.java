package no.kommunefakta.authorizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The issuer's signing keys: the {@code jwks_uri} named in its authorization server metadata
 * ({@code /.well-known/oauth-authorization-server}, RFC 8414; Maskinporten serves no OpenID discovery document), kept
 * in memory across invocations. Fetched again when a token names an unknown {@code kid} (key rotation; at most once
 * per {@code minRefreshInterval}) and when the set is older than {@code maxAge}. Only RSA signing keys of at least
 * 2048 bits are kept.
 */
public final class KeySource {

    private static final Logger LOG = Logger.getLogger(KeySource.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    private final String issuer;
    private final URI metadataUrl;
    private final Duration maxAge;
    private final Duration minRefreshInterval;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    private Map<String, RSAPublicKey> keys;
    private Instant fetched = Instant.MIN;
    private Instant attempted = Instant.MIN;
    private int fetches;

    public KeySource(String issuer, URI metadataUrl, Duration maxAge, Duration minRefreshInterval, Duration timeout, Clock clock) {
        this.issuer = issuer;
        this.metadataUrl = requireSecure("metadata URL", metadataUrl);
        this.maxAge = maxAge;
        this.minRefreshInterval = minRefreshInterval;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The default metadata location of {@code issuer}: {@code <issuer>/.well-known/oauth-authorization-server}. */
    static URI defaultMetadataUrl(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return URI.create(base + "/.well-known/oauth-authorization-server");
    }

    /**
     * The key named {@code kid}, fetching the key set when it is unknown (rate-limited) or stale.
     *
     * @throws UncheckedIOException when no key set was ever fetched and the issuer cannot be reached
     */
    public synchronized Optional<RSAPublicKey> key(String kid) {
        Instant now = clock.instant();
        if (keys == null || now.isAfter(fetched.plus(maxAge))) {
            refresh(now);
        } else if (!keys.containsKey(kid) && !now.isBefore(attempted.plus(minRefreshInterval))) {
            LOG.infof("jwks: unknown kid '%s', fetching the key set again", kid);
            refresh(now);
        }
        return Optional.ofNullable(keys.get(kid));
    }

    /** How often the key set was fetched (for tests and the log). */
    public synchronized int fetches() {
        return fetches;
    }

    private void refresh(Instant now) {
        attempted = now;
        try {
            JsonNode metadata = get(metadataUrl);
            if (!issuer.equals(metadata.path("issuer").asText())) {
                throw new IOException("metadata " + metadataUrl + " names issuer '" + metadata.path("issuer").asText()
                        + "', expected '" + issuer + "'");
            }
            String jwksUri = metadata.path("jwks_uri").asText("");
            if (jwksUri.isEmpty()) {
                throw new IOException("metadata " + metadataUrl + " has no jwks_uri");
            }
            keys = parse(get(requireSecure("jwks_uri", URI.create(jwksUri))));
            fetched = now;
            fetches++;
            LOG.infof("jwks: %d RSA signing keys from %s (kids %s)", keys.size(), jwksUri, keys.keySet());
        } catch (IOException e) {
            if (keys == null) {
                throw new UncheckedIOException("jwks: cannot fetch the signing keys of " + issuer + ": " + e.getMessage(), e);
            }
            LOG.warnf("jwks: refresh failed, keeping the %d keys fetched at %s: %s", keys.size(), fetched, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching the signing keys", e);
        }
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        if (response.body().length > MAX_DOCUMENT_BYTES) {
            throw new IOException(uri + " answered more than " + MAX_DOCUMENT_BYTES + " bytes");
        }
        return JSON.readTree(response.body());
    }

    static Map<String, RSAPublicKey> parse(JsonNode jwks) throws IOException {
        Map<String, RSAPublicKey> parsed = new HashMap<>();
        for (JsonNode k : jwks.path("keys")) {
            String kid = k.path("kid").asText("");
            boolean signing = !k.has("use") || "sig".equals(k.path("use").asText());
            boolean rs256 = !k.has("alg") || TokenValidator.ALGORITHM.equals(k.path("alg").asText());
            if (!"RSA".equals(k.path("kty").asText()) || kid.isEmpty() || !signing || !rs256) {
                continue;
            }
            try {
                var spec = new RSAPublicKeySpec(unsigned(k.path("n").asText()), unsigned(k.path("e").asText()));
                var key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
                if (key.getModulus().bitLength() >= 2048) {
                    parsed.put(kid, key);
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                LOG.warnf("jwks: key '%s' is not a usable RSA key: %s", kid, e.getMessage());
            }
        }
        if (parsed.isEmpty()) {
            throw new IOException("the key set holds no RSA signing key of at least 2048 bits");
        }
        return Map.copyOf(parsed);
    }

    private static BigInteger unsigned(String base64url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
    }

    /** https, or plain http to the loopback interface only (local stand-ins in tests). */
    private static URI requireSecure(String what, URI uri) {
        boolean loopback = "http".equals(uri.getScheme())
                && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()) || "[::1]".equals(uri.getHost()));
        if (!"https".equals(uri.getScheme()) && !loopback) {
            throw new IllegalArgumentException(what + ": '" + uri + "' is not an https URL");
        }
        return uri;
    }
}

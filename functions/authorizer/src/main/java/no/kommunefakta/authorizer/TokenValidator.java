package no.kommunefakta.authorizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a Maskinporten access token (a JWT) for one API route, in this order, stopping at the first failure:
 * <ol>
 *   <li>{@code Authorization: Bearer <token>}, at most {@code maxTokenLength} characters, three base64url parts</li>
 *   <li>header: {@code alg} exactly {@value #ALGORITHM} (Maskinporten's; {@code none}, {@code HS*} and everything
 *       else refused before any key is looked at), a {@code kid}, no {@code crit}</li>
 *   <li>the RS256 signature with the issuer's key of that {@code kid} ({@link KeySource})</li>
 *   <li>claims: {@code iss} exactly, {@code exp} (required) and {@code nbf}/{@code iat} (when present) within the
 *       clock skew, {@code aud} the configured audience (or {@code unspecified} only where accepted), the route's
 *       scope among the space-separated {@code scope}, a {@code client_id} and a {@code consumer.ID}
 *       {@code 0192:<orgno>}</li>
 * </ol>
 * The reasons are for the log only; the caller learns only that the token was refused.
 */
public final class TokenValidator {

    /** The only signature algorithm accepted (the one Maskinporten signs with). */
    public static final String ALGORITHM = "RS256";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern ORGNO = Pattern.compile("0192:([0-9]{9})");

    private final TokenPolicy policy;
    private final KeySource keys;

    public TokenValidator(TokenPolicy policy, KeySource keys) {
        this.policy = policy;
        this.keys = keys;
    }

    /** Whether the {@code Authorization} header value grants {@code routeKey} at {@code now}, and who calls. */
    public Decision validate(String authorization, String routeKey, Instant now) {
        String scope = policy.routeScopes().get(routeKey);
        if (scope == null) {
            return Decision.deny("route '" + routeKey + "' has no scope configured");
        }
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Decision.deny("no bearer token");
        }
        String token = authorization.substring(7).strip();
        if (token.length() > policy.maxTokenLength()) {
            return Decision.deny("token of " + token.length() + " characters, more than " + policy.maxTokenLength());
        }
        String[] parts = token.split("\\.", -1);
        // an empty signature is structurally allowed here so that alg "none" is refused for what it is, below
        if (parts.length != 3 || !BASE64URL.matcher(parts[0]).matches() || !BASE64URL.matcher(parts[1]).matches()
                || !(parts[2].isEmpty() || BASE64URL.matcher(parts[2]).matches())) {
            return Decision.deny("malformed token: not three base64url parts");
        }
        Optional<JsonNode> header = json(parts[0]);
        if (header.isEmpty()) {
            return Decision.deny("malformed token: header is not a JSON object");
        }
        String alg = header.get().path("alg").asText("");
        if (!ALGORITHM.equals(alg)) {
            return Decision.deny("alg '" + printable(alg) + "' not accepted (only " + ALGORITHM + ")");
        }
        if (header.get().has("crit")) {
            return Decision.deny("header names critical extensions (crit), none are understood");
        }
        String kid = header.get().path("kid").asText("");
        if (kid.isEmpty()) {
            return Decision.deny("header has no kid");
        }
        Optional<RSAPublicKey> key = keys.key(kid);
        if (key.isEmpty()) {
            return Decision.deny("unknown kid '" + printable(kid) + "'");
        }
        if (!signatureValid(key.get(), parts)) {
            return Decision.deny("signature does not verify with key '" + printable(kid) + "'");
        }
        Optional<JsonNode> claims = json(parts[1]);
        if (claims.isEmpty()) {
            return Decision.deny("malformed token: claims are not a JSON object");
        }
        return checkClaims(claims.get(), scope, now);
    }

    private Decision checkClaims(JsonNode claims, String scope, Instant now) {
        String iss = claims.path("iss").asText("");
        if (!policy.issuer().equals(iss)) {
            return Decision.deny("iss '" + printable(iss) + "' is not " + policy.issuer());
        }
        long skew = policy.clockSkew().toSeconds();
        long t = now.getEpochSecond();
        if (!claims.path("exp").isIntegralNumber()) {
            return Decision.deny("no numeric exp");
        }
        if (t > claims.path("exp").asLong() + skew) {
            return Decision.deny("expired at " + Instant.ofEpochSecond(claims.path("exp").asLong()));
        }
        for (String notAfterNow : new String[] {"nbf", "iat"}) {
            if (claims.has(notAfterNow)) {
                if (!claims.path(notAfterNow).isIntegralNumber()) {
                    return Decision.deny(notAfterNow + " is not a number");
                }
                if (claims.path(notAfterNow).asLong() > t + skew) {
                    return Decision.deny(notAfterNow + " " + Instant.ofEpochSecond(claims.path(notAfterNow).asLong()) + " is in the future");
                }
            }
        }
        if (!audienceAccepted(claims.path("aud"))) {
            return Decision.deny("aud " + printable(claims.path("aud").toString()) + " is not " + policy.audience()
                    + (policy.acceptUnspecifiedAudience() ? " or " + TokenPolicy.UNSPECIFIED_AUDIENCE : ""));
        }
        String scopes = claims.path("scope").asText("");
        if (!Arrays.asList(scopes.split(" ")).contains(scope)) {
            return Decision.deny("scope '" + printable(scopes) + "' lacks " + scope);
        }
        String clientId = claims.path("client_id").asText("");
        if (clientId.isEmpty()) {
            return Decision.deny("no client_id");
        }
        var orgno = ORGNO.matcher(claims.path("consumer").path("ID").asText(""));
        if (!orgno.matches()) {
            return Decision.deny("consumer.ID '" + printable(claims.path("consumer").path("ID").asText("")) + "' is not 0192:<orgno>");
        }
        return Decision.allow(new Decision.Caller(printable(clientId), orgno.group(1)));
    }

    private boolean audienceAccepted(JsonNode aud) {
        if (aud.isTextual()) {
            return accepted(aud.asText());
        }
        if (aud.isArray()) {
            for (JsonNode a : aud) {
                if (a.isTextual() && accepted(a.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean accepted(String aud) {
        return policy.audience().equals(aud) || (policy.acceptUnspecifiedAudience() && TokenPolicy.UNSPECIFIED_AUDIENCE.equals(aud));
    }

    private static boolean signatureValid(RSAPublicKey key, String[] parts) {
        try {
            var verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<JsonNode> json(String part) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Log-safe: control characters replaced, at most 80 characters. */
    private static String printable(String value) {
        String line = value.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }
}

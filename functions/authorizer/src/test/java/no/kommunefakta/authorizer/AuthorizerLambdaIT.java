package no.kommunefakta.authorizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.kommunefakta.lambdatest.PackagedLambda;

/**
 * The real {@code function.zip} (JVM through the AWS runtime interface client, or the native {@code bootstrap})
 * answering API Gateway HTTP API REQUEST-authorizer events (payload 2.0, simple responses), with its key set fetched
 * from a local stand-in of Maskinporten's metadata and JWKS.
 */
class AuthorizerLambdaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUTE = "POST /validatePosting";

    static IssuerStandIn issuer;
    static KeyPair key;
    static PackagedLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        issuer = new IssuerStandIn();
        key = issuer.publish("kid-a");
        lambda = PackagedLambda.startBuilt("authorizer", PackagedLambda.QUARKUS_HANDLER, Map.of(
                "AUTHORIZER_ISSUER", issuer.issuer(),
                "AUTHORIZER_AUDIENCE", Tokens.AUDIENCE,
                "AUTHORIZER_ROUTE_SCOPES", "POST /validatePosting=kommunefakta:validering;POST /validateFile=kommunefakta:validering;"
                        + "POST /allocateInternalRent=kommunefakta:husleie",
                "AUTHORIZER_JWKS_MIN_REFRESH_INTERVAL", "PT0S"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (lambda != null) {
            lambda.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    private static Map<String, Object> claims() {
        return Tokens.claims(issuer.issuer(), Instant.now());
    }

    private static JsonNode authorize(String route, String authorization) throws Exception {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("type", "REQUEST");
        event.put("routeArn", "arn:aws:execute-api:eu-north-1:123456789012:abcdef1234/$default/" + route.replace(" ", ""));
        event.put("identitySource", authorization == null ? java.util.List.of(route) : java.util.List.of(authorization, route));
        event.put("routeKey", route);
        event.put("rawPath", route.substring(route.indexOf(' ') + 1));
        event.put("rawQueryString", "");
        event.put("headers", headers);
        event.put("requestContext", Map.of("accountId", "123456789012", "apiId", "abcdef1234", "stage", "$default",
                "routeKey", route, "requestId", "it-" + System.nanoTime(),
                "http", Map.of("method", "POST", "path", route.substring(route.indexOf(' ') + 1), "protocol", "HTTP/1.1",
                        "sourceIp", "192.0.2.10", "userAgent", "it")));
        return JSON.readTree(lambda.invoke(JSON.writeValueAsString(event)));
    }

    @Test
    void aValidTokenIsAuthorizedWithTheClientInTheContext() throws Exception {
        JsonNode answer = authorize(ROUTE, "Bearer " + Tokens.rs256(Tokens.header("RS256", "kid-a"), claims(), key));

        assertThat(answer.path("isAuthorized").asBoolean()).as(answer + "\n" + lambda.logTail()).isTrue();
        assertThat(answer.path("context").path("clientId").asText()).isEqualTo(Tokens.CLIENT_ID);
        assertThat(answer.path("context").path("orgno").asText()).isEqualTo(Tokens.ORGNO);
        assertThat(issuer.discoveryRequests).hasValue(0);
    }

    @Test
    void badTokensAreRefused() throws Exception {
        var expired = claims();
        expired.put("exp", Instant.now().getEpochSecond() - 60);
        var otherAudience = claims();
        otherAudience.put("aud", "unspecified");
        var oversized = claims();
        oversized.put("padding", "x".repeat(9000));
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("expired", "Bearer " + Tokens.rs256(Tokens.header("RS256", "kid-a"), expired, key));
        refused.put("aud unspecified", "Bearer " + Tokens.rs256(Tokens.header("RS256", "kid-a"), otherAudience, key));
        refused.put("alg none", "Bearer " + Tokens.none("kid-a", claims()));
        refused.put("HS256 with the public key", "Bearer " + Tokens.hs256WithPublicKey("kid-a", claims(), key));
        refused.put("malformed", "Bearer e30.e30");
        refused.put("oversized", "Bearer " + Tokens.rs256(Tokens.header("RS256", "kid-a"), oversized, key));
        refused.put("no token", null);
        for (var entry : refused.entrySet()) {
            JsonNode answer = authorize(ROUTE, entry.getValue());
            assertThat(answer.path("isAuthorized").asBoolean()).as(entry.getKey() + ": " + answer).isFalse();
            assertThat(answer.path("context")).as(entry.getKey()).isEmpty();
        }
        String valid = "Bearer " + Tokens.rs256(Tokens.header("RS256", "kid-a"), claims(), key);
        assertThat(authorize("POST /allocateInternalRent", valid).path("isAuthorized").asBoolean()).as("scope of another route").isFalse();
        assertThat(lambda.logTail()).contains("refused POST /validatePosting: alg 'none' not accepted (only RS256)")
                .contains("refused POST /allocateInternalRent: scope");
    }

    @Test
    void aRotatedKeyIsFetchedOnItsFirstToken() throws Exception {
        KeyPair rotated = issuer.publish("kid-b");
        int before = issuer.jwksRequests.get();
        JsonNode answer = authorize(ROUTE, "Bearer " + Tokens.rs256(Tokens.header("RS256", "kid-b"), claims(), rotated));
        assertThat(answer.path("isAuthorized").asBoolean()).as(answer + "\n" + lambda.logTail()).isTrue();
        assertThat(issuer.jwksRequests.get()).isGreaterThan(before);
    }
}

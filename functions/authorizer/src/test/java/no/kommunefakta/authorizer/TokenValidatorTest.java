package no.kommunefakta.authorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a token can be wrong, against a local stand-in of Maskinporten's metadata and key set. */
class TokenValidatorTest {

    private static final String ROUTE = "POST /validatePosting";
    private static final Instant NOW = Instant.parse("2026-12-07T07:05:00Z");

    private IssuerStandIn issuer;
    private KeyPair key;
    private KeySource keys;
    private TokenValidator validator;

    @BeforeEach
    void start() throws Exception {
        issuer = new IssuerStandIn();
        key = issuer.publish("kid-2026");
        keys = keySource(Duration.ZERO);
        validator = validator(false);
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    private KeySource keySource(Duration minRefresh) {
        return new KeySource(issuer.issuer(), KeySource.defaultMetadataUrl(issuer.issuer()), Duration.ofHours(1), minRefresh,
                Duration.ofSeconds(3), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private TokenValidator validator(boolean acceptUnspecified) {
        return new TokenValidator(new TokenPolicy(issuer.issuer(), Tokens.AUDIENCE, acceptUnspecified,
                Map.of(ROUTE, Tokens.SCOPE, "POST /allocateInternalRent", "kommunefakta:husleie"), Duration.ofSeconds(10), 8192), keys);
    }

    private Map<String, Object> claims() {
        return Tokens.claims(issuer.issuer(), NOW);
    }

    private Decision check(String token) {
        return validator.validate("Bearer " + token, ROUTE, NOW);
    }

    private String signed(Map<String, Object> claims) {
        return Tokens.rs256(Tokens.header("RS256", "kid-2026"), claims, key);
    }

    @Test
    void aValidTokenIsAllowedAndNamesTheClientAndItsOrganisation() {
        Decision decision = check(signed(claims()));

        assertThat(decision.reason()).isEqualTo("ok");
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.caller()).contains(new Decision.Caller(Tokens.CLIENT_ID, Tokens.ORGNO));
        assertThat(issuer.discoveryRequests).as("the OpenID discovery document is never needed").hasValue(0);
        assertThat(issuer.jwksRequests).hasValue(1);
        check(signed(claims()));
        assertThat(issuer.jwksRequests).as("the key set is cached").hasValue(1);
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheSkewOnly() {
        var claims = claims();
        claims.put("exp", NOW.getEpochSecond() - 11);
        assertThat(check(signed(claims))).satisfies(d -> {
            assertThat(d.allowed()).isFalse();
            assertThat(d.reason()).startsWith("expired at ");
        });
        claims.put("exp", NOW.getEpochSecond() - 9);
        assertThat(check(signed(claims)).allowed()).as("within 10 s of skew").isTrue();
        claims.remove("exp");
        assertThat(check(signed(claims)).reason()).isEqualTo("no numeric exp");
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        var claims = claims();
        claims.put("nbf", NOW.getEpochSecond() + 60);
        assertThat(check(signed(claims)).reason()).startsWith("nbf 2026-12-07T07:06:00Z is in the future");
        claims.put("nbf", NOW.getEpochSecond() + 5);
        assertThat(check(signed(claims)).allowed()).as("within the skew").isTrue();
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        var claims = claims();
        claims.put("iss", "https://maskinporten.no/");
        assertThat(check(signed(claims)).reason()).isEqualTo("iss 'https://maskinporten.no/' is not " + issuer.issuer());
        claims.put("iss", issuer.issuer().replaceAll("/$", ""));
        assertThat(check(signed(claims)).allowed()).as("the issuer is compared exactly, trailing slash included").isFalse();
    }

    @Test
    void aTokenWithoutTheRoutesScopeIsRefused() {
        var claims = claims();
        claims.put("scope", "kommunefakta:husleie kommunefakta:validering-extra");
        assertThat(check(signed(claims)).reason()).isEqualTo("scope 'kommunefakta:husleie kommunefakta:validering-extra' lacks "
                + Tokens.SCOPE);
        assertThat(validator.validate("Bearer " + signed(claims), "POST /allocateInternalRent", NOW).allowed()).isTrue();
        assertThat(validator.validate("Bearer " + signed(claims), "POST /unknown", NOW).reason())
                .isEqualTo("route 'POST /unknown' has no scope configured");
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedAndUnspecifiedOnlyWhereConfigured() {
        var claims = claims();
        claims.put("aud", "https://api.other.example");
        assertThat(check(signed(claims)).reason()).startsWith("aud \"https://api.other.example\" is not " + Tokens.AUDIENCE);
        claims.put("aud", java.util.List.of("https://api.other.example", Tokens.AUDIENCE));
        assertThat(check(signed(claims)).allowed()).as("one of an array").isTrue();
        claims.remove("aud");
        assertThat(check(signed(claims)).allowed()).as("no aud").isFalse();

        claims.put("aud", TokenPolicy.UNSPECIFIED_AUDIENCE);
        assertThat(check(signed(claims)).allowed()).as("unspecified, not accepted by default").isFalse();
        validator = validator(true);
        assertThat(check(signed(claims)).allowed()).as("unspecified, accepted where configured").isTrue();
    }

    @Test
    void algNoneIsRefused() {
        Decision decision = check(Tokens.none("kid-2026", claims()));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("alg 'none' not accepted (only RS256)");
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() {
        Decision decision = check(Tokens.hs256WithPublicKey("kid-2026", claims(), key));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("alg 'HS256' not accepted (only RS256)");
        var rs512 = Tokens.header("RS512", "kid-2026");
        assertThat(check(Tokens.rs256(rs512, claims(), key)).reason()).isEqualTo("alg 'RS512' not accepted (only RS256)");
    }

    @Test
    void aForgedOrAlteredSignatureIsRefused() {
        String token = signed(claims());
        var other = Tokens.rs256(Tokens.header("RS256", "kid-2026"), claims(), IssuerStandIn.generate());
        assertThat(check(other).reason()).isEqualTo("signature does not verify with key 'kid-2026'");
        var claims = claims();
        claims.put("scope", "kommunefakta:validering kommunefakta:husleie");
        String[] parts = token.split("\\.");
        assertThat(check(parts[0] + "." + Tokens.part(claims) + "." + parts[2]).allowed()).as("claims changed after signing").isFalse();
    }

    @Test
    void anUnknownKidIsRefusedUntilTheIssuerPublishesIt() {
        KeyPair next = IssuerStandIn.generate();
        String token = Tokens.rs256(Tokens.header("RS256", "kid-2027"), claims(), next);
        assertThat(check(signed(claims())).allowed()).isTrue();
        assertThat(check(token).reason()).isEqualTo("unknown kid 'kid-2027'");

        // rotation: the issuer publishes the new key and withdraws the old one
        KeyPair published = issuer.publish("kid-2027");
        issuer.withdraw("kid-2026");
        String rotated = Tokens.rs256(Tokens.header("RS256", "kid-2027"), claims(), published);
        int before = issuer.jwksRequests.get();
        assertThat(check(rotated).allowed()).as("fetched again on the unknown kid").isTrue();
        assertThat(issuer.jwksRequests.get()).isEqualTo(before + 1);
    }

    @Test
    void unknownKidsFetchTheKeySetAtMostOncePerInterval() {
        Instant[] now = {NOW};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        keys = new KeySource(issuer.issuer(), KeySource.defaultMetadataUrl(issuer.issuer()), Duration.ofHours(1), Duration.ofSeconds(30),
                Duration.ofSeconds(3), clock);
        validator = validator(false);
        assertThat(check(signed(claims())).allowed()).isTrue();
        for (int i = 0; i < 20; i++) {
            assertThat(check(Tokens.rs256(Tokens.header("RS256", "made-up-" + i), claims(), key)).allowed()).isFalse();
        }
        assertThat(issuer.jwksRequests).as("within 30 s of the first fetch, made-up kids fetch nothing").hasValue(1);
        now[0] = NOW.plusSeconds(31);
        for (int i = 0; i < 20; i++) {
            assertThat(validator.validate("Bearer " + Tokens.rs256(Tokens.header("RS256", "other-" + i), claims(), key), ROUTE, NOW)
                    .allowed()).isFalse();
        }
        assertThat(issuer.jwksRequests).as("one more fetch for the first unknown kid after the interval").hasValue(2);
        now[0] = NOW.plus(Duration.ofHours(2));
        assertThat(check(signed(claims())).allowed()).isTrue();
        assertThat(issuer.jwksRequests).as("a key set older than its maximum age is fetched again").hasValue(3);
    }

    @Test
    void malformedTokensAreRefusedNamingWhy() {
        assertThat(check("not-a-jwt").reason()).isEqualTo("malformed token: not three base64url parts");
        assertThat(check("a.b.c.d").reason()).isEqualTo("malformed token: not three base64url parts");
        assertThat(check("e30=.e30.sig").reason()).as("padding").isEqualTo("malformed token: not three base64url parts");
        assertThat(check(Tokens.b64("{\"alg\":".getBytes()) + "." + Tokens.part(claims()) + ".c2ln").reason())
                .isEqualTo("malformed token: header is not a JSON object");
        assertThat(check(Tokens.part(java.util.List.of("RS256")) + "." + Tokens.part(claims()) + ".c2ln").reason())
                .isEqualTo("malformed token: header is not a JSON object");
        assertThat(check(Tokens.rs256(Map.of("alg", "RS256"), claims(), key)).reason()).isEqualTo("header has no kid");
        assertThat(check(Tokens.rs256(Map.of("alg", "RS256", "kid", "kid-2026", "crit", java.util.List.of("b64")), claims(), key))
                .reason()).startsWith("header names critical extensions");
        assertThat(validator.validate(null, ROUTE, NOW).reason()).isEqualTo("no bearer token");
        assertThat(validator.validate("Basic dXNlcjpwYXNz", ROUTE, NOW).reason()).isEqualTo("no bearer token");
        assertThat(validator.validate("bearer " + signed(claims()), ROUTE, NOW).allowed()).as("scheme is case-insensitive").isTrue();
        var noConsumer = claims();
        noConsumer.remove("consumer");
        assertThat(check(signed(noConsumer)).reason()).isEqualTo("consumer.ID '' is not 0192:<orgno>");
        var noClient = claims();
        noClient.remove("client_id");
        assertThat(check(signed(noClient)).reason()).isEqualTo("no client_id");
    }

    @Test
    void anOversizedTokenIsRefusedBeforeParsing() {
        var claims = claims();
        claims.put("padding", "x".repeat(9000));
        String token = signed(claims);
        assertThat(check(token).reason()).isEqualTo("token of " + token.length() + " characters, more than 8192");
        assertThat(issuer.jwksRequests).as("no key set fetched for it").hasValue(0);
    }

    @Test
    void anUnreachableIssuerOrAMetadataDocumentOfAnotherIssuerIsAnError() {
        var elsewhere = new KeySource("https://maskinporten.no/", KeySource.defaultMetadataUrl(issuer.issuer()), Duration.ofHours(1),
                Duration.ZERO, Duration.ofSeconds(3), Clock.systemUTC());
        assertThatThrownBy(() -> elsewhere.key("kid-2026")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("names issuer '" + issuer.issuer() + "', expected 'https://maskinporten.no/'");
        issuer.close();
        var down = keySource(Duration.ZERO);
        assertThatThrownBy(() -> down.key("kid-2026")).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("jwks: cannot fetch the signing keys of " + issuer.issuer());
        assertThatThrownBy(() -> new KeySource("http://maskinporten.example/", URI.create("http://maskinporten.example/.well-known/x"),
                Duration.ofHours(1), Duration.ZERO, Duration.ofSeconds(1), Clock.systemUTC()))
                .hasMessage("metadata URL: 'http://maskinporten.example/.well-known/x' is not an https URL");
    }

    @Test
    void routeScopesAreParsedAndBadEntriesNamed() {
        assertThat(TokenPolicy.parseRouteScopes("POST /validatePosting=kommunefakta:validering; POST /allocateInternalRent=kommunefakta:husleie"))
                .containsExactly(Map.entry("POST /validatePosting", "kommunefakta:validering"),
                        Map.entry("POST /allocateInternalRent", "kommunefakta:husleie"));
        assertThatThrownBy(() -> TokenPolicy.parseRouteScopes("/validatePosting"))
                .hasMessageStartingWith("authorizer.route-scopes: '/validatePosting' is not <METHOD> <path>=<scope>");
    }
}

package no.kommunefakta.authorizer;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the authorizer ({@code authorizer.*}; in AWS the environment variables {@code AUTHORIZER_ISSUER},
 * {@code AUTHORIZER_AUDIENCE}, {@code AUTHORIZER_ROUTE_SCOPES}, ... set by infra's ApiStack).
 */
@ConfigMapping(prefix = "authorizer")
public interface AuthorizerConfig {

    /** The token issuer exactly as in the tokens' {@code iss}, e.g. {@code https://maskinporten.no/}. */
    String issuer();

    /**
     * The issuer's authorization server metadata (RFC 8414); default
     * {@code <issuer without trailing slash>/.well-known/oauth-authorization-server}, the document Maskinporten serves.
     */
    Optional<URI> metadataUrl();

    /** The audience a token must carry ({@code aud}): the resource the client requested the token for. */
    String audience();

    /**
     * Whether a token whose {@code aud} is Maskinporten's {@code unspecified} (the client asked for no resource) is
     * accepted. Off by default: such a token could be replayed against any API that accepts it.
     */
    @WithDefault("false")
    boolean acceptUnspecifiedAudience();

    /**
     * Scope per route: {@code <route key>=<scope>} pairs separated by {@code ;}, e.g.
     * {@code POST /validatePosting=kommunefakta:validering;POST /allocateInternalRent=kommunefakta:husleie}.
     */
    String routeScopes();

    /** Clock skew tolerated on {@code exp}, {@code nbf} and {@code iat}. */
    @WithDefault("PT10S")
    Duration clockSkew();

    /** Longest accepted token (characters); longer ones are refused before any parsing. */
    @WithDefault("8192")
    int maxTokenLength();

    /** The key set is fetched again after this time even when every {@code kid} is known (keys may be withdrawn). */
    @WithDefault("PT1H")
    Duration jwksMaxAge();

    /** Least time between two fetches caused by an unknown {@code kid} (a flood of made-up kids costs one fetch). */
    @WithDefault("PT30S")
    Duration jwksMinRefreshInterval();

    /** Connect and read timeout of metadata and key-set requests. */
    @WithDefault("PT3S")
    Duration httpTimeout();
}

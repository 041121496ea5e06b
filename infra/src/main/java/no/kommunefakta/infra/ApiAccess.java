package no.kommunefakta.infra;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may call the API: tokens from Maskinporten (OAuth2 client credentials, JWT), checked by the HTTP API's JWT
 * authorizer. Per environment from CDK context ({@code -c jwtIssuer=... -c jwtAudience=... -c scopePrefix=...}),
 * defaulting to Maskinporten's test or production issuer.
 *
 * @param issuer      token issuer, e.g. {@code https://maskinporten.no/} (its {@code .well-known} document names the keys)
 * @param audience    value the token's {@code aud} (audience-restricted token, requested with {@code resource}) or
 *                    {@code client_id} must equal
 * @param scopePrefix Maskinporten scope prefix registered for the API; a route's scope is {@code <prefix>:<sub-scope>}
 */
public record ApiAccess(String issuer, String audience, String scopePrefix) {

    /** Defaults for an environment: Maskinporten test ("ver2") for test, Maskinporten production for prod. */
    static ApiAccess defaults(DeploymentEnvironment deployment) {
        return deployment == DeploymentEnvironment.PROD
                ? new ApiAccess("https://maskinporten.no/", "https://api.kommunefakta.no", "kommunefakta")
                : new ApiAccess("https://test.maskinporten.no/", "https://api.test.kommunefakta.no", "kommunefakta");
    }

    /** The defaults of {@code deployment}, each overridden by the context value of the same name when set. */
    static ApiAccess fromContext(DeploymentEnvironment deployment, Function<String, Optional<String>> context) {
        var d = defaults(deployment);
        return new ApiAccess(context.apply("jwtIssuer").orElse(d.issuer()),
                context.apply("jwtAudience").orElse(d.audience()),
                context.apply("scopePrefix").orElse(d.scopePrefix()));
    }

    /** The full scope for a route, e.g. {@code kommunefakta:validering}. */
    public String scope(ApiRoute route) {
        return scopePrefix + ":" + route.scope();
    }

    /** Every scope the API knows, with what it grants (for outputs and docs). */
    public Map<String, String> scopes() {
        return Map.of(scopePrefix + ":validering", "POST /validatePosting and /validateFile",
                scopePrefix + ":husleie", "POST /allocateInternalRent");
    }
}

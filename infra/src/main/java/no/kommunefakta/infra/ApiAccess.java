package no.kommunefakta.infra;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may call the API: tokens from Maskinporten (OAuth2 client credentials, JWT), checked by the API's Lambda
 * authorizer ({@code functions/authorizer}). Per environment from CDK context ({@code -c jwtIssuer=...
 * -c jwtAudience=... -c scopePrefix=... -c acceptUnspecifiedAudience=true}), defaulting to Maskinporten's test or
 * production issuer.
 *
 * @param issuer                    token issuer, e.g. {@code https://maskinporten.no/} (its
 *                                  {@code /.well-known/oauth-authorization-server} document names the keys)
 * @param audience                  value the token's {@code aud} must hold: the audience-restricted token a client
 *                                  requests with {@code resource=<audience>}
 * @param scopePrefix               Maskinporten scope prefix registered for the API; a route's scope is
 *                                  {@code <prefix>:<sub-scope>}
 * @param acceptUnspecifiedAudience whether a token without a requested audience ({@code aud: unspecified}) is also
 *                                  accepted; off by default (such a token is good for any API that accepts it)
 */
public record ApiAccess(String issuer, String audience, String scopePrefix, boolean acceptUnspecifiedAudience) {

    /** Defaults for an environment: Maskinporten test ("ver2") for test, Maskinporten production for prod. */
    static ApiAccess defaults(DeploymentEnvironment deployment) {
        return deployment == DeploymentEnvironment.PROD
                ? new ApiAccess("https://maskinporten.no/", "https://api.kommunefakta.no", "kommunefakta", false)
                : new ApiAccess("https://test.maskinporten.no/", "https://api.test.kommunefakta.no", "kommunefakta", false);
    }

    /** The defaults of {@code deployment}, each overridden by the context value of the same name when set. */
    static ApiAccess fromContext(DeploymentEnvironment deployment, Function<String, Optional<String>> context) {
        var d = defaults(deployment);
        return new ApiAccess(context.apply("jwtIssuer").orElse(d.issuer()),
                context.apply("jwtAudience").orElse(d.audience()),
                context.apply("scopePrefix").orElse(d.scopePrefix()),
                context.apply("acceptUnspecifiedAudience").map(v -> switch (v) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new IllegalArgumentException("acceptUnspecifiedAudience: '" + v + "' is not true or false");
                }).orElse(d.acceptUnspecifiedAudience()));
    }

    /** The authorizer Lambda's settings (see AuthorizerConfig in functions/authorizer): issuer, audience, route scopes. */
    Map<String, String> authorizerEnvironment() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("AUTHORIZER_ISSUER", issuer);
        env.put("AUTHORIZER_AUDIENCE", audience);
        env.put("AUTHORIZER_ACCEPT_UNSPECIFIED_AUDIENCE", Boolean.toString(acceptUnspecifiedAudience));
        env.put("AUTHORIZER_ROUTE_SCOPES", String.join(";", ApiRoute.ALL.stream()
                .map(route -> route.routeKey() + "=" + scope(route)).toList()));
        return env;
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

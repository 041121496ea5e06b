package no.kommunefakta.authorizer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a token must satisfy, besides a valid signature.
 *
 * @param issuer                    exact {@code iss}
 * @param audience                  the {@code aud} value required (string, or one element of an array)
 * @param acceptUnspecifiedAudience whether {@code aud} {@value #UNSPECIFIED_AUDIENCE} is accepted instead
 * @param routeScopes               scope a token needs, by API Gateway route key ({@code POST /validatePosting})
 * @param clockSkew                 tolerance on {@code exp}, {@code nbf}, {@code iat}
 * @param maxTokenLength            longest accepted token, in characters
 */
public record TokenPolicy(String issuer, String audience, boolean acceptUnspecifiedAudience, Map<String, String> routeScopes,
                          Duration clockSkew, int maxTokenLength) {

    /** Maskinporten's {@code aud} when the client requested no audience-restricted token. */
    public static final String UNSPECIFIED_AUDIENCE = "unspecified";

    public TokenPolicy {
        routeScopes = Map.copyOf(routeScopes);
    }

    static TokenPolicy of(AuthorizerConfig config) {
        return new TokenPolicy(config.issuer(), config.audience(), config.acceptUnspecifiedAudience(),
                parseRouteScopes(config.routeScopes()), config.clockSkew(), config.maxTokenLength());
    }

    /**
     * Parses {@code <route key>=<scope>;...}.
     *
     * @throws IllegalArgumentException naming {@code authorizer.route-scopes} and the bad entry
     */
    static Map<String, String> parseRouteScopes(String value) {
        Map<String, String> scopes = new LinkedHashMap<>();
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            String route = eq < 0 ? "" : entry.substring(0, eq).strip();
            String scope = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (!route.matches("[A-Z]+ /\\S*") || !scope.matches("[\\w.:/-]+")) {
                throw new IllegalArgumentException("authorizer.route-scopes: '" + entry.strip()
                        + "' is not <METHOD> <path>=<scope> (e.g. POST /validatePosting=kommunefakta:validering)");
            }
            scopes.put(route, scope);
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("authorizer.route-scopes: '" + value + "' names no route");
        }
        return scopes;
    }
}

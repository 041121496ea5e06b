package no.kommunefakta.site.lambda;

import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A function URL response (payload 2.0).
 *
 * @param statusCode HTTP status
 * @param headers    response headers
 * @param body       response body (plain text)
 */
@RegisterForReflection
public record RouteResponse(int statusCode, Map<String, String> headers, String body) {
    public RouteResponse {
        headers = Map.copyOf(headers);
    }
}

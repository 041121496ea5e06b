package no.kommunefakta.authorizer;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The simple response format of an HTTP API Lambda authorizer ({@code enableSimpleResponses}).
 *
 * @param authorized whether API Gateway lets the request through (else 403)
 * @param context    for an allowed request: {@code clientId} and {@code orgno}, readable as
 *                   {@code $context.authorizer.clientId} / {@code .orgno} in the access log
 */
@RegisterForReflection
public record AuthorizerResponse(@JsonProperty("isAuthorized") boolean authorized, Map<String, String> context) {

    static AuthorizerResponse of(Decision decision) {
        return new AuthorizerResponse(decision.allowed(), decision.caller()
                .map(c -> Map.of("clientId", c.clientId(), "orgno", c.orgno()))
                .orElse(Map.of()));
    }
}

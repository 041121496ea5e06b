package no.kommunefakta.authorizer;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What API Gateway (HTTP API, Lambda REQUEST authorizer, payload format 2.0) sends: the fields the authorizer reads.
 *
 * @param type     {@code REQUEST}
 * @param routeKey the route called, e.g. {@code POST /validatePosting}
 * @param headers  request headers (names in lower case)
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthorizerEvent(String type, String routeKey, Map<String, String> headers) {

    /** The {@code Authorization} header, whatever the case of its name; null when absent. */
    public String authorization() {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(e -> "authorization".equalsIgnoreCase(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}

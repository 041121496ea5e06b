package no.kommunefakta.site.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The part of a Lambda function URL event (payload 2.0, sent by CloudFront through origin access control) the router
 * reads.
 *
 * @param rawPath the request path, e.g. {@code /kommune/0301/}
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record RouteRequest(String rawPath) {
}

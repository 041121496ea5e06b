package no.kommunefakta.site.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Input of {@code render} (from the schedule, a workflow or {@code aws lambda invoke}).
 *
 * @param action  {@code publish} (default: refresh, render and publish a new release), {@code rollback}, or
 *                {@code sync} (tell the edge the pointer's live release again, after a failed switch)
 * @param trigger who asked (schedule, workflow, operator); logged only
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record RenderRequest(String action, String trigger) {
}

package no.kommunefakta.api.request;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of every 4xx answer.
 *
 * @param error what is wrong and what to do instead
 * @param field the request field at fault ({@code "body"} when the body as a whole is unreadable)
 * @param value the offending value as received, or null when the field is missing
 */
@RegisterForReflection
public record ErrorAnswer(String error, String field, String value) {
}

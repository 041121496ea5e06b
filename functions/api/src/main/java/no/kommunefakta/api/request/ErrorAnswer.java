package no.kommunefakta.api.request;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of every error answer: a 4xx names the field and the value; a 5xx has field {@code "server"} and the error
 * id as value (the id under which the cause is logged).
 *
 * @param error what is wrong and what to do instead
 * @param field the request field at fault as a JSON path ({@code "body"} when the body as a whole is unreadable,
 *              {@code "method"} for a method other than POST, {@code "server"} for a server error)
 * @param value the offending value as received (long values cut to 100 characters and their length), or null when
 *              the field is missing
 */
@RegisterForReflection
public record ErrorAnswer(String error, String field, String value) {
}

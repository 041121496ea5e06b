package no.kommunefakta.api.request;

/**
 * Thrown by a function when its request is malformed. Answered as HTTP 400 with {@link ErrorAnswer}; never logged as
 * an error and never shown as a stack trace.
 */
public final class BadRequest extends RuntimeException {
    private final String field;
    private final String value;

    public BadRequest(String field, String value, String message) {
        super(message, null, false, false);
        this.field = field;
        this.value = value;
    }

    public static BadRequest missing(String field) {
        return new BadRequest(field, null, "Feltet '" + field + "' mangler (field '" + field + "' is required).");
    }

    public ErrorAnswer answer() {
        return new ErrorAnswer(getMessage(), field, value);
    }
}

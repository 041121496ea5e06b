package no.kommunefakta.money;

/**
 * A decimal amount or quantity given by a caller that cannot be read exactly. Carries the field path and the value as
 * given so that the caller can be told precisely what to fix.
 */
public final class InvalidAmountException extends IllegalArgumentException {

    private final String field;
    private final String value;

    public InvalidAmountException(String field, String value, String message) {
        super(message);
        this.field = field;
        this.value = value == null ? "" : value;
    }

    /** The field path, e.g. {@code pools[0].lines[3].amount}. */
    public String field() {
        return field;
    }

    /** The offending value exactly as given (never null). */
    public String value() {
        return value;
    }
}

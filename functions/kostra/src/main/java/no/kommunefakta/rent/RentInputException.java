package no.kommunefakta.rent;

/**
 * A request to allocate internal rent that cannot be answered as given: names the field (a JSON path such as
 * {@code pools[0].users[2].quantity}), the offending value exactly as given, and what to do instead.
 */
public final class RentInputException extends IllegalArgumentException {

    private final String field;
    private final String value;

    public RentInputException(String field, String value, String message) {
        super(message);
        this.field = field;
        this.value = value == null ? "" : value;
    }

    /** JSON path of the offending field. */
    public String field() {
        return field;
    }

    /** The offending value as given (never null; blank when missing). */
    public String value() {
        return value;
    }
}

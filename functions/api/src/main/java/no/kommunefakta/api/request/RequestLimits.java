package no.kommunefakta.api.request;

/**
 * The limits every request is held to before a function sees it. A request beyond one gets a 4xx answer naming the
 * limit, the field and the value ({@link BadRequest}); each limit is tested at the limit itself
 * ({@code RequestLimitsTest}). The body size is {@code quarkus.http.limits.max-body-size} (10 MiB over HTTP, 4 MiB
 * on Lambda, answered 413); the rent limits (pools, lines, users, amounts, quantities) are the allocator's.
 */
public final class RequestLimits {

    /** Most records (lines) one {@code /validateFile} request may carry; larger files go through the CLI. */
    public static final int MAX_RECORDS = 100_000;
    /** Longest record (line) accepted: a KOSTRA record has 48 characters; longer ones get control 001 up to this. */
    public static final int MAX_LINE_LENGTH = 256;
    /** Deepest nesting of JSON objects and arrays; the deepest request (allocateInternalRent) needs 5. */
    public static final int MAX_DEPTH = 16;
    /** Longest JSON string (value or field name), in characters; except {@code content} of /validateFile. */
    public static final int MAX_STRING_LENGTH = 1_000;
    /** Longest JSON number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** How much of an offending value an error answer echoes, in characters. */
    static final int ECHO_LENGTH = 100;

    private RequestLimits() {
    }

    /** {@code value} cut to {@link #ECHO_LENGTH} characters (never inside a surrogate pair), its length noted. */
    public static String abbreviate(String value) {
        if (value == null || value.length() <= ECHO_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(ECHO_LENGTH - 1)) ? ECHO_LENGTH - 1 : ECHO_LENGTH;
        return value.substring(0, end) + "… (" + value.length() + " tegn)";
    }
}

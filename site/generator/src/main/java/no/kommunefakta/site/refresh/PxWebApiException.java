package no.kommunefakta.site.refresh;

/** PxWebApi answered with an error or not at all; the message names the table, HTTP status and SSB's error title. */
public class PxWebApiException extends RuntimeException {

    private final int httpStatus;

    public PxWebApiException(String message, int httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }

    /** HTTP status of the answer, 0 when none came (timeout, connection refused). */
    public int httpStatus() {
        return httpStatus;
    }
}

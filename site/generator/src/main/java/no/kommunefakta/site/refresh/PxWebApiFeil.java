package no.kommunefakta.site.refresh;

/** PxWebApi answered with an error; the message names the table, HTTP status and SSB's error title. */
public class PxWebApiFeil extends RuntimeException {

    private final int httpStatus;

    public PxWebApiFeil(String melding, int httpStatus) {
        super(melding);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}

package no.kommunefakta.infra;

import java.util.List;

/**
 * One API route and the Lambda that alone serves it.
 *
 * @param path             HTTP path (POST), as served by the Funqy HTTP function in {@code functions/api}
 * @param functionId       construct id of the Lambda
 * @param memoryMb         Lambda memory
 * @param rateShare        share of the stage rate limit this route may use, in percent
 */
public record ApiRoute(String path, String functionId, int memoryMb, int rateShare) {

    /** The routes of the Kommunefakta API. */
    public static final List<ApiRoute> ALL = List.of(
            new ApiRoute("/validatePosting", "ValidatePosting", 256, 100),
            new ApiRoute("/validateFile", "ValidateFile", 512, 20),
            new ApiRoute("/allocateInternalRent", "AllocateInternalRent", 256, 50));

    /** The API Gateway route key, e.g. {@code POST /validatePosting}. */
    public String routeKey() {
        return "POST " + path;
    }
}

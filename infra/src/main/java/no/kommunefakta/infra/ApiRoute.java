package no.kommunefakta.infra;

import java.util.List;

/**
 * One API route and the Lambda that alone serves it.
 *
 * @param path             HTTP path (POST), as served by the Funqy HTTP function in {@code functions/api}
 * @param functionId       construct id of the Lambda
 * @param memoryMb         Lambda memory
 * @param rateShare        share of the stage rate limit this route may use, in percent
 * @param scope            Maskinporten sub-scope a token needs for this route, e.g. {@code validering}
 *                         (the full scope is {@code <prefix>:<scope>}, see {@link ApiAccess})
 */
public record ApiRoute(String path, String functionId, int memoryMb, int rateShare, String scope) {

    /** The routes of the Kommunefakta API. */
    public static final List<ApiRoute> ALL = List.of(
            new ApiRoute("/validatePosting", "ValidatePosting", 256, 100, "validering"),
            new ApiRoute("/validateFile", "ValidateFile", 512, 20, "validering"),
            new ApiRoute("/allocateInternalRent", "AllocateInternalRent", 256, 50, "husleie"));

    /** The API Gateway route key, e.g. {@code POST /validatePosting}. */
    public String routeKey() {
        return "POST " + path;
    }
}

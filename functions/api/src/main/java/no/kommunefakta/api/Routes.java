package no.kommunefakta.api;

import java.util.List;
import java.util.Optional;

import no.kommunefakta.api.posting.FileRequest;
import no.kommunefakta.api.posting.PostingRequest;
import no.kommunefakta.rent.RentRequest;

/**
 * The routes of the functions app, the one list the {@code @Funq} names, the request checks, the Lambda module and the
 * OpenAPI document ({@code RoutesTest}) agree on. Every route is {@code POST /name} with a JSON body.
 */
public final class Routes {

    public static final String VALIDATE_POSTING = "validatePosting";
    public static final String VALIDATE_FILE = "validateFile";
    public static final String ALLOCATE_INTERNAL_RENT = "allocateInternalRent";
    /** Health check and benchmark baseline; served by the app, not deployed as a Lambda of its own. */
    public static final String PING = "ping";

    /** The functions of the API, each deployed as its own Lambda behind {@code POST /name}. */
    public static final List<Route> FUNCTIONS = List.of(
            new Route(VALIDATE_POSTING, Optional.of(PostingRequest.class), Optional.empty()),
            new Route(VALIDATE_FILE, Optional.of(FileRequest.class), Optional.of("content")),
            new Route(ALLOCATE_INTERNAL_RENT, Optional.of(RentRequest.class), Optional.empty()));

    /** Every route the app serves: {@link #FUNCTIONS} and {@code ping}. */
    public static final List<Route> ALL = List.of(FUNCTIONS.get(0), FUNCTIONS.get(1), FUNCTIONS.get(2),
            new Route(PING, Optional.empty(), Optional.empty()));

    private Routes() {
    }

    /** The route serving {@code path} (e.g. {@code /validateFile}), if any. */
    public static Optional<Route> forPath(String path) {
        return ALL.stream().filter(r -> r.path().equals(path)).findFirst();
    }

    /**
     * One route.
     *
     * @param name        the function name, as in {@code @Funq}
     * @param requestType the JSON body's type; empty for a function without input
     * @param textField   the one string field exempt from the string length limit (the file text of validateFile)
     */
    public record Route(String name, Optional<Class<?>> requestType, Optional<String> textField) {

        /** The HTTP path, e.g. {@code /validatePosting}. */
        public String path() {
            return "/" + name;
        }

        /** The API Gateway route key, e.g. {@code POST /validatePosting}. */
        public String routeKey() {
            return "POST " + path();
        }
    }
}

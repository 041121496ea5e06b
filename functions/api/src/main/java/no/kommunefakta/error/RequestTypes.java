package no.kommunefakta.error;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;

import no.kommunefakta.posting.FileRequest;
import no.kommunefakta.posting.PostingRequest;
import no.kommunefakta.rent.RentRequest;

/** The input type of each function path, so that an unreadable body can be explained field by field. */
@ApplicationScoped
public class RequestTypes {
    private final Map<String, Class<?>> byPath = Map.of(
            "/validatePosting", PostingRequest.class,
            "/validateFile", FileRequest.class,
            "/allocateInternalRent", RentRequest.class);

    public Optional<Class<?>> forPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}

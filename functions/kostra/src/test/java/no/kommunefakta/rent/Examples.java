package no.kommunefakta.rent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The worked examples of docs/internal-rent-howto.md, read from JSON exactly as a caller sends them. */
final class Examples {
    /** Reads requests and writes answers as the functions app does: a part not asked for is left out. */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

    private Examples() {
    }

    static RentRequest read(String name) {
        try (InputStream in = Examples.class.getResourceAsStream(name)) {
            return MAPPER.readValue(in, RentRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The allocation of the request with every optional answer part. */
    static RentAllocation allParts(RentAllocator allocator, RentRequest request) {
        return allocator.allocate(request.including(AnswerPart.values()));
    }

    static RentRequest helsehus2019() {
        return read("helsehus-2019.json");
    }

    static RentRequest kommune2024() {
        return read("kommune-2024.json");
    }
}

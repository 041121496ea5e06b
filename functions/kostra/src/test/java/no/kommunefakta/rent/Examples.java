package no.kommunefakta.rent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The worked examples of docs/internal-rent-howto.md, read from JSON exactly as a caller sends them. */
final class Examples {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Examples() {
    }

    static RentRequest read(String name) {
        try (InputStream in = Examples.class.getResourceAsStream(name)) {
            return MAPPER.readValue(in, RentRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RentRequest helsehus2019() {
        return read("helsehus-2019.json");
    }

    static RentRequest kommune2024() {
        return read("kommune-2024.json");
    }
}

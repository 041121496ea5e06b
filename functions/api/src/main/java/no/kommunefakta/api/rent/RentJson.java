package no.kommunefakta.api.rent;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import no.kommunefakta.rent.RentAllocation;

/**
 * How allocateInternalRent's answer is written: an optional answer part that was not asked for (an empty
 * {@code Optional} in the domain) is left out of the JSON, not written as {@code null}. Applies to the application's
 * ObjectMapper, which Funqy copies for HTTP and Lambda alike.
 */
@Singleton
public class RentJson implements ObjectMapperCustomizer {

    /**
     * Largest answer, in bytes as carried in the body of a Lambda response: the JSON escaped as a string, so every
     * {@code "} and {@code \} counts twice. AWS Lambda refuses a synchronous response over 6 MB (6 291 456 bytes)
     * including its envelope; this leaves room for the status and headers.
     */
    public static final long MAX_ANSWER_BYTES = 6_000_000L;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(RentAllocation.class, OmitAbsent.class);
        mapper.addMixIn(RentAllocation.PoolResult.class, OmitAbsent.class);
        mapper.addMixIn(RentAllocation.UserShare.class, OmitAbsent.class);
    }

    /** The size of the answer as the mapper writes it, in bytes, escaped as a JSON string (see MAX_ANSWER_BYTES). */
    static long escapedSize(ObjectMapper mapper, RentAllocation answer) {
        EscapedCount count = new EscapedCount();
        try {
            mapper.writeValue(count, answer);
        } catch (IOException e) {
            throw new IllegalStateException("the answer could not be written as JSON", e);
        }
        return count.bytes;
    }

    /** Mix-in: leave out empty Optionals (and nulls, which the domain never answers). */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    interface OmitAbsent {
    }

    /** Counts bytes written, plus one for every byte a JSON string escapes with a backslash. */
    private static final class EscapedCount extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes += b == '"' || b == '\\' ? 2 : 1;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '"' || b[i] == '\\') {
                    bytes++;
                }
            }
        }
    }
}

package no.kommunefakta.site.lambda;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One record per idempotency key, {@code runs/<key>.json} in the site bucket: claimed with a conditional write
 * ({@code If-None-Match: *}) before anything is done, so a repeated delivery of the same event (Lambda's at-least-once
 * asynchronous invocation, a CLI retry, a Scheduler retry) finds the claim and does nothing; then the answer or the
 * error, which {@code tools/invoke-render.sh} polls for.
 *
 * <p>Each claim carries a token of its own. The HTTP client resends a request whose answer it lost (the SDK retries
 * on I/O errors and 5xx, {@code HttpURLConnection} once more on a dropped keep-alive connection), and the resent
 * conditional write of a claim that did land answers 412: the token in the stored record tells this claim's own
 * echo from another delivery's. A 409 (a concurrent conditional write to the key still in progress, which S3 asks
 * the caller to retry) is retried; it resolves to 200 or 412.
 */
final class RunRecords {

    static final String PREFIX = "runs/";
    private static final int CONFLICT_ATTEMPTS = 3;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final S3Client s3;
    private final String bucket;
    private final ObjectMapper json;
    private final Clock clock;

    RunRecords(S3Client s3, String bucket, ObjectMapper json, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The key, checked.
     *
     * @throws IllegalArgumentException naming {@code idempotencyKey} and the value
     */
    static String checked(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("idempotencyKey: '" + key.replaceAll("\\p{Cntrl}", "?")
                    + "' is not 1 to 128 letters, digits, '.', '_', ':' or '-' (starting with a letter or digit)");
        }
        return key;
    }

    static String objectKey(String key) {
        return PREFIX + key + ".json";
    }

    /** Claims {@code key}; empty when this call made the claim, else the record an earlier delivery left. */
    Optional<String> claim(String key, String action) {
        return claim(key, action, UUID.randomUUID().toString());
    }

    /** {@link #claim(String, String)} with the token the claim record carries (a resent request carries the same). */
    Optional<String> claim(String key, String action, String token) {
        String body = record(key, action, "running", null, null, token);
        for (int attempt = 1; ; attempt++) {
            try {
                s3.putObject(b -> b.bucket(bucket).key(objectKey(key)).ifNoneMatch("*").contentType("application/json"),
                        RequestBody.fromString(body));
                return Optional.empty();
            } catch (S3Exception e) {
                if (e.statusCode() == 409 && attempt < CONFLICT_ATTEMPTS) {
                    continue;
                }
                if (e.statusCode() != 412) {
                    throw e;
                }
            }
            String earlier = s3.getObjectAsBytes(b -> b.bucket(bucket).key(objectKey(key))).asString(StandardCharsets.UTF_8);
            return token.equals(tokenOf(earlier)) ? Optional.empty() : Optional.of(earlier);
        }
    }

    private String tokenOf(String record) {
        try {
            var claim = json.readTree(record).get("claim");
            return claim == null ? null : claim.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the run record is not JSON: " + record.replaceAll("\\p{Cntrl}", "?"), e);
        }
    }

    void done(String key, String action, Object answer) {
        write(key, record(key, action, "done", answer, null, null));
    }

    void failed(String key, String action, String error) {
        write(key, record(key, action, "failed", null, error, null));
    }

    private void write(String key, String body) {
        s3.putObject(b -> b.bucket(bucket).key(objectKey(key)).contentType("application/json"), RequestBody.fromString(body));
    }

    private String record(String key, String action, String state, Object answer, String error, String token) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("key", key);
        if (token != null) {
            record.put("claim", token);
        }
        record.put("action", action);
        record.put("state", state);
        record.put("at", clock.instant().toString());
        if (answer != null) {
            record.put("answer", answer);
        }
        if (error != null) {
            record.put("error", error);
        }
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run record of " + key, e);
        }
    }
}

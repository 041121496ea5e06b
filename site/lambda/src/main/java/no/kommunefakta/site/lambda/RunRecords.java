package no.kommunefakta.site.lambda;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
 */
final class RunRecords {

    static final String PREFIX = "runs/";
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
        try {
            s3.putObject(b -> b.bucket(bucket).key(objectKey(key)).ifNoneMatch("*").contentType("application/json"),
                    RequestBody.fromString(record(key, action, "running", null, null)));
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(objectKey(key))).asString(StandardCharsets.UTF_8));
            }
            throw e;
        }
    }

    void done(String key, String action, Object answer) {
        write(key, record(key, action, "done", answer, null));
    }

    void failed(String key, String action, String error) {
        write(key, record(key, action, "failed", null, error));
    }

    private void write(String key, String body) {
        s3.putObject(b -> b.bucket(bucket).key(objectKey(key)).contentType("application/json"), RequestBody.fromString(body));
    }

    private String record(String key, String action, String state, Object answer, String error) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("key", key);
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

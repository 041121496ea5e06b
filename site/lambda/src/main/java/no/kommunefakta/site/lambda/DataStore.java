package no.kommunefakta.site.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The refreshed data between renders: the data directory (JSON-stat tables, {@code refresh-status.csv}) is kept under
 * a prefix of the site bucket, downloaded before refresh and uploaded after, so the next render starts from the last
 * good data even when SSB is down.
 */
final class DataStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    DataStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** Replaces {@code dir} with the stored copy; returns the number of files. */
    int download(Path dir) {
        try {
            clear(dir);
            Files.createDirectories(dir);
            int n = 0;
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                Path target = dir.resolve(o.key().substring(prefix.length())).normalize();
                if (!target.startsWith(dir) || o.key().endsWith("/")) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                s3.getObject(b -> b.bucket(bucket).key(o.key()), target);
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + dir, e);
        } catch (SdkException e) {
            throw new IllegalStateException("data: cannot restore the last refresh from " + location() + ": " + e.getMessage(), e);
        }
    }

    /** Uploads every file of {@code dir}; returns the number of files. */
    int upload(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            int n = 0;
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String key = prefix + dir.relativize(p).toString().replace('\\', '/');
                s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(p));
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data directory " + dir, e);
        } catch (SdkException e) {
            throw new IllegalStateException("data: cannot keep the refreshed data in " + location() + ": " + e.getMessage(), e);
        }
    }

    private String location() {
        return "s3://" + bucket + "/" + prefix;
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

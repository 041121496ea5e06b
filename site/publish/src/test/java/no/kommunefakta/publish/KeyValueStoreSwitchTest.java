package no.kommunefakta.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The KeyValueStore switch against {@link KeyValueStoreStandIn}, which checks the SigV4a signature as AWS does. */
class KeyValueStoreSwitchTest {

    private static final String ARN = KeyValueStoreStandIn.ARN;
    private static final String STORE_PATH = KeyValueStoreStandIn.STORE_PATH;

    KeyValueStoreStandIn kvs;

    @BeforeEach
    void start() throws Exception {
        kvs = KeyValueStoreStandIn.start();
    }

    @AfterEach
    void stop() {
        kvs.close();
    }

    @Test
    void putsTheLiveReleaseWithTheStoresEtagSignedWithSigV4a() {
        var edge = new KeyValueStoreSwitch(ARN, Optional.of(endpoint()), StaticCredentialsProvider.create(
                AwsSessionCredentials.create(KeyValueStoreStandIn.ACCESS_KEY, KeyValueStoreStandIn.SECRET_KEY, "SESSION")), clock());

        edge.show("20261129T080512Z");

        assertThat(kvs.store()).containsExactly(Map.entry("live", "20261129T080512Z"));
        assertThat(kvs.requests()).containsExactly("GET " + STORE_PATH + " signed", "PUT " + STORE_PATH + "/keys/live signed If-Match=KV1");
    }

    @Test
    void aConcurrentWriterMakesItReadTheEtagAgain() {
        kvs.answerConflicts(1);
        var edge = new KeyValueStoreSwitch(ARN, Optional.of(endpoint()), StaticCredentialsProvider.create(
                AwsBasicCredentials.create(KeyValueStoreStandIn.ACCESS_KEY, KeyValueStoreStandIn.SECRET_KEY)), clock());

        edge.show("r2");

        assertThat(kvs.store()).containsEntry("live", "r2");
        assertThat(kvs.requests()).hasSize(4);
    }

    @Test
    void aWrongSignatureOrArnIsAClearError() {
        var wrong = new KeyValueStoreSwitch(ARN, Optional.of(endpoint()), StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDEXAMPLE", "not-the-secret")), clock());
        assertThatThrownBy(() -> wrong.show("r1")).isInstanceOf(PublishException.class)
                .hasMessageContaining("answered 403").hasMessageContaining("signature does not verify");
        assertThat(kvs.store()).isEmpty();
        assertThatThrownBy(() -> new KeyValueStoreSwitch("arn:aws:s3:::bucket", Optional.empty(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")), clock()))
                .hasMessage("keyValueStoreArn: 'arn:aws:s3:::bucket' is not a CloudFront KeyValueStore ARN");
    }

    private URI endpoint() {
        return kvs.endpoint();
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-29T08:05:12Z"), ZoneOffset.UTC);
    }
}

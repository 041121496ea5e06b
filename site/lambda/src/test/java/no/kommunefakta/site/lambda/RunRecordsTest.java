package no.kommunefakta.site.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.s3.S3Client;

/** The claim of an idempotency key against S3Proxy's conditional writes, without booting Quarkus. */
class RunRecordsTest {

    private static final S3ProxyResource PROXY = new S3ProxyResource();
    private static S3Client s3;
    private static RunRecords runs;

    @BeforeAll
    static void start() {
        PROXY.start();
        s3 = S3ProxyResource.client();
        runs = new RunRecords(s3, S3ProxyResource.BUCKET, new ObjectMapper(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        s3.close();
        PROXY.stop();
    }

    @Test
    void theFirstClaimOfAKeyIsMadeAndASecondDeliveryFindsItsRecord() {
        assertThat(runs.claim("k-first", "publish")).isEmpty();

        assertThat(runs.claim("k-first", "publish")).hasValueSatisfying(record -> assertThat(record)
                .contains("\"key\":\"k-first\"", "\"action\":\"publish\"", "\"state\":\"running\""));
    }

    /**
     * The client resent the conditional write of a claim that landed (its answer was lost): S3 answers 412, and the
     * record carries this claim's token, so the claim is this call's, not a duplicate delivery's.
     */
    @Test
    void aResentClaimWhoseFirstWriteLandedIsStillTheCallersOwn() {
        assertThat(runs.claim("k-resent", "publish", "token-a")).isEmpty();

        assertThat(runs.claim("k-resent", "publish", "token-a")).as("the echo of the same request").isEmpty();
        assertThat(runs.claim("k-resent", "publish", "token-b")).as("another delivery")
                .hasValueSatisfying(record -> assertThat(record).contains("\"claim\":\"token-a\""));
    }

    @Test
    void theOutcomeReplacesTheClaimAndALaterDeliveryReadsIt() {
        assertThat(runs.claim("k-done", "rollback", "token-c")).isEmpty();
        runs.failed("k-done", "rollback", "nothing published yet");

        assertThat(runs.claim("k-done", "rollback", "token-c")).as("a finished run is never claimed again, even by its token")
                .hasValueSatisfying(record -> assertThat(record).contains("\"state\":\"failed\"", "nothing published yet"));
    }
}

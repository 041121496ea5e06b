package no.kommunefakta.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublishCommandTest {

    @Test
    void usageErrorsExitWith2BeforeTouchingS3() {
        assertThat(PublishCommand.run(List.of())).isEqualTo(2);
        assertThat(PublishCommand.run(List.of("rollback"))).as("no bucket").isEqualTo(2);
        assertThat(PublishCommand.run(List.of("publish", "out", "--bucket", "b", "--region", "eu-north-1"))).as("no release").isEqualTo(2);
        assertThat(PublishCommand.run(List.of("status", "--bucket", "b", "--region", "eu-north-1", "--retention", "x"))).isEqualTo(2);
        assertThat(PublishCommand.run(List.of("deploy", "--bucket", "b", "--region", "eu-north-1"))).isEqualTo(2);
    }
}

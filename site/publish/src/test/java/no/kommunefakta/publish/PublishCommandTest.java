package no.kommunefakta.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

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

    @Test
    void thePageCountOverrideNeedsBothOptionsAndACount() {
        assertThat(PublishCommand.pageCountOverride(Map.of())).isEmpty();
        assertThat(PublishCommand.pageCountOverride(Map.of("allow-fewer-pages", "356", "reason", "kommuner merged")))
                .contains(new PageCountOverride(356, "kommuner merged"));
        assertThatThrownBy(() -> PublishCommand.pageCountOverride(Map.of("allow-fewer-pages", "many", "reason", "x")))
                .hasMessage("--allow-fewer-pages: 'many' is not a page count (a whole number of at least 1)");
        assertThatThrownBy(() -> PublishCommand.pageCountOverride(Map.of("allow-fewer-pages", "356")))
                .hasMessage("--reason: required with allow-fewer-pages=356 (why the site legitimately shrinks)");
        assertThatThrownBy(() -> PublishCommand.pageCountOverride(Map.of("reason", "x")))
                .hasMessage("--reason: 'x' given without --allow-fewer-pages");
        assertThat(PublishCommand.run(List.of("publish", "out", "--bucket", "b", "--region", "eu-north-1", "--release", "r1",
                "--allow-fewer-pages", "-1", "--reason", "x"))).as("bad override is a usage error").isEqualTo(2);
    }
}

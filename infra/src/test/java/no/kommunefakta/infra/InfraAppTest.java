package no.kommunefakta.infra;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

@ExtendWith(NodeForCdk.class)
class InfraAppTest {

    @Test
    void synthesisIsDeterministic() {
        var first = Template.fromStack(TestApps.stacks("prod").site()).toJSON();
        var second = Template.fromStack(TestApps.stacks("prod").site()).toJSON();
        assertThat(second).isEqualTo(first);
        assertThat(Template.fromStack(TestApps.stacks("prod").api()).toJSON())
                .isEqualTo(Template.fromStack(TestApps.stacks("prod").api()).toJSON());
    }

    @Test
    void stacksAreNamedByEnvironment() {
        var stacks = TestApps.stacks("prod");
        assertThat(stacks.api().getStackName()).isEqualTo("Kommunefakta-prod-Api");
        assertThat(stacks.site().getStackName()).isEqualTo("Kommunefakta-prod-Site");
    }

    @Test
    void unknownEnvironmentOrMissingZipIsAClearError() {
        assertThatThrownBy(() -> TestApps.stacks("staging"))
                .hasMessage("env: 'staging' is not an environment; use one of test, prod");
        var app = App.Builder.create().context(Map.of("env", "test", "functionsZip", "target/nope.zip",
                "siteZip", TestApps.placeholderZip("site.zip").toString(),
                "authorizerZip", TestApps.placeholderZip("authorizer.zip").toString())).build();
        assertThatThrownBy(() -> InfraApp.build(app))
                .hasMessageStartingWith("function zip: target/nope.zip does not exist");
    }
}

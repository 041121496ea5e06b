package no.kommunefakta.infra;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag AwsSolutions pack: zero unsuppressed errors and warnings; every suppression carries a reason. */
@ExtendWith(NodeForCdk.class)
class NagTest {

    @ParameterizedTest
    @ValueSource(strings = {"test", "prod"})
    void awsSolutionsPackHasNoUnsuppressedFindings(String env) {
        var app = TestApps.app(env);
        var stacks = InfraApp.build(app);
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        for (Stack stack : List.of(stacks.api(), stacks.site(), stacks.bootstrap().orElseThrow())) {
            List<SynthesisMessage> errors = Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
            List<SynthesisMessage> warnings = Annotations.fromStack(stack).findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));
            assertThat(errors).as(stack.getStackName() + " errors").extracting(m -> m.getId() + " " + m.getEntry().getData()).isEmpty();
            assertThat(warnings).as(stack.getStackName() + " warnings").extracting(m -> m.getId() + " " + m.getEntry().getData()).isEmpty();
        }
    }
}

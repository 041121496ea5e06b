package no.kommunefakta.infra;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Alarms reach people: a key CloudWatch may use, and the e-mail subscription, on both stacks. */
@ExtendWith(NodeForCdk.class)
class AlarmTopicTest {

    @ParameterizedTest
    @ValueSource(strings = {"api", "site"})
    void topicIsEncryptedWithAKeyCloudWatchMayUseAndMailsTheOperator(String which) {
        var stacks = InfraApp.build(TestApps.app("prod", Map.of("alarmEmail", "drift@example.no")));
        Stack stack = which.equals("api") ? stacks.api() : stacks.site();
        var template = Template.fromStack(stack);

        template.hasResourceProperties("AWS::SNS::Topic", Map.of(
                "KmsMasterKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("AlarmTopicKey.*"), "Arn"))));
        template.hasResourceProperties("AWS::KMS::Key", Map.of(
                "EnableKeyRotation", true,
                "KeyPolicy", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "cloudwatch.amazonaws.com"),
                        "Action", List.of("kms:Decrypt", "kms:GenerateDataKey*"),
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId"))))))))));
        template.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "drift@example.no",
                "TopicArn", Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*"))));
        assertThat(template.toJSON().toString()).as("CloudWatch cannot publish to a topic under the AWS managed key")
                .doesNotContain("alias/aws/sns");
    }

    /**
     * enforceSsl writes a topic policy, which replaces SNS's default policy: unless it also allows CloudWatch to
     * publish, no alarm notification is ever delivered. The Allow names every alarm of the stack and the account.
     */
    @ParameterizedTest
    @ValueSource(strings = {"test-api", "test-site", "prod-api", "prod-site"})
    void topicPolicyLetsTheStacksAlarmsPublishBesideTheTlsDeny(String which) {
        String[] envAndStack = which.split("-");
        var stacks = InfraApp.build(TestApps.app(envAndStack[0]));
        var template = Template.fromStack(envAndStack[1].equals("api") ? stacks.api() : stacks.site());

        Map<String, Map<String, Object>> policies = template.findResources("AWS::SNS::TopicPolicy");
        assertThat(policies).hasSize(1);
        Map<?, ?> document = (Map<?, ?>) ((Map<?, ?>) policies.values().iterator().next().get("Properties")).get("PolicyDocument");
        List<?> statements = (List<?>) document.get("Statement");
        assertThat(statements).anySatisfy(s -> {
            Map<?, ?> statement = (Map<?, ?>) s;
            assertThat(statement.get("Effect")).isEqualTo("Deny");
            assertThat(statement.get("Condition")).isEqualTo(Map.of("Bool", Map.of("aws:SecureTransport", "false")));
        });

        Map<?, ?> allow = statements.stream().map(s -> (Map<?, ?>) s)
                .filter(s -> "Allow".equals(s.get("Effect")) && Map.of("Service", "cloudwatch.amazonaws.com").equals(s.get("Principal")))
                .findFirst().orElseThrow(() -> new AssertionError("no Allow for cloudwatch.amazonaws.com in " + statements));
        assertThat(allow.get("Action")).isEqualTo("sns:Publish");
        assertThat(allow.get("Resource")).isEqualTo(Map.of("Ref", template.findResources("AWS::SNS::Topic").keySet().iterator().next()));
        Map<?, ?> condition = (Map<?, ?>) allow.get("Condition");
        assertThat(condition.get("StringEquals")).isEqualTo(Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId")));
        List<Object> alarmArns = template.findResources("AWS::CloudWatch::Alarm").keySet().stream()
                .map(id -> (Object) Map.of("Fn::GetAtt", List.of(id, "Arn"))).toList();
        assertThat(alarmArns).isNotEmpty();
        List<Object> sourceArns = new java.util.ArrayList<>((List<?>) ((Map<?, ?>) condition.get("ArnLike")).get("aws:SourceArn"));
        assertThat(sourceArns)
                .as("every alarm of the stack, and only those").containsExactlyInAnyOrderElementsOf(alarmArns);
    }
}

package no.kommunefakta.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Alarms reach people: a key CloudWatch may use, and the e-mail subscription, on both stacks. */
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
}

package no.kommunefakta.infra;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.CfnAlarm;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The SNS topic every alarm of a stack notifies. Encrypted with a customer-managed key whose policy lets CloudWatch
 * (and only it, for this account) encrypt messages: CloudWatch alarms cannot publish to a topic encrypted with the
 * AWS managed key {@code alias/aws/sns}. TLS only; the optional e-mail address is subscribed.
 *
 * <p>{@code enforceSsl} makes CDK write a topic policy, and a topic policy replaces SNS's default one: without an
 * explicit Allow nothing may publish, and every alarm notification fails ("no resource-based policy allows the
 * SNS:Publish action"). {@link #allowAlarmsToPublish} adds that Allow for {@code cloudwatch.amazonaws.com}, limited
 * to this account and to the stack's own alarms; call it once all alarms of the stack exist.
 */
final class Alarms {
    private Alarms() {
    }

    static Topic topic(Construct scope, DeploymentEnvironment deployment, Optional<String> email) {
        var key = Key.Builder.create(scope, "AlarmTopicKey")
                .description("Kommunefakta " + deployment.name() + " alarm topic: CloudWatch may encrypt alarm notifications")
                .enableKeyRotation(true)
                .build();
        key.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("CloudWatchAlarmsPublishToTheEncryptedTopic")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Stack.of(scope).getAccount())))
                .build());
        var topic = Topic.Builder.create(scope, "AlarmTopic")
                .displayName("Kommunefakta " + deployment.name() + " alarms")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        email.ifPresent(address -> topic.addSubscription(new EmailSubscription(address)));
        return topic;
    }

    /**
     * Lets CloudWatch publish to {@code topic} for every alarm of {@code stack} (condition {@code aws:SourceArn} on
     * their ARNs) and for this account only ({@code aws:SourceAccount}), beside the TLS-only Deny.
     */
    static void allowAlarmsToPublish(Stack stack, Topic topic) {
        List<String> alarmArns = stack.getNode().findAll().stream()
                .filter(CfnAlarm.class::isInstance)
                .map(c -> ((CfnAlarm) c).getAttrArn())
                .toList();
        if (alarmArns.isEmpty()) {
            throw new IllegalStateException(stack.getStackName() + ": no alarms yet; call allowAlarmsToPublish after creating them");
        }
        topic.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("CloudWatchAlarmsOfThisStackPublish")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                .actions(List.of("sns:Publish"))
                .resources(List.of(topic.getTopicArn()))
                .conditions(Map.of(
                        "StringEquals", Map.of("aws:SourceAccount", stack.getAccount()),
                        "ArnLike", Map.of("aws:SourceArn", alarmArns)))
                .build());
    }
}

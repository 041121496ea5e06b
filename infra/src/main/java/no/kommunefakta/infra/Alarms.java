package no.kommunefakta.infra;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.Stack;
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
}

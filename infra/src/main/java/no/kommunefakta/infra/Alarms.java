package no.kommunefakta.infra;

import java.util.Optional;

import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/** The SNS topic every alarm of a stack notifies (encrypted with the AWS managed SNS key, TLS only). */
final class Alarms {
    private Alarms() {
    }

    static Topic topic(Construct scope, DeploymentEnvironment deployment, Optional<String> email) {
        var topic = Topic.Builder.create(scope, "AlarmTopic")
                .displayName("Kommunefakta " + deployment.name() + " alarms")
                .masterKey(Alias.fromAliasName(scope, "AwsManagedSnsKey", "alias/aws/sns"))
                .enforceSsl(true)
                .build();
        email.ifPresent(address -> topic.addSubscription(new EmailSubscription(address)));
        return topic;
    }
}

package no.kommunefakta.infra;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

@ExtendWith(NodeForCdk.class)
class BootstrapStackTest {

    static Template template;

    @BeforeAll
    static void synth() {
        template = Template.fromStack(TestApps.stacks("test").bootstrap().orElseThrow());
    }

    @Test
    void gitHubIsTheOidcProviderForStsOnly() {
        template.resourceCountIs("AWS::IAM::OIDCProvider", 1);
        template.hasResourceProperties("AWS::IAM::OIDCProvider", Map.of(
                "Url", "https://token.actions.githubusercontent.com", "ClientIdList", List.of("sts.amazonaws.com")));
        template.resourceCountIs("AWS::Lambda::Function", 0); // native provider, no custom-resource Lambda
        // deployable with plain CloudFormation before `cdk bootstrap` (no bootstrap version parameter or rule)
        assertThat(template.toJSON()).doesNotContainKeys("Parameters", "Rules");
    }

    @Test
    void eachGitHubEnvironmentHasItsOwnRoleTrustingExactlyItsSubject() {
        List<String> environments = List.of("test", "prod", "test-publish", "prod-publish");
        template.resourceCountIs("AWS::IAM::Role", environments.size());
        for (String env : environments) {
            template.hasResourceProperties("AWS::IAM::Role", Map.of(
                    "RoleName", "kommunefakta-github-" + env,
                    "AssumeRolePolicyDocument", Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
                            "Effect", "Allow",
                            "Action", "sts:AssumeRoleWithWebIdentity",
                            "Principal", Map.of("Federated", Map.of("Ref", Match.stringLikeRegexp("GitHubOidc.*"))),
                            "Condition", Map.of("StringEquals", Map.of(
                                    "token.actions.githubusercontent.com:aud", "sts.amazonaws.com",
                                    "token.actions.githubusercontent.com:sub",
                                    "repo:" + TestApps.GITHUB_REPO + ":environment:" + env)))))));
        }
        assertThat(template.toJSON().toString()).doesNotContain("StringLike", "environment:*", "policy/AdministratorAccess");
        template.allResourcesProperties("AWS::IAM::Role", Map.of("ManagedPolicyArns", Match.absent()));
    }

    @Test
    void publishRolesMayOnlyInvokeTheirRenderAndReadTheirStacks() {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy", Map.of(
                "Properties", Map.of("Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("GitHubprodpublishRole.*"))))));
        assertThat(policies).hasSize(1);
        String policy = policies.values().iterator().next().toString();
        assertThat(policy).contains("lambda:InvokeFunction", "function:kommunefakta-prod-render", "cloudformation:DescribeStacks",
                        "stack/Kommunefakta-prod-*/*", "Action=s3:GetObject", "arn:aws:s3:::kommunefakta-prod-site-sitebucket*/runs/*")
                .doesNotContain("sts:AssumeRole", "kommunefakta-test-render", "s3:PutObject", "s3:*", "kommunefakta-test-site");
        String deploy = template.findResources("AWS::IAM::Policy", Map.of(
                "Properties", Map.of("Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("GitHubtestRole.*")))))).toString();
        assertThat(deploy).contains("sts:AssumeRole", "cdk-hnb659fds-deploy-role-", "cdk-hnb659fds-file-publishing-role-",
                "function:kommunefakta-test-render").doesNotContain("kommunefakta-prod-render", "iam:Create", "iam:Put", "iam:Pass");
    }

    @Test
    void cloudFormationExecutionPolicyIsScopedNotAdministrator() {
        template.hasResourceProperties("AWS::IAM::ManagedPolicy", Map.of("ManagedPolicyName", "kommunefakta-cfn-execution"));
        String policy = template.findResources("AWS::IAM::ManagedPolicy").toString();
        assertThat(policy).contains("lambda:*", "cloudfront-keyvaluestore:*", "iam:PassRole", ":role/Kommunefakta-*")
                .doesNotContain("Action=*", "iam:*", "organizations", "ec2:*", "ec2:Create", "ec2:Run", "iam:CreateUser", "iam:CreatePolicy");
        template.hasOutput("CloudFormationExecutionPolicyArn", Match.anyValue());
    }

    @Test
    void repositoryMustBeOwnerSlashName() {
        assertThatThrownBy(() -> InfraApp.build(TestApps.app("test", Map.of("githubRepo", "just-a-name"))))
                .hasMessage("githubRepo: 'just-a-name' is not <owner>/<repo>");
        assertThat(InfraApp.build(TestApps.app("test", Map.of("githubRepo", ""))).bootstrap()).isEmpty();
        assertThatThrownBy(() -> InfraApp.build(TestApps.app("test", Map.of("githubRepo", "", "bootstrapOnly", "true"))))
                .hasMessageStartingWith("githubRepo: required with bootstrapOnly");
    }

    @Test
    void theBootstrapStackAloneNeedsNoLambdaZips() {
        var app = software.amazon.awscdk.App.Builder.create().context(Map.of(
                "githubRepo", TestApps.GITHUB_REPO, "bootstrapOnly", "true", "functionsZip", "target/nope.zip")).build();
        var stacks = InfraApp.build(app);
        assertThat(stacks.api()).isNull();
        Template.fromStack(stacks.bootstrap().orElseThrow()).resourceCountIs("AWS::IAM::OIDCProvider", 1);
    }

    /** IAM allows one OIDC provider per URL: an account that already has GitHub's reuses it instead of failing. */
    @Test
    void anExistingGitHubOidcProviderIsReusedNotCreated() {
        String arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
        var reused = Template.fromStack(InfraApp.build(TestApps.app("test", Map.of("githubOidcProviderArn", arn)))
                .bootstrap().orElseThrow());
        reused.resourceCountIs("AWS::IAM::OIDCProvider", 0);
        reused.resourceCountIs("AWS::IAM::Role", 4);
        reused.allResourcesProperties("AWS::IAM::Role", Map.of("AssumeRolePolicyDocument", Map.of("Version", "2012-10-17",
                "Statement", List.of(Match.objectLike(Map.of("Principal", Map.of("Federated", arn)))))));
        assertThatThrownBy(() -> InfraApp.build(TestApps.app("test", Map.of(
                "githubOidcProviderArn", "arn:aws:iam::123456789012:oidc-provider/example.com"))))
                .hasMessageStartingWith("githubOidcProviderArn: 'arn:aws:iam::123456789012:oidc-provider/example.com' is not");
    }
}

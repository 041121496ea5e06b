package no.kommunefakta.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IOidcProvider;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.OidcProviderNative;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.WebIdentityPrincipal;
import software.constructs.Construct;

/**
 * One-time account setup, deployed once by an administrator with plain CloudFormation (it has no assets, so it needs
 * no CDK bootstrap): the GitHub Actions OIDC provider, one role per GitHub environment and the scoped execution policy
 * that {@code cdk bootstrap --cloudformation-execution-policies} hands to CloudFormation instead of
 * AdministratorAccess.
 *
 * <ul>
 *   <li>{@code test}, {@code prod} (deploy.yml): may assume the CDK bootstrap roles (deploy, file publishing, lookup),
 *       read the environment's stacks and invoke its render Lambda (the first publication after a deploy).</li>
 *   <li>{@code test-publish}, {@code prod-publish} (publish.yml): may only invoke the render Lambda and read the site
 *       stack. A separate GitHub environment so the scheduled publication never waits for prod's deploy reviewers.</li>
 * </ul>
 * Each role trusts exactly {@code repo:<owner>/<repo>:environment:<name>} and audience {@code sts.amazonaws.com}.
 */
public final class BootstrapStack extends Stack {

    static final String GITHUB_OIDC = "token.actions.githubusercontent.com";
    /** CDK's default bootstrap qualifier. */
    static final String CDK_QUALIFIER = "hnb659fds";
    /** An existing provider for GitHub Actions, in any partition. */
    static final String EXISTING_PROVIDER_ARN = "arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/" + java.util.regex.Pattern.quote(GITHUB_OIDC);

    private final Map<String, Role> roles = new LinkedHashMap<>();

    /**
     * @param existingOidcProvider ARN of the account's GitHub OIDC provider when it already has one (IAM allows one
     *                             provider per URL, so creating a second fails); empty to create it here
     */
    public BootstrapStack(Construct scope, String id, StackProps props, String githubRepo, Optional<String> existingOidcProvider) {
        super(scope, id, props);
        if (!githubRepo.matches("[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("githubRepo: '" + githubRepo + "' is not <owner>/<repo>");
        }
        IOidcProvider github = existingOidcProvider.map(arn -> {
            if (!arn.matches(EXISTING_PROVIDER_ARN)) {
                throw new IllegalArgumentException("githubOidcProviderArn: '" + arn + "' is not the ARN of a GitHub OIDC provider "
                        + "(arn:aws:iam::<account>:oidc-provider/" + GITHUB_OIDC + ")");
            }
            return OidcProviderNative.fromOidcProviderArn(this, "GitHubOidc", arn);
        }).orElseGet(() -> OidcProviderNative.Builder.create(this, "GitHubOidc")
                .url("https://" + GITHUB_OIDC)
                .clientIds(List.of("sts.amazonaws.com"))
                .build());

        for (DeploymentEnvironment env : DeploymentEnvironment.all()) {
            roles.put(env.name(), githubRole(github, githubRepo, env.name(),
                    "deploy.yml: cdk diff/deploy of Kommunefakta-" + env.name() + "-*, then the first render", deployStatements(env)));
            roles.put(env.name() + "-publish", githubRole(github, githubRepo, env.name() + "-publish",
                    "publish.yml: invoke the " + env.name() + " render Lambda (publish or roll back)", publishStatements(env)));
        }

        var execution = ManagedPolicy.Builder.create(this, "CloudFormationExecutionPolicy")
                .managedPolicyName("kommunefakta-cfn-execution")
                .description("What CloudFormation may do when CDK deploys the Kommunefakta stacks (passed to cdk bootstrap "
                        + "--cloudformation-execution-policies instead of AdministratorAccess)")
                .statements(executionStatements())
                .build();
        Nag.suppress(execution, "AwsSolutions-IAM5",
                "CloudFormation creates resources whose names and ids are generated (Lambda, API, distribution, KeyValueStore, "
                        + "alarms, log groups, KMS key); actions are limited to the services the stacks use, IAM to roles and "
                        + "policies named Kommunefakta-*.");

        CfnOutput.Builder.create(this, "CloudFormationExecutionPolicyArn").value(execution.getManagedPolicyArn()).build();
        roles.forEach((name, role) -> CfnOutput.Builder.create(this, "RoleArn" + name.replace("-", ""))
                .description("AWS_ROLE_ARN of GitHub environment '" + name + "'")
                .value(role.getRoleArn()).build());
    }

    private Role githubRole(IOidcProvider github, String repo, String environment, String purpose,
                            List<PolicyStatement> statements) {
        var role = Role.Builder.create(this, "GitHub" + environment.replace("-", "") + "Role")
                .roleName("kommunefakta-github-" + environment)
                .description("GitHub Actions, environment " + environment + " of " + repo + ": " + purpose)
                .maxSessionDuration(software.amazon.awscdk.Duration.hours(2))
                .assumedBy(new WebIdentityPrincipal(github.getOidcProviderArn(), Map.of("StringEquals", Map.of(
                        GITHUB_OIDC + ":aud", "sts.amazonaws.com",
                        GITHUB_OIDC + ":sub", "repo:" + repo + ":environment:" + environment))))
                .build();
        statements.forEach(role::addToPolicy);
        Nag.suppress(role.getNode().findChild("DefaultPolicy"), "AwsSolutions-IAM5",
                "Stack ARNs end in a generated id (stack/<name>/*); the CDK bootstrap role names contain the account and region.");
        return role;
    }

    private List<PolicyStatement> deployStatements(DeploymentEnvironment env) {
        List<PolicyStatement> s = new ArrayList<>();
        s.add(allow(List.of("sts:AssumeRole", "sts:TagSession"), List.of(
                cdkRole("deploy"), cdkRole("file-publishing"), cdkRole("lookup"))));
        s.addAll(publishStatements(env));
        return s;
    }

    private List<PolicyStatement> publishStatements(DeploymentEnvironment env) {
        return List.of(
                allow(List.of("cloudformation:DescribeStacks"), List.of(
                        "arn:aws:cloudformation:" + getRegion() + ":" + getAccount() + ":stack/" + env.stackPrefix() + "-*/*")),
                allow(List.of("lambda:InvokeFunction"), List.of(
                        "arn:aws:lambda:" + getRegion() + ":" + getAccount() + ":function:" + SiteStack.renderFunctionName(env))),
                // tools/invoke-render.sh polls the run record of its asynchronous invocation
                allow(List.of("s3:GetObject"), List.of(runRecords(env))));
    }

    /**
     * The run records in the environment's site bucket, whose name CloudFormation generates from the stack name
     * and the bucket's logical id, lower-cased: {@code kommunefakta-<env>-site-sitebucket<hash>-<random>}.
     */
    static String runRecords(DeploymentEnvironment env) {
        return "arn:aws:s3:::" + env.stackPrefix().toLowerCase(java.util.Locale.ROOT) + "-site-sitebucket*/" + SiteStack.RUNS_PREFIX + "*";
    }

    private String cdkRole(String kind) {
        return "arn:aws:iam::" + getAccount() + ":role/cdk-" + CDK_QUALIFIER + "-" + kind + "-role-" + getAccount() + "-" + getRegion();
    }

    /**
     * What CloudFormation's resource handlers need for every resource type of the Api and Site stacks: create, read,
     * update and delete (a failed deploy rolls back with the delete handlers). Derived from the types' resource
     * schemas ({@code handlers.*.permissions}; ExecutionPolicyTest checks every action against them): whole services
     * for the stacks' own services, IAM only on the stacks' roles ({@code Kommunefakta-*}: CloudFormation names them
     * after the stack), read-only lookups the Lambda handlers make for VPC and file-system settings, and API
     * Gateway's service-linked role, which API Gateway creates the first time an account uses it.
     */
    private List<PolicyStatement> executionStatements() {
        String account = getAccount();
        String roles = "arn:aws:iam::" + account + ":role/Kommunefakta-*";
        return List.of(
                allow(List.of("lambda:*", "apigateway:*", "cloudfront:*", "cloudfront-keyvaluestore:*", "s3:*", "logs:*",
                        "sns:*", "kms:*", "cloudwatch:*", "scheduler:*"), List.of("*")),
                allow(List.of("iam:CreateRole", "iam:DeleteRole", "iam:GetRole", "iam:UpdateRole", "iam:UpdateRoleDescription",
                                "iam:TagRole", "iam:UntagRole", "iam:PutRolePolicy", "iam:DeleteRolePolicy", "iam:GetRolePolicy",
                                "iam:ListRolePolicies", "iam:AttachRolePolicy", "iam:DetachRolePolicy", "iam:ListAttachedRolePolicies",
                                "iam:PutRolePermissionsBoundary", "iam:DeleteRolePermissionsBoundary", "iam:UpdateAssumeRolePolicy",
                                "iam:PassRole"),
                        List.of(roles)),
                PolicyStatement.Builder.create().effect(Effect.ALLOW)
                        .actions(List.of("iam:CreateServiceLinkedRole"))
                        .resources(List.of("arn:aws:iam::" + account
                                + ":role/aws-service-role/ops.apigateway.amazonaws.com/AWSServiceRoleForAPIGateway"))
                        .conditions(Map.of("StringEquals", Map.of("iam:AWSServiceName", "ops.apigateway.amazonaws.com")))
                        .build(),
                // AWS::Lambda::Function's handlers look these up (VPC and file-system settings); read-only, unscopable
                allow(List.of("ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs", "ec2:DescribeNetworkInterfaces",
                        "elasticfilesystem:DescribeMountTargets", "s3files:ListMountTargets"), List.of("*")),
                // AWS::Logs::LogGroup's create and update handlers (tags of a log group's delivery stream)
                allow(List.of("firehose:TagDeliveryStream"),
                        List.of("arn:aws:firehose:" + getRegion() + ":" + account + ":deliverystream/*")),
                allow(List.of("ssm:GetParameter", "ssm:GetParameters"),
                        List.of("arn:aws:ssm:" + getRegion() + ":" + account + ":parameter/cdk-bootstrap/" + CDK_QUALIFIER + "/*")));
    }

    private static PolicyStatement allow(List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().effect(Effect.ALLOW).actions(actions).resources(resources).build();
    }

    /** The GitHub roles by GitHub environment name. */
    public Map<String, Role> roles() {
        return roles;
    }
}

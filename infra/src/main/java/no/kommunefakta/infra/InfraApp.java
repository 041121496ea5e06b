package no.kommunefakta.infra;

import java.nio.file.Path;
import java.util.Optional;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * CDK entry point. Context values (all optional, {@code cdk deploy -c key=value}):
 * <ul>
 *   <li>{@code env}: {@code test} (default) or {@code prod}</li>
 *   <li>{@code functionsZip}: native API zip, default {@code ../functions/lambda/target/function.zip}</li>
 *   <li>{@code siteZip}: native render zip, default {@code ../site/lambda/target/function.zip}</li>
 *   <li>{@code authorizerZip}: native API authorizer zip, default {@code ../functions/authorizer/target/function.zip}</li>
 *   <li>{@code alarmEmail}: address subscribed to the alarm topics</li>
 *   <li>{@code jwtIssuer}, {@code jwtAudience}, {@code scopePrefix}, {@code acceptUnspecifiedAudience}: Maskinporten settings (see {@link ApiAccess})</li>
 *   <li>{@code siteUrl}: public URL of the site when a custom domain points at the distribution (default: the
 *       distribution's own https URL); used in sitemap.xml, robots.txt and canonical links</li>
 *   <li>{@code reservedConcurrency}: opt-in; reserve this many executions per API function (and one for render)</li>
 *   <li>{@code githubRepo}: {@code <owner>/<repo>}; adds the one-time stack {@code Kommunefakta-Bootstrap}</li>
 *   <li>{@code bootstrapOnly}: {@code true} to synthesize only that stack (no Lambda zips needed); also for
 *       {@code cdk bootstrap}, which synthesizes the app first</li>
 *   <li>{@code githubOidcProviderArn}: the account's existing GitHub OIDC provider, reused instead of created</li>
 * </ul>
 * Stacks: {@code Kommunefakta-<env>-Api} and {@code Kommunefakta-<env>-Site} (deploy either or both).
 */
public final class InfraApp {

    private InfraApp() {
    }

    public static void main(String[] args) {
        var app = new App();
        build(app);
        app.synth();
    }

    /**
     * Adds the stacks for the environment named in the context to {@code app}, or with {@code -c bootstrapOnly=true}
     * only the bootstrap stack (the first step in an empty account, before any Lambda zip is built).
     */
    public static Stacks build(App app) {
        if (context(app, "bootstrapOnly").map(Boolean::parseBoolean).orElse(false)) {
            String repo = context(app, "githubRepo")
                    .orElseThrow(() -> new IllegalArgumentException("githubRepo: required with bootstrapOnly (-c githubRepo=<owner>/<repo>)"));
            Tags.of(app).add("project", "kommunefakta");
            return new Stacks(null, null, Optional.of(bootstrap(app, repo)));
        }
        var deployment = DeploymentEnvironment.named(context(app, "env").orElse("test"));
        Path functionsZip = Path.of(context(app, "functionsZip").orElse("../functions/lambda/target/function.zip"));
        Path siteZip = Path.of(context(app, "siteZip").orElse("../site/lambda/target/function.zip"));
        Path authorizerZip = Path.of(context(app, "authorizerZip").orElse("../functions/authorizer/target/function.zip"));
        Optional<String> alarmEmail = context(app, "alarmEmail");
        Optional<Integer> reserved = context(app, "reservedConcurrency").map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("reservedConcurrency: '" + v + "' is not a positive number");
        });

        var props = StackProps.builder()
                .env(awsEnvironment())
                .description("Kommunefakta (" + deployment.name() + ")")
                .build();
        var api = new ApiStack(app, deployment.stackPrefix() + "-Api", props, deployment, functionsZip, authorizerZip, alarmEmail,
                ApiAccess.fromContext(deployment, key -> context(app, key)), reserved);
        var site = new SiteStack(app, deployment.stackPrefix() + "-Site", props, deployment, siteZip, alarmEmail,
                context(app, "siteUrl"), reserved);
        Optional<BootstrapStack> bootstrap = context(app, "githubRepo").map(repo -> bootstrap(app, repo));
        Tags.of(app).add("project", "kommunefakta");
        Tags.of(api).add("environment", deployment.name());
        Tags.of(site).add("environment", deployment.name());
        return new Stacks(api, site, bootstrap);
    }

    private static BootstrapStack bootstrap(App app, String repo) {
        return new BootstrapStack(app, "Kommunefakta-Bootstrap", StackProps.builder().env(awsEnvironment())
                // no assets and no bootstrap version check: deployable with plain CloudFormation before `cdk bootstrap`
                .synthesizer(new software.amazon.awscdk.BootstraplessSynthesizer())
                .description("Kommunefakta one-time setup: GitHub OIDC roles and the CloudFormation execution policy").build(),
                repo, context(app, "githubOidcProviderArn"));
    }

    /**
     * The stacks of one environment (absent with {@code bootstrapOnly}), and the bootstrap stack when
     * {@code githubRepo} is set.
     */
    public record Stacks(ApiStack api, SiteStack site, Optional<BootstrapStack> bootstrap) {
    }

    private static Optional<String> context(App app, String key) {
        Object value = app.getNode().tryGetContext(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    /** Account/region from the CLI (CDK_DEFAULT_*); environment-agnostic when absent (tests, synth without AWS). */
    private static Environment awsEnvironment() {
        String account = System.getenv("CDK_DEFAULT_ACCOUNT");
        String region = System.getenv("CDK_DEFAULT_REGION");
        if (account == null || region == null) {
            return null;
        }
        return Environment.builder().account(account).region(region).build();
    }
}

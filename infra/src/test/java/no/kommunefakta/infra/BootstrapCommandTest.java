package no.kommunefakta.infra;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/**
 * {@code cdk bootstrap} synthesizes the whole app before it bootstraps (the app is named in cdk.json), and on a fresh
 * checkout the Lambda zips do not exist yet: every documented or scripted bootstrap command must synthesize the
 * bootstrap stack alone. The commands are read from docs/deploy.md and the workflows and synthesized with exactly
 * their context values, with no zip anywhere.
 */
@ExtendWith(NodeForCdk.class)
class BootstrapCommandTest {

    private static final Pattern CONTEXT = Pattern.compile("(?:-c|--context)[ =]([A-Za-z]+)=(\\S+)");

    @Test
    void everyCdkBootstrapCommandSynthesizesWithoutLambdaZips() throws IOException {
        List<String> commands = new ArrayList<>(bootstrapCommands(Path.of("../docs/deploy.md")));
        try (Stream<Path> workflows = Files.list(Path.of("../.github/workflows"))) {
            for (Path workflow : workflows.sorted().toList()) {
                commands.addAll(bootstrapCommands(workflow));
            }
        }
        assertThat(commands).as("cdk bootstrap commands in docs/deploy.md and the workflows").isNotEmpty();
        for (String command : commands) {
            Map<String, Object> context = new HashMap<>();
            Matcher m = CONTEXT.matcher(command);
            while (m.find()) {
                context.put(m.group(1), m.group(2).replace("<owner>/<repo>", TestApps.GITHUB_REPO));
            }
            assertThat(context).as(command).containsEntry("bootstrapOnly", "true").containsKey("githubRepo");
            // no zip exists at these paths: only a bootstrap-only synthesis gets through
            context.putIfAbsent("functionsZip", "target/absent/function.zip");
            context.putIfAbsent("siteZip", "target/absent/site.zip");
            context.putIfAbsent("authorizerZip", "target/absent/authorizer.zip");
            var stacks = InfraApp.build(App.Builder.create().context(context).build());
            assertThat(stacks.api()).as(command).isNull();
            Template.fromStack(stacks.bootstrap().orElseThrow()).resourceCountIs("AWS::IAM::ManagedPolicy", 1);
        }
    }

    /** The {@code cdk bootstrap} invocations of a file, each joined across its {@code \} line continuations. */
    static List<String> bootstrapCommands(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // a command line: starts with the CLI (any path to it), possibly after `run: `
            if (!lines.get(i).matches("\\s*(run:\\s*)?(\\S*/)?cdk bootstrap\\b.*")) {
                continue;
            }
            StringBuilder command = new StringBuilder(lines.get(i).strip());
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            commands.add(command.toString());
        }
        return commands;
    }
}

package no.kommunefakta.infra;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * The CloudFormation execution policy (bootstrap stack) against what CloudFormation's resource handlers need: for
 * every resource type in the synthesized Api and Site stacks (test and prod, with every optional resource), each
 * action of its create, read, update and delete handlers (deploy, drift and rollback) must be allowed. The handler
 * permission lists are the public resource schemas' ({@code cfn-handler-permissions.json}, source noted there); a
 * type without recorded lists fails, so a new resource type cannot slip past.
 */
@ExtendWith(NodeForCdk.class)
class ExecutionPolicyTest {

    private static final List<String> HANDLERS = List.of("create", "read", "update", "delete");
    /** Not a registry resource: CloudFormation itself handles it. */
    private static final Set<String> NO_HANDLERS = Set.of("AWS::CDK::Metadata");

    static JsonNode handlerData;
    static List<Map<String, Map<String, Object>>> templates = new ArrayList<>();
    static List<Map<?, ?>> statements;

    @BeforeAll
    static void synth() throws IOException {
        try (var in = ExecutionPolicyTest.class.getResourceAsStream("/cfn-handler-permissions.json")) {
            handlerData = new ObjectMapper().readTree(in);
        }
        for (String env : List.of("test", "prod")) {
            var stacks = InfraApp.build(TestApps.app(env, Map.of("alarmEmail", "drift@example.no", "reservedConcurrency", "2")));
            for (Stack stack : List.of(stacks.api(), stacks.site())) {
                @SuppressWarnings("unchecked")
                var resources = (Map<String, Map<String, Object>>) Template.fromStack(stack).toJSON().get("Resources");
                templates.add(resources);
            }
        }
        var bootstrap = Template.fromStack(TestApps.stacks("test").bootstrap().orElseThrow());
        var policy = bootstrap.findResources("AWS::IAM::ManagedPolicy", Map.of("Properties", Map.of(
                "ManagedPolicyName", "kommunefakta-cfn-execution"))).values().iterator().next();
        statements = ((List<?>) ((Map<?, ?>) ((Map<?, ?>) policy.get("Properties")).get("PolicyDocument")).get("Statement"))
                .stream().<Map<?, ?>>map(s -> (Map<?, ?>) s).toList();
    }

    private static Set<String> resourceTypes() {
        Set<String> types = new TreeSet<>();
        templates.forEach(t -> t.values().forEach(r -> types.add(String.valueOf(r.get("Type")))));
        types.removeAll(NO_HANDLERS);
        return types;
    }

    @Test
    void everyResourceTypeHasItsHandlerPermissionsRecorded() {
        Set<String> types = resourceTypes();
        assertThat(types).contains("AWS::IAM::Role", "AWS::Lambda::Function", "AWS::CloudFront::KeyValueStore", "AWS::SNS::Subscription");
        List<String> missing = types.stream().filter(t -> !handlerData.path("types").has(t)).toList();
        assertThat(missing).as("types with no handler permissions in cfn-handler-permissions.json (copy them from the type's schema)")
                .isEmpty();
    }

    @Test
    void theExecutionPolicyAllowsEveryActionTheHandlersNeed() {
        List<String> denied = new ArrayList<>();
        for (String type : resourceTypes()) {
            JsonNode data = handlerData.path("types").path(type);
            Set<String> notNeeded = notNeeded(type);
            for (String handler : HANDLERS) {
                for (JsonNode action : data.path(handler)) {
                    if (!notNeeded.contains(action.asText()) && !allowed(action.asText())) {
                        denied.add(type + " " + handler + ": " + action.asText());
                    }
                }
            }
        }
        assertThat(denied).as("handler actions the execution policy does not allow (the stack would fail, or fail to roll back)")
                .isEmpty();
    }

    /** What the schema lists for optional features the stacks do not use; the test checks they are indeed unused. */
    @Test
    void actionsLeftOutBelongToPropertiesNoResourceSets() {
        for (JsonNode entry : handlerData.path("notNeeded")) {
            String type = entry.path("type").asText();
            for (var template : templates) {
                for (var resource : template.values()) {
                    if (type.equals(resource.get("Type"))) {
                        Map<?, ?> properties = (Map<?, ?>) resource.get("Properties");
                        entry.path("onlyWith").forEach(p -> assertThat(properties.containsKey(p.asText()))
                                .as(type + " sets " + p.asText() + ", yet " + entry.path("why").asText()).isFalse());
                    }
                }
            }
        }
    }

    /**
     * API Gateway creates its service-linked role the first time an account uses it, as the caller (CloudFormation);
     * only that one role may be created.
     */
    @Test
    void onlyApiGatewaysServiceLinkedRoleMayBeCreated() {
        List<Map<?, ?>> slr = statements.stream().filter(s -> actions(s).stream().anyMatch(a -> a.startsWith("iam:CreateServiceLinkedRole")))
                .<Map<?, ?>>map(s -> s).toList();
        assertThat(slr).hasSize(1);
        assertThat(actions(slr.get(0))).containsExactly("iam:CreateServiceLinkedRole");
        assertThat(slr.get(0).toString()).contains("role/aws-service-role/ops.apigateway.amazonaws.com/AWSServiceRoleForAPIGateway")
                .contains("iam:AWSServiceName=ops.apigateway.amazonaws.com");
        assertThat(allowed("iam:CreateServiceLinkedRole")).isTrue();
    }

    @Test
    void iamIsLimitedToTheStacksRoles() {
        for (Map<?, ?> s : statements) {
            if (actions(s).stream().anyMatch(a -> a.startsWith("iam:") && !a.equals("iam:CreateServiceLinkedRole"))) {
                assertThat(s.get("Resource").toString()).as(actions(s).toString()).contains(":role/Kommunefakta-*").doesNotContain("\"*\"");
            }
        }
        assertThat(allowed("iam:CreateUser")).isFalse();
        assertThat(allowed("iam:PutUserPolicy")).isFalse();
        assertThat(allowed("iam:CreatePolicy")).isFalse();
    }

    private static Set<String> notNeeded(String type) {
        Set<String> actions = new TreeSet<>();
        for (JsonNode entry : handlerData.path("notNeeded")) {
            if (type.equals(entry.path("type").asText())) {
                entry.path("actions").forEach(a -> actions.add(a.asText()));
            }
        }
        return actions;
    }

    /** Whether an Allow statement names the action (IAM matching: case-insensitive, {@code *} and {@code ?}). */
    private static boolean allowed(String action) {
        return statements.stream().filter(s -> "Allow".equals(s.get("Effect")))
                .flatMap(s -> actions(s).stream())
                .anyMatch(pattern -> Pattern.compile(pattern.replace(".", "\\.").replace("*", ".*").replace("?", "."),
                        Pattern.CASE_INSENSITIVE).matcher(action).matches());
    }

    private static List<String> actions(Map<?, ?> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(action));
    }
}

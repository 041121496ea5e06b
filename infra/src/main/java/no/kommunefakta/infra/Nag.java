package no.kommunefakta.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.CfnResource;
import software.constructs.IConstruct;

/**
 * Records a cdk-nag suppression (with its reason) as CloudFormation metadata on the resource, the format cdk-nag
 * reads. Kept in the app so cdk-nag itself is only a test dependency; the reason travels with the template.
 */
final class Nag {
    private Nag() {
    }

    /**
     * Suppresses rule {@code id} on {@code construct} (or its default CloudFormation child).
     *
     * @param appliesToRegex for granular rules (IAM5): regexes of the findings suppressed; empty for the whole rule
     */
    @SuppressWarnings("unchecked")
    static void suppress(IConstruct construct, String id, String reason, String... appliesToRegex) {
        CfnResource resource = construct instanceof CfnResource cfn ? cfn : (CfnResource) construct.getNode().getDefaultChild();
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("reason", reason);
        if (appliesToRegex.length > 0) {
            rule.put("applies_to", List.of(appliesToRegex).stream().map(r -> Map.of("regex", r)).toList());
        }
        Object existing = resource.getMetadata("cdk_nag");
        List<Object> rules = new ArrayList<>();
        if (existing instanceof Map<?, ?> map && map.get("rules_to_suppress") instanceof List<?> list) {
            rules.addAll(list);
        }
        rules.add(rule);
        resource.addMetadata("cdk_nag", Map.of("rules_to_suppress", rules));
    }
}

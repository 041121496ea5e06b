package no.kommunefakta.infra;

import no.kommunefakta.testtools.OptionalTool;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes that synthesize stacks: the AWS CDK for Java runs its constructs in Node.js (through jsii), so
 * without {@code node} on PATH the whole class is skipped with one line naming the tool (or fails where tools are
 * required: CI=true), instead of erroring in every test with "Cannot run program node".
 */
final class NodeForCdk implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        OptionalTool.NODE.require("the CDK synthesis tests of " + context.getRequiredTestClass().getSimpleName()
                + " (the AWS CDK for Java runs in Node.js)");
    }
}

package no.kommunefakta.site.lambda;

import io.quarkus.amazon.lambda.runtime.FunctionError;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers the Lambda runtime's error body for reflection, so the native runtime can serialize it. Without it, a
 * native {@code render} that throws cannot post its error ("No serializer found for class FunctionError"), and the
 * caller waits for the Lambda timeout instead of reading the message. {@code quarkus-funqy-amazon-lambda} registers
 * only its constructors; {@code quarkus-amazon-lambda} (not used here) would register the getters.
 */
@RegisterForReflection(targets = FunctionError.class)
final class LambdaErrorReflection {

    private LambdaErrorReflection() {
    }
}

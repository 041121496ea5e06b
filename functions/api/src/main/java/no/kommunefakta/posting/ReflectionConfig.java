package no.kommunefakta.posting;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Domain types from the plain-Java kostra module that are serialised to JSON (native image needs them registered). */
@RegisterForReflection(targets = {Finding.class, Severity.class, ValidationResult.class})
final class ReflectionConfig {
    private ReflectionConfig() {
    }
}

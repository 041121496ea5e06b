package no.kommunefakta.api.posting;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationResult;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Domain types from the plain-Java kostra module that are serialised to JSON (native image needs them registered). */
@RegisterForReflection(targets = {Finding.class, Severity.class, ValidationResult.class})
final class ReflectionConfig {
    private ReflectionConfig() {
    }
}

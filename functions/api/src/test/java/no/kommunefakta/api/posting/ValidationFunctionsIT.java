package no.kommunefakta.api.posting;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The validator's HTTP tests against the packaged application (the native executable when built with -Pnative). */
@QuarkusIntegrationTest
class ValidationFunctionsIT extends ValidationFunctionsTest {
}

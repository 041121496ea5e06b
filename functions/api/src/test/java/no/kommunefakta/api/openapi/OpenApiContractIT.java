package no.kommunefakta.api.openapi;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The OpenAPI contract checked against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class OpenApiContractIT extends OpenApiContractTest {
}

package no.kommunefakta.api.request;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The limits against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class RequestLimitsIT extends RequestLimitsTest {
}

package no.kommunefakta.api.rent;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The internal-rent HTTP tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class RentFunctionsIT extends RentFunctionsTest {
}

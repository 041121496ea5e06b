package no.kommunefakta.api.request;

import io.quarkus.funqy.Funq;

/** Test-only function that fails as a bug would: the server error {@link ErrorLoggingTest} observes. */
public class FailingFunction {

    static final String MESSAGE = "a bug in a function (thrown on purpose by the test)";

    @Funq("failForTest")
    public String failForTest(String input) {
        throw new IllegalStateException(MESSAGE);
    }
}

package no.kommunefakta.api.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Errors are observable: a server error is answered 500 with an error id, and that id is logged at ERROR with the
 * cause; a client error is answered 4xx and reaches the console log as no error.
 */
@QuarkusTest
class ErrorLoggingTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aServerErrorIsAnswered500WithAnErrorIdThatIsLoggedWithItsCause() {
        JsonPath answer = given().contentType(ContentType.JSON).body("\"x\"").post("/failForTest")
                .then().statusCode(500).contentType(ContentType.JSON).extract().jsonPath();

        String id = answer.getString("value");
        assertThat(answer.getString("field")).isEqualTo("server");
        assertThat(answer.getString("error")).contains(id).doesNotContain("Exception", FailingFunction.MESSAGE);
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(errors()).singleElement().satisfies(r -> {
            assertThat(r.getMessage()).contains("/failForTest", "error id " + id);
            assertThat(r.getThrown()).hasRootCauseMessage(FailingFunction.MESSAGE);
        });
    }

    @Test
    void clientErrorsAreAnsweredButNotLoggedAsErrors() {
        given().contentType(ContentType.JSON).body("{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\","
                + "\"records\":{\"a\":1}}").post("/validateFile").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"skjema\":").post("/validatePosting").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"skjema\":\"0A\"}").post("/validatePosting").then()
                .statusCode(400);

        assertThat(ConfigProvider.getConfig().getValue("quarkus.log.console.filter", String.class))
                .isEqualTo("client-errors");
        ClientErrorLogFilter consoleFilter = new ClientErrorLogFilter();
        assertThat(errors()).as("Funqy reports the unbindable body at ERROR; the console filter drops it")
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getLoggerName()).isEqualTo(ClientErrorLogFilter.FUNQY_LOGGER))
                .noneMatch(consoleFilter::isLoggable);
    }

    private List<LogRecord> errors() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }
}

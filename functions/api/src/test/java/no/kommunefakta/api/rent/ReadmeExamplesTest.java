package no.kommunefakta.api.rent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The internal-rent requests shown in the README are accepted as they stand and give valid postings. */
@QuarkusTest
class ReadmeExamplesTest {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void readmeRentExamplesAreRealRequests() throws Exception {
        List<String> examples = new ArrayList<>();
        Matcher m = JSON_BLOCK.matcher(Files.readString(Path.of("../../README.md")));
        while (m.find()) {
            if (m.group(1).contains("\"pools\"")) {
                examples.add(m.group(1));
            }
        }
        assertThat(examples).hasSize(2);
        for (String example : examples) {
            given().contentType(ContentType.JSON).body(example)
                    .post("/allocateInternalRent")
                    .then().statusCode(200)
                    .body("validation.verdict", not(equalTo("ERROR")))
                    .body("postings.size()", org.hamcrest.Matchers.greaterThan(0));
        }
        // the first answers the default parts; the second the per-user rent, the KOSTRA file and the CSV it asks for
        given().contentType(ContentType.JSON).body(examples.get(0)).post("/allocateInternalRent").then()
                .body("include", contains("shares"))
                .body("$", not(hasKey("records")));
        given().contentType(ContentType.JSON).body(examples.get(1)).post("/allocateInternalRent").then()
                .body("include", contains("shares", "records", "csv"))
                .body("records", hasSize(8))
                .body("csv", startsWith("\ufeffskjema;"))
                .body("$", not(hasKey("traces")));
    }
}

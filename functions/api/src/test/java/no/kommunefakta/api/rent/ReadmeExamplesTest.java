package no.kommunefakta.api.rent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

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
    }
}

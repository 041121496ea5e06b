package no.kommunefakta.api.rent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The worked examples in docs/internal-rent-howto.md are what the function really answers. */
@QuarkusTest
class RentHowtoTest {
    private static final Path HOWTO = Path.of("../../docs/internal-rent-howto.md");
    private static final Pattern BLOCK = Pattern.compile("<!-- (request|response): ([\\w-]+) -->\\s*```json\\n(.*?)```",
            Pattern.DOTALL);
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void documentedResponsesAreTheRealOnes() throws Exception {
        Map<String, String> requests = new LinkedHashMap<>();
        Map<String, String> responses = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(Files.readString(HOWTO));
        while (m.find()) {
            (m.group(1).equals("request") ? requests : responses).put(m.group(2), m.group(3));
        }
        assertThat(requests.keySet()).containsExactly("helsehus-2019", "kommune-2024", "skole-flere-nokler-2024");
        assertThat(responses.keySet()).isEqualTo(requests.keySet());
        for (Map.Entry<String, String> example : requests.entrySet()) {
            JsonNode real = mapper.readTree(given().contentType(ContentType.JSON).body(example.getValue())
                    .post("/allocateInternalRent").then().statusCode(200).extract().asString());
            assertThat(real).as(example.getKey()).isEqualTo(mapper.readTree(responses.get(example.getKey())));
        }
    }
}

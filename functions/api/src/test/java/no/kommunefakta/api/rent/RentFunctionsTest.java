package no.kommunefakta.api.rent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class RentFunctionsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void helsehus2019AnswersWithFordelteUtgifterThatNetToZero() throws IOException {
        given().contentType(ContentType.JSON).body(example("helsehus-2019.json"))
                .post("/allocateInternalRent")
                .then().statusCode(200)
                .body("regime", equalTo("FORDELTE_UTGIFTER"))
                .body("pools[0].users.id", contains("somatikk", "psykisk-helse-voksne", "barn-og-unge"))
                .body("pools[0].users.share", contains("0.525050", "0.310025", "0.164925"))
                .body("pools[0].users.internalRentNok", contains("2409979.50", "1423014.75", "757005.75"))
                .body("pools[0].users.reportableNok", contains("2199959.50", "1299004.75", "691035.75"))
                .body("postings.funksjon", contains("190", "190", "190", "190", "190", "232", "241", "242"))
                .body("postings.art", contains("010", "180", "230", "590", "690", "190", "190", "190"))
                .body("postings.belop", contains(1200, 640, 850, 1500, -4190, 691, 2200, 1299))
                .body("netting[0].funksjon", equalTo("190"))
                .body("netting[0].sumKnok", equalTo(0))
                .body("netting[0].nets", equalTo(true))
                .body("validation.verdict", equalTo("OK"))
                .body("validation.fileFindings", hasSize(0));
    }

    @Test
    void kommune2024AnswersWithPostingsOnPremisesFunctions() throws IOException {
        given().contentType(ContentType.JSON).body(example("kommune-2024.json"))
                .post("/allocateInternalRent")
                .then().statusCode(200)
                .body("regime", equalTo("LOKALEFUNKSJONER"))
                .body("netting", hasSize(0))
                .body("pools[0].users.premisesFunksjon", contains("222", "222", "221", "221", "261"))
                .body("pools[0].users.internalRentNok",
                        contains("2300000.00", "2012500.00", "517500.00", "345000.00", "2875000.01"))
                .body("postings.funksjon", contains("221", "221", "221", "221", "222", "222", "222", "222",
                        "261", "261", "261", "261"))
                .body("postings.belop", contains(225, 150, 75, 300, 1125, 750, 375, 1500, 750, 500, 250, 1000))
                .body("postings.kontoklasse", everyItem(equalTo("1")))
                .body("reconciliation.reportableNok", equalTo("7000000.01"))
                .body("reconciliation.postingsSumKnok", equalTo(7000))
                .body("validation.verdict", equalTo("OK"));
    }

    @Test
    void everyPostingIsAValidatePostingBodyThatPasses() throws IOException {
        for (String example : List.of("helsehus-2019.json", "kommune-2024.json")) {
            JsonPath answer = given().contentType(ContentType.JSON).body(example(example))
                    .post("/allocateInternalRent").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> postings = answer.getList("postings");
            for (Map<String, Object> posting : postings) {
                given().contentType(ContentType.JSON).body(posting)
                        .post("/validatePosting")
                        .then().statusCode(200)
                        .body("verdict", isOneOf("OK", "INFO", "WARNING"));
            }
        }
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("no pools", r -> r.putArray("pools"), "pools", "[]"),
                bad("no users", r -> pool(r).putArray("users"), "pools[0].users", "[]"),
                bad("zero quantity", r -> user(r, 1).put("quantity", "0"), "pools[0].users[1].quantity", "0"),
                bad("negative quantity", r -> user(r, 2).put("quantity", -900), "pools[0].users[2].quantity", "-900"),
                bad("non-numeric quantity", r -> user(r, 0).put("quantity", "4000 m2"), "pools[0].users[0].quantity",
                        "4000 m2"),
                bad("key total zero", r -> {
                    for (int i = 0; i < 5; i++) {
                        user(r, i).put("quantity", "0");
                    }
                }, "pools[0].users", "0"),
                bad("function not valid for a kommune", r -> user(r, 0).put("funksjon", "510"),
                        "pools[0].users[0].funksjon", "510"),
                bad("function 190 after 2019", r -> user(r, 3).put("funksjon", "190"), "pools[0].users[3].funksjon",
                        "190"),
                bad("duplicate user", r -> user(r, 1).put("id", "skole-a"), "pools[0].users[1].id", "skole-a"),
                bad("non-numeric amount", r -> line(r, 0).put("amount", "2 100 000,00"), "pools[0].lines[0].amount",
                        "2 100 000,00"),
                bad("request to report calculated costs", r -> line(r, 4).put("report", true),
                        "pools[0].lines[4].report", "true"),
                bad("more lines than the documented limit", r -> {
                    ArrayNode lines = pool(r).putArray("lines");
                    for (int i = 0; i <= 10_000; i++) {
                        lines.addObject().put("art", "180").put("amount", "1").put("kind", "EXTERNAL");
                    }
                }, "pools[*].lines", "10001"),
                bad("art not valid in the year", r -> line(r, 0).put("art", "690"), "pools[0].lines[0].art", "690"),
                bad("unknown kind", r -> line(r, 0).put("kind", "INTERNAL"), "pools[0].lines[0].kind", "INTERNAL"),
                bad("year outside the chart", r -> r.put("aargang", "1999"), "aargang", "1999"),
                bad("entity", r -> r.put("entity", "bydel"), "entity", "bydel"),
                bad("premisesMap to an invalid function", r -> r.putObject("premisesMap").put("253", "190"),
                        "premisesMap.253", "190"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIs400NamingFieldAndValue(String name, Consumer<ObjectNode> change, String field, String value)
            throws IOException {
        ObjectNode json = (ObjectNode) MAPPER.readTree(example("kommune-2024.json"));
        change.accept(json);
        given().contentType(ContentType.JSON).body(MAPPER.writeValueAsString(json))
                .post("/allocateInternalRent")
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("field", equalTo(field))
                .body("value", equalTo(value))
                .body("error", not(emptyOrNullString()))
                .body("error", not(containsString("Exception")));
    }

    @Test
    void tenLinesOfTenBillionIn2019Are400NamingTheLimitNot500() {
        // issue 10: the 690 credit of this request would need ten characters in the record's belop field
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"art\":\"230\",\"amount\":\"10000000000\",\"kind\":\"EXTERNAL\"}");
        }
        String body = "{\"entity\":\"kommune\",\"region\":\"420400\",\"aargang\":\"2019\",\"pools\":[{\"id\":\"b\","
                + "\"lines\":[" + lines + "],\"users\":[{\"id\":\"skole\",\"funksjon\":\"202\",\"quantity\":\"1\"}]}]}";
        given().contentType(ContentType.JSON).body(body)
                .post("/allocateInternalRent")
                .then().statusCode(400)
                .body("field", equalTo("pools[0].lines[9].amount"))
                .body("value", equalTo("10000000000"))
                .body("error", containsString("99999999000.00"));
        // the largest accepted total: the 690 credit is -99999999, nine characters
        String atLimit = body.replaceFirst("10000000000", "9999999000");
        given().contentType(ContentType.JSON).body(atLimit)
                .post("/allocateInternalRent")
                .then().statusCode(200)
                .body("postings.find { it.art == '690' }.belop", equalTo(-99999999));
    }

    @Test
    void anEmptyBodyIs400() {
        given().contentType(ContentType.JSON).body("")
                .post("/allocateInternalRent")
                .then().statusCode(400)
                .body("field", equalTo("body"));
    }

    @Test
    void aBodyOfTheWrongShapeIs400NotA500() {
        for (String body : List.of("{\"pools\": \"x\"}", "[1, 2]", "{\"pools\": [{\"users\": [{\"quantity\": {}}]}]}",
                "{not json")) {
            given().contentType(ContentType.JSON).body(body)
                    .post("/allocateInternalRent")
                    .then().statusCode(400)
                    .contentType(ContentType.JSON)
                    .body("field", not(emptyOrNullString()))
                    .body("error", not(containsString("Exception")));
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        given().contentType(ContentType.JSON).body("{\"entity\": \"kommune\", \"pools\": \"x\"}")
                .post("/allocateInternalRent")
                .then().statusCode(400)
                .body("field", equalTo("pools"));
    }

    private static Arguments bad(String name, Consumer<ObjectNode> change, String field, String value) {
        return Arguments.of(name, change, field, value);
    }

    private static ObjectNode pool(ObjectNode r) {
        return (ObjectNode) r.get("pools").get(0);
    }

    private static ObjectNode user(ObjectNode r, int i) {
        return (ObjectNode) pool(r).get("users").get(i);
    }

    private static ObjectNode line(ObjectNode r, int i) {
        return (ObjectNode) pool(r).get("lines").get(i);
    }

    static String example(String name) throws IOException {
        try (InputStream in = RentFunctionsTest.class.getResourceAsStream(name)) {
            JsonNode node = MAPPER.readTree(in);
            return MAPPER.writeValueAsString(node);
        }
    }
}

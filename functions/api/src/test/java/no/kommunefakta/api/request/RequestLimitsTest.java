package no.kommunefakta.api.request;

import static io.restassured.RestAssured.given;
import static no.kommunefakta.api.request.RequestLimits.MAX_DEPTH;
import static no.kommunefakta.api.request.RequestLimits.MAX_LINE_LENGTH;
import static no.kommunefakta.api.request.RequestLimits.MAX_NUMBER_LENGTH;
import static no.kommunefakta.api.request.RequestLimits.MAX_RECORDS;
import static no.kommunefakta.api.request.RequestLimits.MAX_STRING_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Every limit of {@link RequestLimits} and the body size, at the limit itself (accepted) and one past it (refused
 * with a 4xx naming the limit, the field and the value).
 */
@QuarkusTest
class RequestLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 10 * 1024 * 1024;
    private static final String RECORD = "0A2024 110300                  1222 010      100";
    private static final String CONTEXT = "\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\"";

    @Test
    void aBodyOfExactlyTheMaximumSizeIsReadAndOneByteMoreIsRefusedWith413() {
        String head = "{" + CONTEXT + ",\"record\":\"" + RECORD + "\"";
        String atLimit = head + " ".repeat(MAX_BODY - head.length() - 1) + "}";
        assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(MAX_BODY);
        post("/validatePosting", atLimit).statusCode(200).body("verdict", equalTo("OK"));

        String beyond = head + " ".repeat(MAX_BODY - head.length()) + "}";
        post("/validatePosting", beyond).statusCode(413)
                .body("field", equalTo("body"))
                .body("value", equalTo(String.valueOf(MAX_BODY + 1)))
                .body("error", containsString(String.valueOf(MAX_BODY)));
    }

    @Test
    void aFileOfExactlyTheMaximumRecordsIsValidatedAndOneMoreIsRefused() throws IOException {
        given().contentType(ContentType.JSON)
                .body(fileRequest(Collections.nCopies(MAX_RECORDS, RECORD)))
                .post("/validateFile").then().statusCode(200)
                .body("findings.control", hasItem("015"));

        given().contentType(ContentType.JSON)
                .body(fileRequest(Collections.nCopies(MAX_RECORDS + 1, RECORD)))
                .post("/validateFile").then().statusCode(400)
                .body("field", equalTo("records"))
                .body("value", equalTo(String.valueOf(MAX_RECORDS + 1)))
                .body("error", containsString(String.valueOf(MAX_RECORDS)));
    }

    @Test
    void contentCountsLinesAsTheFileReaderDoesATrailingNewlineIsNoExtraLine() throws IOException {
        String atLimit = (RECORD + "\r\n").repeat(MAX_RECORDS);
        post("/validateFile", contentRequest(atLimit)).statusCode(200).body("findings.control", hasItem("015"));

        post("/validateFile", contentRequest(atLimit + RECORD)).statusCode(400)
                .body("field", equalTo("content"))
                .body("value", containsString(String.valueOf(MAX_RECORDS)))
                .body("error", containsString(String.valueOf(MAX_RECORDS)));
    }

    @Test
    void aRecordOfTheMaximumLengthGetsControl001AndOneCharacterMoreIsRefused() throws IOException {
        String atLimit = "x".repeat(MAX_LINE_LENGTH);
        given().contentType(ContentType.JSON).body(fileRequest(java.util.List.of(RECORD, atLimit)))
                .post("/validateFile").then().statusCode(200)
                .body("findings.find { it.control == '001' }.lines", hasItem(2));
        post("/validatePosting", "{" + CONTEXT + ",\"record\":\"" + atLimit + "\"}").statusCode(200)
                .body("verdict", equalTo("FATAL"));

        String beyond = atLimit + "x";
        given().contentType(ContentType.JSON).body(fileRequest(java.util.List.of(RECORD, beyond)))
                .post("/validateFile").then().statusCode(400)
                .body("field", equalTo("records[1]"))
                .body("value", containsString("(" + (MAX_LINE_LENGTH + 1) + " tegn)"))
                .body("error", containsString(String.valueOf(MAX_LINE_LENGTH)));
        post("/validateFile", contentRequest(RECORD + "\n" + beyond + "\n")).statusCode(400)
                .body("field", equalTo("content"))
                .body("error", containsString("Linje 2"));
        post("/validatePosting", "{" + CONTEXT + ",\"record\":\"" + beyond + "\"}").statusCode(400)
                .body("field", equalTo("record"))
                .body("error", containsString(String.valueOf(MAX_LINE_LENGTH)));
    }

    @Test
    void nestingToTheMaximumDepthIsReadAndOneLevelMoreIsRefused() {
        // the body object is level 1, so "extra" may hold MAX_DEPTH - 1 levels
        post("/validatePosting", posting(",\"extra\":" + nested(MAX_DEPTH - 1))).statusCode(200);

        post("/validatePosting", posting(",\"extra\":" + nested(MAX_DEPTH))).statusCode(400)
                .body("field", equalTo("extra" + "[0]".repeat(MAX_DEPTH - 1)))
                .body("value", equalTo("dybde " + (MAX_DEPTH + 1)))
                .body("error", containsString(String.valueOf(MAX_DEPTH)));
    }

    @Test
    void aStringOfTheMaximumLengthIsEchoedAndOneCharacterMoreIsRefused() throws IOException {
        ObjectNode request = rentExample();
        ((ObjectNode) request.withArray("pools").get(0)).put("name", "n".repeat(MAX_STRING_LENGTH));
        post("/allocateInternalRent", request.toString()).statusCode(200)
                .body("pools[0].name", equalTo("n".repeat(MAX_STRING_LENGTH)));

        ((ObjectNode) request.withArray("pools").get(0)).put("name", "n".repeat(MAX_STRING_LENGTH + 1));
        post("/allocateInternalRent", request.toString()).statusCode(400)
                .body("field", equalTo("pools[0].name"))
                .body("value", containsString("(" + (MAX_STRING_LENGTH + 1) + " tegn)"))
                .body("error", containsString(String.valueOf(MAX_STRING_LENGTH)));
    }

    @Test
    void aFieldNameOfTheMaximumLengthIsReadAndOneCharacterMoreIsRefused() {
        post("/validatePosting", posting(",\"" + "k".repeat(MAX_STRING_LENGTH) + "\":1")).statusCode(200);

        post("/validatePosting", posting(",\"" + "k".repeat(MAX_STRING_LENGTH + 1) + "\":1")).statusCode(400)
                .body("field", equalTo("k".repeat(MAX_STRING_LENGTH + 1)))
                .body("error", containsString(String.valueOf(MAX_STRING_LENGTH)));
    }

    @Test
    void aNumberOfTheMaximumLengthIsReadAndOneDigitMoreIsRefused() {
        post("/validatePosting", posting(",\"extra\":" + "9".repeat(MAX_NUMBER_LENGTH))).statusCode(200);

        post("/validatePosting", posting(",\"extra\":" + "9".repeat(MAX_NUMBER_LENGTH + 1))).statusCode(400)
                .body("field", equalTo("extra"))
                .body("error", containsString(String.valueOf(MAX_NUMBER_LENGTH)));
        post("/validatePosting", posting(",\"extra\":" + "9".repeat(5_000))).statusCode(400)
                .body("field", equalTo("extra"));
    }

    @Test
    void aFieldGivenTwiceIsRefusedRatherThanOneValueSilentlyWinning() {
        post("/validatePosting", posting(",\"art\":\"010\",\"art\":\"020\"")).statusCode(400)
                .body("field", equalTo("art"))
                .body("error", containsString("to ganger"));
    }

    @Test
    void anUnpairedSurrogateIsRefusedNamingTheField() {
        post("/validatePosting", "{" + CONTEXT + ",\"record\":\"ab\\ud800c\"}").statusCode(400)
                .body("field", equalTo("record"))
                .body("value", equalTo("\\ud800"));
        // a proper pair is text like any other
        post("/validatePosting", "{" + CONTEXT + ",\"record\":\"\\ud83d\\ude00\"}").statusCode(200)
                .body("verdict", equalTo("FATAL"));
    }

    @Test
    void syntaxErrorsAndTrailingDataNameThePlaceWithoutParserTerms() {
        post("/validatePosting", "{" + CONTEXT + ",\"record\":}").statusCode(400)
                .body("field", equalTo("body"))
                .body("error", containsString("linje 1"))
                .body("value", containsString("\"record\":}"));
        post("/validatePosting", "{" + CONTEXT + "} {}").statusCode(400)
                .body("field", equalTo("body"))
                .body("error", containsString("mer etter JSON-objektet"));
        post("/validatePosting", "{\"skjema\":\"0\u00ff").statusCode(400).body("field", equalTo("body"));
    }

    @Test
    void aWrongTypeNamesTheFieldTheExpectedTypeAndTheValue() {
        post("/validatePosting", "{" + CONTEXT + ",\"record\":[1,2]}").statusCode(400)
                .body("field", equalTo("record"))
                .body("value", equalTo("[1,2]"))
                .body("error", equalTo("Feltet 'record' må være en tekst, ikke en liste (field 'record' has the wrong"
                        + " type)."));
        post("/validateFile", "{" + CONTEXT + ",\"records\":\"" + RECORD + "\"}").statusCode(400)
                .body("field", equalTo("records"))
                .body("error", containsString("må være en liste, ikke en tekst"));
    }

    @Test
    void onlyPostIsServed() {
        given().get("/validatePosting?skjema=0A").then().statusCode(405)
                .contentType(ContentType.JSON)
                .body("field", equalTo("method"))
                .body("value", equalTo("GET"));
    }

    @Test
    void anUnknownFunctionIsA404InJsonNamingThePath() {
        post("/validerPostering", "{" + CONTEXT + "}").statusCode(404)
                .contentType(ContentType.JSON)
                .body("field", equalTo("path"))
                .body("value", equalTo("/validerPostering"))
                .body("error", containsString("/validatePosting"));
    }

    private static String nested(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }

    private static String posting(String extra) {
        return "{" + CONTEXT + ",\"record\":\"" + RECORD + "\"" + extra + "}";
    }

    private static String fileRequest(java.util.List<String> records) throws IOException {
        ObjectNode request = JSON.createObjectNode().put("skjema", "0A").put("aargang", "2024").put("region", "110300");
        records.forEach(request.putArray("records")::add);
        return JSON.writeValueAsString(request);
    }

    private static String contentRequest(String content) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("skjema", "0A").put("aargang", "2024")
                .put("region", "110300").put("content", content));
    }

    private static ObjectNode rentExample() throws IOException {
        try (InputStream in = RequestLimitsTest.class.getResourceAsStream("/no/kommunefakta/api/rent/kommune-2024.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8)).post(path).then()
                .contentType(ContentType.JSON);
    }
}

package no.kommunefakta.api.posting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ValidationFunctionsTest {

    private static final String OK_2024 = "0A2024 110300                  1222 010      100";

    @Test
    void aValidPostingIsOkWithNoFindings() {
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"record\":\"" + OK_2024 + "\"}")
                .post("/validatePosting")
                .then().statusCode(200)
                .body("verdict", equalTo("OK"))
                .body("findings", empty());
    }

    @Test
    void internalServiceFunction190IsAnErrorFrom2020AndValidIn2019() {
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"kontoklasse\":\"1\","
                        + "\"funksjon\":\"190\",\"art\":\"010\",\"belop\":\"100\"}")
                .post("/validatePosting")
                .then().statusCode(200)
                .body("verdict", equalTo("ERROR"))
                .body("findings.control", contains("010"))
                .body("findings[0].severity", equalTo("ERROR"))
                .body("findings[0].field", equalTo("funksjon"))
                .body("findings[0].value", containsString("190"))
                .body("findings[0].message", containsString("190"));
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2019\",\"region\":\"110300\",\"kontoklasse\":\"1\","
                        + "\"funksjon\":\"190\",\"art\":\"010\",\"belop\":100}")
                .post("/validatePosting")
                .then().statusCode(200)
                .body("verdict", equalTo("OK"));
    }

    @Test
    void fieldsAreLaidOutAsInTheFile() {
        String fromFields = given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\",\"kontoklasse\":\"1\","
                        + "\"funksjon\":\"850\",\"art\":\"010\",\"belop\":\"-5\"}")
                .post("/validatePosting").then().statusCode(200).extract().asString();
        String fromRecord = given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\","
                        + "\"record\":\"0A2026 110300                  1850 010       -5\"}")
                .post("/validatePosting").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(fromFields).isEqualTo(fromRecord).contains("\"081\"");
    }

    @Test
    void aRecordOfWrongLengthIsFatal001() {
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\",\"record\":\"0A2026 110300\"}")
                .post("/validatePosting")
                .then().statusCode(200)
                .body("verdict", equalTo("FATAL"))
                .body("findings.control", contains("001"));
    }

    @Test
    void aFileGetsWholeFileControlsWithLineNumbers() {
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\",\"records\":["
                        + "\"0A2026 110300                  1120 010     1000\","
                        + "\"0A2026 110300                  1800 870     -600\","
                        + "\"0A2026 110300                  1840 800     -500\","
                        + "\"0A2026 110300                  1120 010       30\"]}")
                .post("/validateFile")
                .then().statusCode(200)
                .body("findings.control", hasItem("015"))
                .body("findings.find { it.control == '015' }.lines", contains(1, 4))
                .body("findings.find { it.control == '015' }.severity", equalTo("WARNING"));
    }

    @Test
    void contentAndRecordsGiveTheSameAnswer() {
        String records = given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\",\"records\":["
                        + "\"0A2026 110300                  1120 010     1000\","
                        + "\"0A2026 110300                  1800 870    -1000\"]}")
                .post("/validateFile").then().statusCode(200).extract().asString();
        String content = given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\",\"content\":"
                        + "\"0A2026 110300                  1120 010     1000\\r\\n"
                        + "0A2026 110300                  1800 870    -1000\\r\\n\"}")
                .post("/validateFile").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(content).isEqualTo(records).contains("\"135\"");
    }

    @Test
    void anEmptyFileIsAnErrorAsInTheOfficialProgram() {
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\",\"records\":[]}")
                .post("/validateFile")
                .then().statusCode(200)
                .body("verdict", equalTo("ERROR"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "not JSON | /validatePosting | {skjema: 0A | body",
        "JSON array | /validatePosting | [1,2] | body",
        "empty body | /validatePosting | '' | body",
        "missing skjema | /validatePosting | {\"aargang\":\"2024\",\"region\":\"110300\",\"record\":\"x\"} | skjema",
        "missing aargang | /validatePosting | {\"skjema\":\"0A\",\"region\":\"110300\",\"record\":\"x\"} | aargang",
        "year out of range | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2017\",\"region\":\"110300\",\"record\":\"x\"} | aargang",
        "year not a number | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"tjue\",\"region\":\"110300\",\"record\":\"x\"} | aargang",
        "missing region | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"record\":\"x\"} | region",
        "short region | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"1103\",\"record\":\"x\"} | region",
        "bad kvartal | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"kvartal\":\"5\",\"region\":\"110300\",\"record\":\"x\"} | kvartal",
        "short orgnr | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"orgnr\":\"123\",\"record\":\"x\"} | orgnr",
        "no posting | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\"} | record",
        "record and fields | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"record\":\"x\",\"art\":\"010\"} | record",
        "missing belop | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"kontoklasse\":\"1\",\"funksjon\":\"120\",\"art\":\"010\"} | belop",
        "art too long | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"kontoklasse\":\"1\",\"funksjon\":\"120\",\"art\":\"0100\",\"belop\":\"1\"} | art",
        "record is an object | /validatePosting | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"record\":{\"a\":1}} | record",
        "records not an array | /validateFile | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"records\":{\"a\":1}} | records",
        "record not a string | /validateFile | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"records\":[[1]]} | records[0]",
        "null record | /validateFile | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"records\":[null]} | records[0]",
        "neither records nor content | /validateFile | {\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\"} | records",
    })
    void malformedRequestsGet400NamingTheField(String name, String path, String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .post(path)
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("field", equalTo(field))
                .body("error", not(containsString("Exception")))
                .body("error", not(containsString("at no.kommunefakta")));
    }

    @Test
    void findingsNeverCarryNulls() {
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2026\",\"region\":\"110300\",\"kontoklasse\":\"1\","
                        + "\"funksjon\":\"999\",\"art\":\"999\",\"belop\":\"1 000\"}")
                .post("/validatePosting")
                .then().statusCode(200)
                .body("verdict", equalTo("ERROR"))
                .body("findings.control", contains("010", "012", "014"))
                .body("findings.message", everyItem(not(equalTo(""))));
    }
}

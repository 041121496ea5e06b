package no.kommunefakta.api.posting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The run arguments of the 2023 release (e6e4585d) through the API: the company number ({@code foretaksnrArgument},
 * the program's {@code -c/--company-orgnr}, compared by control 008) and the comma-separated orgnr list ({@code -u},
 * compared by control 007); refused for years whose release has neither.
 */
@QuarkusTest
class RunArgumentsTest {

    private static final String COMPANY = "964338531";
    private static final String OTHER = "974760673";

    /** A 0A drift posting of 2023 with the given record orgnr and foretaksnr (valid otherwise). */
    private static String record2023(String orgnr, String foretaksnr) {
        return "0A2023 110300" + orgnr + foretaksnr + "1222 010      100";
    }

    private static String blank() {
        return " ".repeat(9);
    }

    private static ValidatableResponse posting(String aargang, String extra, String record) {
        return given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"" + aargang + "\",\"region\":\"110300\"" + extra
                        + ",\"record\":\"" + record + "\"}")
                .post("/validatePosting").then();
    }

    @Test
    void in2023AForetaksnrEqualToTheArgumentPassesAndAnotherIs008() {
        posting("2023", ",\"foretaksnrArgument\":\"" + COMPANY + "\"", record2023(blank(), COMPANY))
                .statusCode(200).body("verdict", equalTo("OK")).body("findings", empty());
        posting("2023", ",\"foretaksnrArgument\":\"" + COMPANY + "\"", record2023(blank(), OTHER))
                .statusCode(200).body("verdict", equalTo("ERROR"))
                .body("findings.control", contains("008"))
                .body("findings[0].field", equalTo("foretaksnr"))
                .body("findings[0].value", equalTo(OTHER))
                .body("findings[0].message", containsString(COMPANY));
        // The 2023 release compares even a blank record field with the argument.
        posting("2023", ",\"foretaksnrArgument\":\"" + COMPANY + "\"", record2023(blank(), blank()))
                .statusCode(200).body("findings.control", contains("008"));
    }

    @Test
    void in2023WithoutTheArgumentTheForetaksnrMustBeBlankEvenWhenItIsTheOrgnr() {
        posting("2023", "", record2023(blank(), blank())).statusCode(200).body("verdict", equalTo("OK"));
        posting("2023", ",\"orgnr\":\"" + COMPANY + "\"", record2023(COMPANY, COMPANY))
                .statusCode(200).body("findings.control", contains("008"));
        // Nine blanks is the program's default: the same as not giving the argument.
        posting("2023", ",\"foretaksnrArgument\":\"         \"", record2023(blank(), COMPANY))
                .statusCode(200).body("findings.control", contains("008"));
    }

    @Test
    void from2024TheReleaseHasNoCompanyArgumentAnd008ComparesWithTheOrgnr() {
        String record = "0A2024 110300" + COMPANY + COMPANY + "1222 010      100";
        posting("2024", ",\"orgnr\":\"" + COMPANY + "\"", record).statusCode(200).body("verdict", equalTo("OK"));
        posting("2024", ",\"orgnr\":\"" + COMPANY + "\",\"foretaksnrArgument\":\"" + COMPANY + "\"", record)
                .statusCode(400)
                .body("field", equalTo("foretaksnrArgument"))
                .body("value", equalTo(COMPANY))
                .body("error", containsString("2023"));
        posting("2026", ",\"orgnr\":\"" + COMPANY + "\",\"foretaksnrArgument\":\"\"", record.replace("2024", "2026"))
                .statusCode(200).body("verdict", equalTo("OK"));
    }

    @Test
    void in2023TheOrgnrMayBeACommaListAndAnyOfItPasses007() {
        String list = ",\"orgnr\":\"" + COMPANY + "," + OTHER + "\"";
        posting("2023", list, record2023(OTHER, blank())).statusCode(200).body("verdict", equalTo("OK"));
        posting("2023", list, record2023(COMPANY, blank())).statusCode(200).body("verdict", equalTo("OK"));
        posting("2023", list, record2023("999999999", blank()))
                .statusCode(200).body("findings.control", contains("007"))
                .body("findings[0].value", equalTo("999999999"));
    }

    @Test
    void aPostingBuiltFromFieldsCarriesTheFirstOrgnrOfTheList() {
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2023\",\"region\":\"110300\",\"orgnr\":\"" + COMPANY + ","
                        + OTHER + "\",\"foretaksnrArgument\":\"" + OTHER + "\",\"foretaksnr\":\"" + OTHER + "\","
                        + "\"kontoklasse\":\"1\",\"funksjon\":\"222\",\"art\":\"010\",\"belop\":\"100\"}")
                .post("/validatePosting").then().statusCode(200).body("verdict", equalTo("OK"));
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2023\",\"region\":\"110300\",\"foretaksnrArgument\":\""
                        + OTHER + "\",\"kontoklasse\":\"1\",\"funksjon\":\"222\",\"art\":\"010\",\"belop\":\"100\"}")
                .post("/validatePosting").then().statusCode(200).body("findings.control", contains("008"));
    }

    @Test
    void aFileOf2023IsJudgedWithBothArguments() {
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2023\",\"region\":\"110300\",\"orgnr\":\"" + COMPANY + ","
                        + OTHER + "\",\"foretaksnrArgument\":\"" + COMPANY + "\",\"records\":[\""
                        + record2023(COMPANY, COMPANY) + "\",\"" + record2023(OTHER, blank()) + "\",\""
                        + record2023("999999999", COMPANY) + "\"]}")
                .post("/validateFile").then().statusCode(200)
                .body("findings.findAll { it.control == '008' }.lines", contains(contains(2)))
                .body("findings.findAll { it.control == '007' }.lines", contains(contains(3)));
    }

    @Test
    void aFileOf2024RefusesTheCompanyArgumentAndAList() {
        String records = ",\"records\":[\"0A2024 110300                  1222 010      100\"]}";
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"foretaksnrArgument\":\""
                        + COMPANY + "\"" + records)
                .post("/validateFile").then().statusCode(400).body("field", equalTo("foretaksnrArgument"));
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"2024\",\"region\":\"110300\",\"orgnr\":\"" + COMPANY + ","
                        + OTHER + "\"" + records)
                .post("/validateFile").then().statusCode(400)
                .body("field", equalTo("orgnr"))
                .body("value", equalTo(COMPANY + "," + OTHER))
                .body("error", containsString("2023"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "short company number | /validatePosting | 2023 | \"foretaksnrArgument\":\"12345678\" | foretaksnrArgument | 12345678",
        "long company number | /validateFile | 2023 | \"foretaksnrArgument\":\"1234567890\" | foretaksnrArgument | 1234567890",
        "company number in 2019 | /validatePosting | 2019 | \"foretaksnrArgument\":\"964338531\" | foretaksnrArgument | 964338531",
        "company number in 2025 | /validateFile | 2025 | \"foretaksnrArgument\":\"964338531\" | foretaksnrArgument | 964338531",
        "list with a space | /validatePosting | 2023 | \"orgnr\":\"964338531, 974760673\" | orgnr | 964338531, 974760673",
        "list with an empty entry | /validateFile | 2023 | \"orgnr\":\"964338531,\" | orgnr | 964338531,",
        "list with a short entry | /validatePosting | 2023 | \"orgnr\":\"96433853,974760673\" | orgnr | 96433853,974760673",
        "list in 2026 | /validatePosting | 2026 | \"orgnr\":\"964338531,974760673\" | orgnr | 964338531,974760673",
    })
    void malformedRunArgumentsGet400NamingTheFieldAndValue(String name, String path, String aargang, String argument,
                                                            String field, String value) {
        String posting = path.equals("/validatePosting")
                ? ",\"record\":\"" + record2023(blank(), blank()).replace("2023", aargang) + "\"}"
                : ",\"records\":[\"" + record2023(blank(), blank()).replace("2023", aargang) + "\"]}";
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0A\",\"aargang\":\"" + aargang + "\",\"region\":\"110300\"," + argument + posting)
                .post(path)
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("field", equalTo(field))
                .body("value", equalTo(value))
                .body("error", containsString(value.split(",")[0]))
                .body("error", not(containsString("Exception")));
    }

    @Test
    void theOpenApiRequestSchemasDocumentEveryFieldOfTheRequestRecords() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        assertThat(properties(doc, "PostingRequest")).isEqualTo(components(PostingRequest.class));
        assertThat(properties(doc, "FileRequest")).isEqualTo(components(FileRequest.class));
        JsonNode context = doc.at("/components/schemas/Context/properties");
        assertThat(context.at("/foretaksnrArgument/description").asText()).contains("2023", "008", "400");
        assertThat(context.at("/orgnr/description").asText()).contains("2023", "comma", "007");
    }

    private static Set<String> components(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
    }

    private static Set<String> properties(JsonNode doc, String schema) {
        Set<String> names = new TreeSet<>();
        for (JsonNode part : doc.at("/components/schemas/" + schema + "/allOf")) {
            JsonNode resolved = part.has("$ref")
                    ? doc.at(part.get("$ref").asText().substring(1)) : part;
            resolved.path("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /**
     * The one documented difference of the HTTP contract (README, "Run arguments: the CLI judges, the API refuses"):
     * where the CLI judges a malformed run argument as the official program does ({@code -r 03010}: 006 and 125, exit
     * 2, {@code KontrollCliTest.aMalformedRunArgumentIsJudgedAsTheOfficialProgramDoes}), the API refuses it with 400
     * naming the field and value, on both routes.
     */
    @ParameterizedTest
    @CsvSource({"/validateFile, records", "/validatePosting, record"})
    void aMalformedRunArgumentIsRefusedWith400(String path, String field) {
        String record = "\"0B2026 03010                   222  900     3211\"";
        given().contentType(ContentType.JSON)
                .body("{\"skjema\":\"0B\",\"aargang\":\"2026\",\"region\":\"03010\",\"" + field + "\":"
                        + (field.equals("records") ? "[" + record + "]" : record) + "}")
                .post(path).then().statusCode(400)
                .body("field", equalTo("region"))
                .body("value", equalTo("03010"))
                .body("error", containsString("6 tegn"));
    }
}

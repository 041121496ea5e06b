package no.kommunefakta.api.rent;

import static io.restassured.RestAssured.given;
import static no.kommunefakta.api.rent.RentDefectsTest.pool;
import static no.kommunefakta.api.rent.RentDefectsTest.post;
import static no.kommunefakta.api.rent.RentDefectsTest.refused;
import static no.kommunefakta.api.rent.RentDefectsTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The features of issue 13 through HTTP: investering, records, CSV, traces, CSV users, several keys. */
@QuarkusTest
class RentFeaturesTest {

    @Test
    void investeringPoolsFrom2020GoToThePremisesFunctionsInKontoklasse0() {
        ObjectNode r = RentDefectsTest.kommune2024();
        ArrayNode pools = (ArrayNode) r.get("pools");
        ObjectNode inv = pools.addObject().put("id", "nybygg-skole").put("kontoklasse", "0");
        inv.putArray("lines").addObject().put("art", "230").put("amount", "12000000").put("kind", "EXTERNAL");
        ArrayNode users = inv.putArray("users");
        users.addObject().put("id", "skole-a").put("funksjon", "202").put("quantity", "3");
        users.addObject().put("id", "barnehage").put("funksjon", "201").put("quantity", "1");
        post(r).statusCode(200)
                .body("postings.findAll { it.kontoklasse == '0' }.funksjon", contains("221", "222"))
                .body("postings.findAll { it.kontoklasse == '0' }.belop", contains(3000, 9000))
                .body("postings.findAll { it.kontoklasse == '1' }.size()", equalTo(12))
                .body("pools[1].kontoklasse", equalTo("0"))
                .body("validation.verdict", not(equalTo("ERROR")));
    }

    @Test
    void investeringPoolsUpTo2019NetOn190InKontoklasse0() {
        ObjectNode r = request("kommune", "420400", "2019");
        pool(r).put("kontoklasse", "investering");
        ArrayNode users = pool(r).putArray("users");
        users.addObject().put("id", "skole").put("funksjon", "202").put("quantity", "1");
        users.addObject().put("id", "sykehjem").put("funksjon", "253").put("quantity", "1");
        post(r).statusCode(200)
                .body("postings.kontoklasse", everyItem(equalTo("0")))
                .body("postings.funksjon", contains("190", "190", "222", "261"))
                .body("postings.art", contains("230", "690", "190", "190"))
                .body("postings.belop", contains(1000, -1000, 500, 500))
                .body("netting[0].kontoklasse", equalTo("0"))
                .body("netting[0].sumKnok", equalTo(0));
    }

    @Test
    void aKontoklasseOtherThanDriftOrInvesteringIsRefused() {
        ObjectNode r = RentDefectsTest.kommune2024();
        pool(r).put("kontoklasse", "2");
        refused(r, "pools[0].kontoklasse", "2");
    }

    @Test
    void theRecordsAreAFileThatValidateFileReads() {
        ObjectNode r = RentDefectsTest.kommune2024();
        r.putArray("include").add("records");
        JsonPath answer = post(r).statusCode(200).extract().jsonPath();
        List<String> records = answer.getList("records");
        List<Map<String, Object>> postings = answer.getList("postings");
        assertThat(records).hasSize(postings.size()).allSatisfy(rec -> assertThat(rec).hasSize(48));
        assertThat(records.get(0)).isEqualTo("0A2024 420400                  1221 010      225");
        JsonPath file = given().contentType(ContentType.JSON)
                .body(Map.of("skjema", "0A", "aargang", "2024", "region", "420400", "records", records))
                .post("/validateFile").then().statusCode(200).extract().jsonPath();
        // the only findings are the whole-file controls the allocation lists as not applicable to a partial file
        List<String> excused = answer.getList("validation.notApplicable.finding.control");
        assertThat(file.getList("findings.control", String.class)).isNotEmpty().allMatch(excused::contains);
    }

    @Test
    void theCsvHasBomSemicolonsDecimalCommaExactAndThousandNok() {
        ObjectNode r = RentDefectsTest.kommune2024();
        r.putArray("include").add("csv");
        String csv = post(r).statusCode(200).extract().jsonPath().getString("csv");
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("\ufeffskjema;aargang;region;kontoklasse;funksjon;art;belop_1000_nok;eksakt_nok");
        assertThat(rows).hasSize(13);
        assertThat(rows).contains("0A;2024;420400;1;261;230;250;250000,01", "0A;2024;420400;1;221;010;225;225000,00");
    }

    @Test
    void eachPostingIsTracedToItsPoolsLinesAndUsers() {
        ObjectNode r = RentDefectsTest.kommune2024();
        ((ArrayNode) r.get("pools")).add(pool(r).deepCopy().put("id", "fdv-2"));
        r.putArray("include").add("traces");
        post(r).statusCode(200)
                .body("traces.size()", equalTo(12))
                .body("traces[0].posting", equalTo(0))
                .body("traces[0].funksjon", equalTo("221"))
                .body("traces[0].art", equalTo("010"))
                .body("traces[0].exactNok", equalTo("450000.00"))
                .body("traces[0].belop", equalTo(450))
                .body("traces[0].sources.pool", contains("fdv", "fdv-2"))
                .body("traces[0].sources[0].lines", contains(0))
                .body("traces[0].sources[0].users", contains("barnehage-sol", "barnehage-mane"))
                .body("traces[0].sources[0].amountNok", equalTo("225000.00"));
    }

    @Test
    void usersCanComeAsCsvFromAPropertyRegister() {
        ObjectNode json = RentDefectsTest.kommune2024();
        ObjectNode csv = RentDefectsTest.kommune2024();
        pool(csv).remove("users");
        pool(csv).put("usersCsv", "\ufeffid;funksjon;bruttoareal_m2\r\nskole-a;202;4 000,0\r\nskole-b;202;3500\r\n"
                + "barnehage-sol;201;900\r\nbarnehage-mane;201;600,00\r\nsykehjem;253;5000\r\n");
        JsonPath a = post(json).statusCode(200).extract().jsonPath();
        JsonPath b = post(csv).statusCode(200).extract().jsonPath();
        assertThat(b.getList("postings")).isEqualTo(a.getList("postings"));
        assertThat(b.getList("pools[0].users.internalRentNok")).isEqualTo(a.getList("pools[0].users.internalRentNok"));
        // a bad cell is named by row and column
        pool(csv).put("usersCsv", "id;funksjon;bruttoareal_m2\nskole-a;202;4000\nskole-b;202;mye\n");
        refused(csv, "pools[0].usersCsv[1].quantity", "mye");
    }

    @Test
    void severalKeysPerBuilding() {
        // cleaning (art 010) by cleaned area, energy (art 180) by heated area, the rest by gross area
        ObjectNode r = request("kommune", "420400", "2024");
        ArrayNode lines = pool(r).putArray("lines");
        lines.addObject().put("art", "010").put("amount", "300000").put("kind", "EXTERNAL").put("key", "renhold_m2");
        lines.addObject().put("art", "180").put("amount", "200000").put("kind", "EXTERNAL").put("key", "oppvarmet_m2");
        lines.addObject().put("art", "230").put("amount", "100000").put("kind", "EXTERNAL");
        ArrayNode users = pool(r).putArray("users");
        ObjectNode skole = users.addObject().put("id", "skole").put("funksjon", "202").put("quantity", "3000");
        skole.putObject("quantities").put("renhold_m2", "2000").put("oppvarmet_m2", "3000");
        ObjectNode idrett = users.addObject().put("id", "idrettshall").put("funksjon", "380").put("quantity", "1000");
        idrett.putObject("quantities").put("renhold_m2", "1000").put("oppvarmet_m2", "0");
        r.putArray("include").add("sharePostings");
        post(r).statusCode(200)
                .body("pools[0].keys.key", contains("bruttoareal_m2", "renhold_m2", "oppvarmet_m2"))
                .body("pools[0].users[0].postings.amountNok", contains("200000.00", "200000.00", "75000.00"))
                .body("pools[0].users[1].postings.amountNok", contains("100000.00", "25000.00"))
                .body("postings.funksjon", contains("222", "222", "222", "381", "381"))
                .body("pools[0].lines.key", contains("renhold_m2", "oppvarmet_m2", "bruttoareal_m2"));
        // a user without a quantity for a key its lines use is refused, naming the key
        idrett.putObject("quantities").put("renhold_m2", "1000");
        refused(r, "pools[0].users[1].quantities.oppvarmet_m2", "");
    }

    @Test
    void theUnknownKeyOfAUserIsRefused() {
        ObjectNode r = RentDefectsTest.kommune2024();
        ((ObjectNode) pool(r).get("users").get(0)).putObject("quantities").put("renhold_m2", "10");
        refused(r, "pools[0].users[0].quantities.renhold_m2", "10").body("error", org.hamcrest.Matchers
                .containsString("renhold_m2"));
    }

}

package no.kommunefakta.api.rent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The input defects found by the audit of issue 13, each as a real request. */
@QuarkusTest
class RentDefectsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void fylkeFunction421KeepsItsPremisesCostsLike121() {
        ObjectNode r = request("fylkeskommune", "420000", "2024");
        ArrayNode users = pool(r).putArray("users");
        users.addObject().put("id", "eiendom").put("funksjon", "421").put("quantity", "300");
        users.addObject().put("id", "vgs").put("funksjon", "521").put("quantity", "700");
        post(r).statusCode(200)
                .body("premisesMap.find { it.serviceFunksjon == '421' }.premisesFunksjon", equalTo("421"))
                .body("postings.funksjon", hasItem("421"))
                .body("postings.funksjon", not(hasItem("430")));
    }

    @Test
    void reportFalseOnAnExternalLineIsRefusedNotIgnored() {
        ObjectNode r = kommune2024();
        line(r, 0).put("report", false);
        refused(r, "pools[0].lines[0].report", "false");
    }

    @Test
    void reportTrueOnAnExternalLineAndFalseOnACalculatedOneAreWhatTheKindSays() {
        ObjectNode r = kommune2024();
        line(r, 0).put("report", true);
        line(r, 4).put("report", false);
        post(r).statusCode(200).body("pools[0].lines.reported", equalTo(java.util.List.of(true, true, true, true,
                false)));
    }

    @Test
    void eachLinesTextIsEchoed() {
        post(kommune2024()).statusCode(200)
                .body("pools[0].lines.text", equalTo(java.util.List.of("FDV staff wages", "electricity",
                        "maintenance", "depreciation", "calculated interest")));
    }

    @Test
    void unknownFieldsAreRefusedNamingThem() {
        ObjectNode top = kommune2024();
        top.putObject("premises_map").put("253", "253");
        refused(top, "premises_map", "{\"253\":\"253\"}").body("error", containsString("premisesMap"));
        ObjectNode nested = kommune2024();
        line(nested, 1).put("amout", "12");
        refused(nested, "pools[0].lines[1].amout", "12");
        ObjectNode user = kommune2024();
        ((ObjectNode) pool(user).get("users").get(2)).put("areal", "900");
        refused(user, "pools[0].users[2].areal", "900");
    }

    @Test
    void aKommuneWithAFylkeRegionIsRefused() {
        refused(request("kommune", "420000", "2024"), "region", "420000");
        refused(request("fylkeskommune", "420400", "2024"), "region", "420400");
    }

    @Test
    void osloAllocatesToFylkeFunctionsAsAKommune() {
        ObjectNode r = request("kommune", "030100", "2024");
        ArrayNode users = pool(r).putArray("users");
        users.addObject().put("id", "grunnskole").put("funksjon", "202").put("quantity", "600");
        users.addObject().put("id", "vgs").put("funksjon", "521").put("quantity", "400");
        post(r).statusCode(200)
                .body("skjema", equalTo("0A"))
                .body("premisesMap.find { it.serviceFunksjon == '521' }.premisesFunksjon", equalTo("510"))
                .body("postings.funksjon", hasItem("510"))
                .body("postings.funksjon", hasItem("222"))
                .body("validation.verdict", not(equalTo("ERROR")));
        // a kommune that is not Oslo cannot
        ObjectNode other = request("kommune", "420400", "2024");
        pool(other).putArray("users").addObject().put("id", "vgs").put("funksjon", "521").put("quantity", "1");
        refused(other, "pools[0].users[0].funksjon", "521");
    }

    @Test
    void poolIdsAreTrimmedAndUnique() {
        ObjectNode r = kommune2024();
        pool(r).put("id", " B1 ");
        post(r).statusCode(200).body("pools[0].id", equalTo("B1"));
        ObjectNode two = kommune2024();
        pool(two).put("id", "B1");
        ((ArrayNode) two.get("pools")).add(pool(two).deepCopy().put("id", "B1 "));
        refused(two, "pools[1].id", "B1 ");
    }

    // ------------------------------------------------------------------------------------------------- helpers

    static ObjectNode kommune2024() {
        try {
            return (ObjectNode) MAPPER.readTree(RentFunctionsTest.example("kommune-2024.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One pool of 1 000 000 NOK maintenance (art 230) with no users yet. */
    static ObjectNode request(String entity, String region, String aargang) {
        ObjectNode r = MAPPER.createObjectNode().put("entity", entity).put("region", region).put("aargang", aargang);
        ObjectNode pool = r.putArray("pools").addObject().put("id", "bygg");
        pool.putArray("lines").addObject().put("art", "230").put("amount", "1000000").put("kind", "EXTERNAL");
        pool.putArray("users");
        return r;
    }

    static ObjectNode pool(ObjectNode r) {
        return (ObjectNode) r.get("pools").get(0);
    }

    static ObjectNode line(ObjectNode r, int i) {
        return (ObjectNode) pool(r).get("lines").get(i);
    }

    static ValidatableResponse post(ObjectNode r) {
        return given().contentType(ContentType.JSON).body(r.toString()).post("/allocateInternalRent").then();
    }

    static ValidatableResponse refused(ObjectNode r, String field, String value) {
        return post(r).statusCode(400)
                .body("field", equalTo(field))
                .body("value", equalTo(value))
                .body("error", not(containsString("Exception")));
    }

}

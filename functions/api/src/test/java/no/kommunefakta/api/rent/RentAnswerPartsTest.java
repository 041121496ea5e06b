package no.kommunefakta.api.rent;

import static no.kommunefakta.api.rent.RentDefectsTest.kommune2024;
import static no.kommunefakta.api.rent.RentDefectsTest.post;
import static no.kommunefakta.api.rent.RentDefectsTest.refused;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The request field {@code include} through HTTP: each optional answer part present when asked, absent when not. */
@QuarkusTest
class RentAnswerPartsTest {

    @Test
    void withoutIncludeTheSharesAreAnsweredAndNoOtherPart() {
        post(kommune2024()).statusCode(200)
                .body("include", contains("shares"))
                .body("$", not(hasKey("traces")))
                .body("$", not(hasKey("records")))
                .body("$", not(hasKey("csv")))
                .body("pools[0].users.id", contains("skole-a", "skole-b", "barnehage-sol", "barnehage-mane",
                        "sykehjem"))
                .body("pools[0].users[0].internalRentNok", equalTo("2300000.00"))
                .body("pools[0].users", everyItem(not(hasKey("postings"))))
                .body("postings", hasSize(12))
                .body("reconciliation.postingsSumKnok", equalTo(7000))
                .body("validation.verdict", not(equalTo("ERROR")));
    }

    @Test
    void anEmptyIncludeAnswersThePostingsAlone() {
        ObjectNode r = kommune2024();
        r.putArray("include");
        post(r).statusCode(200)
                .body("include", hasSize(0))
                .body("pools[0]", not(hasKey("users")))
                .body("pools[0].lines", hasSize(5))
                .body("$", not(hasKey("traces")))
                .body("$", not(hasKey("records")))
                .body("$", not(hasKey("csv")))
                .body("postings", hasSize(12))
                .body("$", hasKey("reconciliation"))
                .body("$", hasKey("netting"))
                .body("$", hasKey("validation"));
    }

    @Test
    void eachPartIsPresentWhenAskedAndAbsentWhenNot() {
        asking("traces").body("traces", hasSize(12)).body("traces[0].sources[0].pool", equalTo("fdv"))
                .body("$", not(hasKey("records"))).body("$", not(hasKey("csv")))
                .body("pools[0]", not(hasKey("users")));
        asking("records").body("records", hasSize(12)).body("records[0]", equalTo(
                        "0A2024 420400                  1221 010      225"))
                .body("$", not(hasKey("traces"))).body("$", not(hasKey("csv")))
                .body("pools[0]", not(hasKey("users")));
        asking("csv").body("csv", startsWith("\ufeffskjema;aargang;region;kontoklasse;funksjon;art;"))
                .body("$", not(hasKey("traces"))).body("$", not(hasKey("records")))
                .body("pools[0]", not(hasKey("users")));
        asking("shares").body("pools[0].users", hasSize(5)).body("pools[0].users", everyItem(not(hasKey("postings"))))
                .body("$", not(hasKey("traces")));
        asking("sharePostings").body("include", contains("shares", "sharePostings"))
                .body("pools[0].users[4].postings.art", contains("010", "180", "230", "590"))
                .body("pools[0].users[4]", aMapWithSize(10));
        asking("csv", "traces", "records", "sharePostings", "shares")
                .body("include", contains("shares", "sharePostings", "traces", "records", "csv"))
                .body("traces", hasSize(12)).body("records", hasSize(12))
                .body("csv", containsString("0A;2024;420400;1;221;010;225;225000,00"))
                .body("pools[0].users[0].postings", hasSize(4));
    }

    @Test
    void anUnknownPartIsRefusedNamingItsPositionAndValue() {
        ObjectNode r = kommune2024();
        r.putArray("include").add("csv").add("pdf");
        refused(r, "include[1]", "pdf").body("error", containsString("shares, sharePostings, traces, records, csv"));
        r.putArray("include").add("postings");
        refused(r, "include[0]", "postings");
        r.put("include", "csv");
        post(r).statusCode(400).body("field", equalTo("include"));
    }

    private static ValidatableResponse asking(String... parts) {
        ObjectNode r = kommune2024();
        ArrayNode include = r.putArray("include");
        for (String part : parts) {
            include.add(part);
        }
        return post(r).statusCode(200);
    }
}

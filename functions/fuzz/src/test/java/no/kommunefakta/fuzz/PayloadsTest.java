package no.kommunefakta.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PayloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameSeedGivesTheSamePayloads() {
        for (String route : Payloads.ROUTES) {
            assertThat(texts(route, 7, 200)).isEqualTo(texts(route, 7, 200)).isNotEqualTo(texts(route, 8, 200));
        }
    }

    @Test
    void validBodiesAreJsonObjectsOfTheRequestType() throws Exception {
        for (String body : Payloads.sample(Payloads.valid("allocateInternalRent"), new Random(1), 200)) {
            var tree = JSON.readTree(body);
            assertThat(tree.path("pools").isArray()).isTrue();
            assertThat(tree.path("pools").get(0).path("users").size()).isPositive();
        }
    }

    @Test
    void validRentBodiesAskForKnownPartsOrNoneAndVaryTheChoice() throws Exception {
        java.util.Set<String> known = java.util.Set.of("shares", "sharePostings", "traces", "records", "csv");
        java.util.Set<String> seen = new java.util.HashSet<>();
        int without = 0;
        for (String body : Payloads.sample(Payloads.valid("allocateInternalRent"), new Random(2), 300)) {
            var include = JSON.readTree(body).path("include");
            if (include.isMissingNode()) {
                without++;
                continue;
            }
            assertThat(include.isArray()).isTrue();
            include.forEach(p -> seen.add(p.asText()));
        }
        assertThat(seen).isEqualTo(known);
        assertThat(without).isBetween(60, 180);
    }

    @Test
    void invariantsCatchAnAnswerPartGivenWithoutBeingAskedOrMissing() {
        String base = "{\"regime\":\"LOKALEFUNKSJONER\",\"entity\":\"kommune\",\"skjema\":\"0A\",\"aargang\":2024,"
                + "\"region\":\"420400\",\"explanation\":[],\"premisesMap\":[],\"postings\":[],\"reconciliation\":{},"
                + "\"validation\":{\"verdict\":\"OK\"},";
        assertThat(check("allocateInternalRent", 200, base + "\"include\":[\"shares\"],\"pools\":[{\"users\":[{}]}]}"))
                .isEmpty();
        assertThat(check("allocateInternalRent", 200, base + "\"include\":[],\"pools\":[{\"users\":[]}]}"))
                .hasValue("part shares answered without being asked");
        assertThat(check("allocateInternalRent", 200, base + "\"include\":[\"csv\"],\"pools\":[]}"))
                .hasValue("part csv missing");
        assertThat(check("allocateInternalRent", 200, base + "\"include\":[\"shares\"],\"pools\":[{\"users\":"
                + "[{\"postings\":[]}]}]}")).hasValue("part sharePostings answered without being asked");
    }

    @Test
    void validationBodiesCarryThe2023RunArgumentsSometimesAndInEveryShape() throws Exception {
        for (String route : List.of("validatePosting", "validateFile")) {
            java.util.Set<String> companyNumbers = new java.util.TreeSet<>();
            int without = 0;
            int lists2023 = 0;
            int company2023 = 0;
            for (String body : Payloads.sample(Payloads.valid(route), new Random(4), 400)) {
                var tree = JSON.readTree(body);
                boolean year2023 = tree.path("aargang").asText().equals("2023");
                if (!tree.has("foretaksnrArgument")) {
                    without++;
                } else {
                    companyNumbers.add(tree.get("foretaksnrArgument").asText());
                    company2023 += year2023 ? 1 : 0;
                }
                lists2023 += year2023 && tree.path("orgnr").asText().contains(",") ? 1 : 0;
            }
            assertThat(companyNumbers).as(route).contains("964338531", "", "         ", "12345678", "1234567890");
            assertThat(without).as(route).isBetween(240, 360);
            assertThat(company2023).as(route).isPositive();
            assertThat(lists2023).as(route).isPositive();
        }
    }

    @Test
    void bothStructuredAndMutatedPayloadsAreMadeAndSomeAreNotJsonAtAll() {
        Iterator<Payloads.Payload> it = Payloads.stream("validatePosting", 3);
        int mutated = 0;
        int unreadable = 0;
        for (int i = 0; i < 500; i++) {
            Payloads.Payload p = it.next();
            mutated += p.kind().equals("mutated") ? 1 : 0;
            try {
                JSON.readTree(p.body());
            } catch (Exception e) {
                unreadable++;
            }
        }
        assertThat(mutated).isBetween(150, 350);
        assertThat(unreadable).isBetween(50, 450);
    }

    @Test
    void invariantsCatchServerErrorsLeaksAndIncompleteAnswers() {
        assertThat(check("validatePosting", 500, "{\"details\":\"Error id 1\"}")).hasValue("HTTP 500");
        assertThat(check("validatePosting", 400, "{\"error\":\"Cannot deserialize value of type `x`\",\"field\":"
                + "\"body\",\"value\":null}")).get().asString().contains("internals");
        assertThat(check("validatePosting", 400, "{\"error\":\"Feil\",\"value\":null}")).hasValue(
                "4xx not naming the field");
        assertThat(check("validatePosting", 200, "{\"verdict\":\"OK\"}")).isPresent();
        assertThat(check("allocateInternalRent", 200, "{\"regime\":\"X\"}")).isPresent();
        assertThat(check("validatePosting", 400, "<html>")).isPresent();
        assertThat(check("validatePosting", 200, "{\"verdict\":\"OK\",\"findings\":[]}")).isEmpty();
        assertThat(check("validatePosting", 400, "{\"error\":\"Feltet 'art' er for langt\",\"field\":\"art\","
                + "\"value\":\"0100\"}")).isEmpty();
    }

    private static java.util.Optional<String> check(String route, int status, String body) {
        return Invariants.check(route, new Invariants.Answer(status, "application/json",
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(String route, long seed, int n) {
        Iterator<Payloads.Payload> it = Payloads.stream(route, seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(it.next().text());
        }
        return out;
    }
}

package no.kommunefakta.rent;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input is refused with the field and the value named. */
class RentInputTest {

    private final RentAllocator allocator = RentAllocator.standard();

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("no pools", r -> r.putArray("pools"), "pools", "[]"),
                bad("no users", r -> pool(r).putArray("users"), "pools[0].users", "[]"),
                bad("no lines", r -> pool(r).putArray("lines"), "pools[0].lines", "[]"),
                bad("zero quantity", r -> user(r, 1).put("quantity", "0"), "pools[0].users[1].quantity", "0"),
                bad("negative quantity", r -> user(r, 2).put("quantity", "-900"), "pools[0].users[2].quantity", "-900"),
                bad("non-numeric quantity", r -> user(r, 0).put("quantity", "4000 m2"), "pools[0].users[0].quantity",
                        "4000 m2"),
                bad("key total zero", r -> {
                    for (int i = 0; i < 5; i++) {
                        user(r, i).put("quantity", "0");
                    }
                }, "pools[0].users", "0"),
                bad("fylke function in a kommune", r -> user(r, 0).put("funksjon", "510"),
                        "pools[0].users[0].funksjon", "510"),
                bad("190 after 2019", r -> user(r, 3).put("funksjon", "190"), "pools[0].users[3].funksjon", "190"),
                bad("unknown function", r -> user(r, 3).put("funksjon", "999"), "pools[0].users[3].funksjon", "999"),
                bad("duplicate user", r -> user(r, 1).put("id", "skole-a"), "pools[0].users[1].id", "skole-a"),
                bad("non-numeric amount", r -> line(r, 0).put("amount", "2 100 000,00"), "pools[0].lines[0].amount",
                        "2 100 000,00"),
                bad("three decimals", r -> line(r, 1).put("amount", "1400000.001"), "pools[0].lines[1].amount",
                        "1400000.001"),
                bad("report calculated costs", r -> line(r, 4).put("report", true), "pools[0].lines[4].report", "true"),
                bad("unknown kind", r -> line(r, 0).put("kind", "INTERNAL"), "pools[0].lines[0].kind", "INTERNAL"),
                bad("690 after 2019", r -> line(r, 0).put("art", "690"), "pools[0].lines[0].art", "690"),
                bad("depreciation on another art", r -> line(r, 3).put("art", "230"), "pools[0].lines[3].art", "230"),
                bad("more lines than the limit", r -> {
                    ArrayNode lines = pool(r).putArray("lines");
                    for (int i = 0; i <= RentLimits.MAX_LINES; i++) {
                        lines.addObject().put("art", "180").put("amount", "1").put("kind", "EXTERNAL");
                    }
                }, "pools[*].lines", "10001"),
                bad("entity", r -> r.put("entity", "bydel"), "entity", "bydel"),
                bad("year outside the chart", r -> r.put("aargang", "1999"), "aargang", "1999"),
                bad("region", r -> r.put("region", "4204"), "region", "4204"),
                bad("premisesMap to an invalid function", r -> r.putObject("premisesMap").put("253", "190"),
                        "premisesMap.253", "190"),
                bad("art that fails a combination control", r -> line(r, 0).put("art", "800"),
                        "pools[0].lines[0].art", "800"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusesWithFieldAndValue(String name, Consumer<ObjectNode> change, String field, String value)
            throws Exception {
        ObjectNode json = (ObjectNode) Examples.MAPPER.readTree(
                Examples.class.getResourceAsStream("kommune-2024.json"));
        change.accept(json);
        RentRequest request = Examples.MAPPER.treeToValue(json, RentRequest.class);
        assertThatThrownBy(() -> allocator.allocate(request))
                .isInstanceOfSatisfying(RentInputException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
                    org.assertj.core.api.Assertions.assertThat(e.value()).isEqualTo(value);
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).isNotBlank();
                });
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
}

package no.kommunefakta.rent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import no.kommunefakta.posting.Kontostreng;
import no.kommunefakta.rent.RentAllocation.Posting;
import org.junit.jupiter.api.Test;

/**
 * Every documented limit is enforced at the limit itself: the largest value accepted, the smallest refused with the
 * field and the limit named. Together the amount limits keep every posting within the nine characters of a KOSTRA
 * record's belop field ("-99999999" .. "999999999" thousand NOK).
 */
class RentLimitsTest {

    private final RentAllocator allocator = RentAllocator.standard();

    // ------------------------------------------------------------------------------------------------ belop field

    @Test
    void tenLinesOfTenBillionIn2019AreRefusedNotAServerError() {
        // issue 10: the 690 credit would be -100000000 (ten characters)
        List<RentRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(line("230", "10000000000"));
        }
        assertThatThrownBy(() -> allocator.allocate(request("2019", lines, users(1, "202", "1"))))
                .isInstanceOfSatisfying(RentInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pools[0].lines[9].amount");
                    assertThat(e.value()).isEqualTo("10000000000");
                    assertThat(e.getMessage()).contains("99999999000");
                });
    }

    @Test
    void theLargestRequestTotalGivesA690CreditOfNineCharacters() {
        List<RentRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            lines.add(line("230", "10000000000"));
        }
        lines.add(line("230", "9999999000.00"));
        RentAllocation a = allocator.allocate(request("2019", lines, users(1, "202", "1")));
        assertThat(a.postings()).extracting(Posting::art, Posting::belop)
                .contains(org.assertj.core.api.Assertions.tuple("690", -99_999_999L),
                        org.assertj.core.api.Assertions.tuple("230", 99_999_999L));
        assertThat(a.postings()).allSatisfy(p -> assertThat(p.toKontostreng().toRecord())
                .hasSize(Kontostreng.RECORD_LENGTH));
    }

    @Test
    void oneOreAboveTheRequestTotalIsRefused() {
        List<RentRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            lines.add(line("230", "10000000000"));
        }
        lines.add(line("230", "9999999000.01"));
        assertThatThrownBy(() -> allocator.allocate(request("2019", lines, users(1, "202", "1"))))
                .isInstanceOfSatisfying(RentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("pools[0].lines[9].amount"));
    }

    @Test
    void theLargestNegativeTotalFromTwentyTwentyFitsTheField() {
        // income lines (negative) whose exact posting is -99 999 999 000 NOK: belop -99999999, nine characters
        List<RentRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            lines.add(line("710", "-10000000000"));
        }
        lines.add(line("710", "-9999999000.00"));
        RentAllocation a = allocator.allocate(request("2024", lines, users(3, "202", "1")));
        assertThat(a.postings()).extracting(Posting::belop).containsExactly(-99_999_999L);
        assertThat(a.postings().get(0).toKontostreng().belop()).isEqualTo("-99999999");
    }

    @Test
    void lineAmountLimitBothSigns() {
        assertThat(allocator.allocate(request("2024", List.of(line("230", "10000000000.00")), users(1, "202", "1")))
                .postings()).extracting(Posting::belop).containsExactly(10_000_000L);
        assertThat(allocator.allocate(request("2024", List.of(line("710", "-10000000000.00")), users(1, "202", "1")))
                .postings()).extracting(Posting::belop).containsExactly(-10_000_000L);
        for (String amount : List.of("10000000000.01", "-10000000000.01")) {
            assertThatThrownBy(() -> allocator.allocate(request("2024", List.of(line("230", amount)),
                    users(1, "202", "1"))))
                    .isInstanceOfSatisfying(RentInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("pools[0].lines[0].amount");
                        assertThat(e.value()).isEqualTo(amount);
                        assertThat(e.getMessage()).contains("10000000000.00");
                    });
        }
    }

    // --------------------------------------------------------------------------------------------- quantities

    @Test
    void quantityLimits() {
        assertThat(allocator.allocate(request("2024", List.of(line("230", "1000")),
                List.of(new RentRequest.User("a", "202", "1000000000"), new RentRequest.User("b", "201",
                        "0.000001")))).postings()).isNotEmpty();
        refused("1000000000.000001", "1000000000");
        refused("1000000001", "1000000000");
        refused("0.0000001", "6");
        refused("10000000000000000000000000000000000000000000", "1000000000");
    }

    private void refused(String quantity, String limitInMessage) {
        assertThatThrownBy(() -> allocator.allocate(request("2024", List.of(line("230", "1000")),
                List.of(new RentRequest.User("a", "202", quantity)))))
                .isInstanceOfSatisfying(RentInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pools[0].users[0].quantity");
                    assertThat(e.value()).isEqualTo(quantity);
                    assertThat(e.getMessage()).contains(limitInMessage);
                });
    }

    // ------------------------------------------------------------------------------------- counts per request

    @Test
    void linesPerRequest() {
        List<RentRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < RentLimits.MAX_LINES; i++) {
            lines.add(line("230", "1"));
        }
        assertThat(allocator.allocate(request("2024", lines, users(1, "202", "1"))).reconciliation()
                .reportableNok()).isEqualTo("10000.00");
        lines.add(line("230", "1"));
        assertThatThrownBy(() -> allocator.allocate(request("2024", lines, users(1, "202", "1"))))
                .isInstanceOfSatisfying(RentInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pools[*].lines");
                    assertThat(e.value()).isEqualTo("10001");
                    assertThat(e.getMessage()).contains("10000");
                });
    }

    @Test
    void usersPerRequest() {
        List<RentRequest.User> users = users(RentLimits.MAX_USERS, "202", "1");
        assertThat(allocator.allocate(request("2024", List.of(line("230", "100000")), users)).postings())
                .extracting(Posting::belop).containsExactly(100L);
        List<RentRequest.User> more = new ArrayList<>(users);
        more.add(new RentRequest.User("one-more", "202", "1"));
        assertThatThrownBy(() -> allocator.allocate(request("2024", List.of(line("230", "100000")), more)))
                .isInstanceOfSatisfying(RentInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pools[*].users");
                    assertThat(e.value()).isEqualTo("100001");
                    assertThat(e.getMessage()).contains("100000");
                });
    }

    @Test
    void poolsPerRequest() {
        List<RentRequest.Pool> pools = new ArrayList<>();
        for (int i = 0; i < RentLimits.MAX_POOLS; i++) {
            pools.add(new RentRequest.Pool("b" + i, null, null, List.of(line("230", "1000")), users(1, "202", "1")));
        }
        assertThat(allocator.allocate(new RentRequest("kommune", "420400", null, "2024", pools, null))
                .reconciliation().reportableKnok()).isEqualTo(1000L);
        pools.add(new RentRequest.Pool("b-last", null, null, List.of(line("230", "1000")), users(1, "202", "1")));
        assertThatThrownBy(() -> allocator.allocate(new RentRequest("kommune", "420400", null, "2024", pools, null)))
                .isInstanceOfSatisfying(RentInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pools");
                    assertThat(e.value()).isEqualTo("1001");
                    assertThat(e.getMessage()).contains("1000");
                });
    }

    @Test
    void lineUserSplitsPerRequest() {
        // 1000 lines x 10 000 users = 10 000 000 splits: accepted; one more pool of one line and one user is refused
        List<RentRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(line("230", "1"));
        }
        List<RentRequest.Pool> pools = new ArrayList<>();
        pools.add(new RentRequest.Pool("b0", null, null, lines, users(10_000, "202", "1")));
        assertThat(allocator.allocate(new RentRequest("kommune", "420400", null, "2024", pools, null))
                .reconciliation().reportableKnok()).isEqualTo(1L);
        pools.add(new RentRequest.Pool("b1", null, null, List.of(line("230", "1")), users(1, "202", "1")));
        assertThatThrownBy(() -> allocator.allocate(new RentRequest("kommune", "420400", null, "2024", pools, null)))
                .isInstanceOfSatisfying(RentInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("pools");
                    assertThat(e.value()).isEqualTo("10000001");
                    assertThat(e.getMessage()).contains("10000000");
                });
    }

    // ------------------------------------------------------------------------------------------------- helpers

    static RentRequest.Line line(String art, String amount) {
        return new RentRequest.Line(art, amount, "EXTERNAL", null, null);
    }

    static List<RentRequest.User> users(int n, String funksjon, String quantity) {
        List<RentRequest.User> users = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            users.add(new RentRequest.User("u" + i, funksjon, quantity));
        }
        return users;
    }

    static RentRequest request(String year, List<RentRequest.Line> lines, List<RentRequest.User> users) {
        return new RentRequest("kommune", "420400", null, year,
                List.of(new RentRequest.Pool("b1", null, null, lines, users)), null);
    }
}

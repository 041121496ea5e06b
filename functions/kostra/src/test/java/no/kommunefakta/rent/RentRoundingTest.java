package no.kommunefakta.rent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import no.kommunefakta.rent.RentAllocation.Posting;
import no.kommunefakta.rent.RentAllocation.UserShare;
import org.junit.jupiter.api.Test;

/** The rounding defects found by the audit of issue 13, each as the audit found it. */
class RentRoundingTest {

    private final RentAllocator allocator = RentAllocator.standard();

    @Test
    void tiesInThousandsDoNotAllFavourTheLowestFunction() {
        // 2024, users 202 and 201 at 100 m² each, ten lines of 1000.00 NOK on ten arts: every cell is exactly 0.5
        // kNOK; each function's exact total is 5 kNOK, so each must get 5 (before: 221 got 10, 222 got 0)
        String[] arts = {"010", "020", "050", "090", "099", "120", "180", "185", "200", "230"};
        List<RentRequest.Line> lines = new ArrayList<>();
        for (String art : arts) {
            lines.add(new RentRequest.Line(art, "1000.00", "EXTERNAL", null, null));
        }
        RentAllocation a = Examples.allParts(allocator, RentLimitsTest.request("2024", lines, List.of(
                new RentRequest.User("skole", "202", "100"), new RentRequest.User("barnehage", "201", "100"))));
        assertThat(total(a, "221")).isEqualTo(5);
        assertThat(total(a, "222")).isEqualTo(5);
        assertThat(a.postings()).allSatisfy(p -> assertThat(p.belop()).isBetween(0L, 1L));
    }

    @Test
    void tiesInOreRotateOverTheUsers() {
        // three equal users, arts 010/180/230 at 0.01 each: each user 0.01 (before: 0.03 / 0 / 0)
        RentAllocation a = Examples.allParts(allocator, RentLimitsTest.request("2024", List.of(
                RentLimitsTest.line("010", "0.01"), RentLimitsTest.line("180", "0.01"),
                RentLimitsTest.line("230", "0.01")), RentLimitsTest.users(3, "202", "1")));
        assertThat(a.pools().get(0).users().orElseThrow()).extracting(UserShare::internalRentNok)
                .containsExactly("0.01", "0.01", "0.01");
    }

    @Test
    void splittingMinusXMirrorsSplittingX() {
        // +0.01 on 230 and -0.01 on 180 over two equal users: nobody is charged anything (before: +0.01 and -0.01)
        RentAllocation a = Examples.allParts(allocator, RentLimitsTest.request("2024", List.of(
                RentLimitsTest.line("230", "0.01"), RentLimitsTest.line("180", "-0.01")),
                RentLimitsTest.users(2, "202", "1")));
        assertThat(a.pools().get(0).users().orElseThrow()).extracting(UserShare::internalRentNok).containsExactly("0.00", "0.00");
    }

    private static long total(RentAllocation a, String funksjon) {
        return a.postings().stream().filter(p -> p.funksjon().equals(funksjon)).mapToLong(Posting::belop).sum();
    }
}

package no.kommunefakta.rent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import no.kommunefakta.money.Money;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.rent.RentAllocation.PoolResult;
import no.kommunefakta.rent.RentAllocation.Posting;
import no.kommunefakta.rent.RentAllocation.UserShare;

/**
 * Over 10 000 random requests (kommune or fylkeskommune, 1-3 pools, 1-6 lines, 1-25 users, random areas, amounts
 * (a quarter of the external lines negative) and kinds, both regimes): every split sums exactly at the øre and at the
 * 1000-NOK level, every part has the sign of its line, every posting and every funksjon's total is within 1 (1000
 * NOK) of its exact value, and the postings pass the validators.
 */
class RentPropertiesTest {

    private static final String[] KOMMUNE_USERS = {"120", "201", "202", "213", "215", "241", "253", "370", "380", "383"};
    private static final String[] FYLKE_USERS = {"420", "515", "521", "526", "559", "660", "665", "730", "740"};
    private static final String[] ARTS = {"010", "020", "090", "099", "120", "180", "185", "190", "195", "230", "240",
            "250", "260"};
    private static final RentAllocator ALLOCATOR = RentAllocator.standard();

    @Property(tries = 10_000)
    void partsSumExactlyAndNoShareIsNegative(@ForAll long seed) {
        Random random = new Random(seed);
        RentRequest request = randomRequest(random);
        RentAllocation a = Examples.allParts(ALLOCATOR, request);

        long reportableOre = 0;
        for (PoolResult pool : a.pools()) {
            long users = 0;
            long usersReportable = 0;
            for (UserShare u : pool.users().orElseThrow()) {
                long rent = ore(u.internalRentNok());
                long reportable = ore(u.reportableNok());
                long calculated = ore(u.calculatedNok());
                if (nonNegative(request)) {
                    assertThat(reportable).isNotNegative();
                    assertThat(calculated).isNotNegative();
                }
                assertThat(rent).isEqualTo(reportable + calculated);
                assertThat(u.postings().orElseThrow().stream().mapToLong(p -> ore(p.amountNok())).sum()).isEqualTo(reportable);
                users += rent;
                usersReportable += reportable;
            }
            assertThat(users).isEqualTo(ore(pool.totalNok()));
            assertThat(usersReportable).isEqualTo(ore(pool.reportableNok()));
            reportableOre += usersReportable;
        }
        long rounded = Money.ofOre(reportableOre).thousands(RoundingMode.HALF_UP);
        assertThat(a.reconciliation().reportableKnok()).isEqualTo(rounded);
        assertThat(a.postings().stream().mapToLong(Posting::belop).sum()).isEqualTo(rounded);
        // every posting, and every funksjon's total, within 1 of its exact value in 1000 NOK
        java.util.Map<String, long[]> perFunksjon = new java.util.TreeMap<>();
        for (RentAllocation.PostingTrace t : a.traces().orElseThrow()) {
            long exact = ore(t.exactNok());
            assertThat(Math.abs(t.belop() * Money.ORE_PER_THOUSAND - exact)).isLessThan(Money.ORE_PER_THOUSAND);
            assertThat(a.postings().get(t.posting()).belop()).isEqualTo(t.belop());
            long[] f = perFunksjon.computeIfAbsent(t.kontoklasse() + t.funksjon(), k -> new long[2]);
            f[0] += exact;
            f[1] += t.belop();
        }
        perFunksjon.values().forEach(f -> assertThat(Math.abs(f[1] * Money.ORE_PER_THOUSAND - f[0]))
                .isLessThan(Money.ORE_PER_THOUSAND));
        if (a.regime() == Regime.FORDELTE_UTGIFTER) {
            assertThat(a.netting().get(0).sumKnok()).isZero();
            if (nonNegative(request)) {
                assertThat(a.postings()).filteredOn(p -> !p.funksjon().equals(a.netting().get(0).funksjon()))
                        .allSatisfy(p -> assertThat(p.belop()).isNotNegative());
            }
        } else if (nonNegative(request)) {
            assertThat(a.postings()).allSatisfy(p -> assertThat(p.belop()).isNotNegative());
        }
        assertThat(a.validation().verdict()).isLessThan(Severity.ERROR);
    }

    private static boolean nonNegative(RentRequest request) {
        return request.pools().stream().flatMap(p -> p.lines().stream()).noneMatch(l -> l.amount().startsWith("-"));
    }

    static RentRequest randomRequest(Random random) {
        int year = 2018 + random.nextInt(9);
        boolean fylke = random.nextInt(4) == 0;
        String[] userFunctions = fylke ? FYLKE_USERS : KOMMUNE_USERS;
        List<RentRequest.Pool> pools = new ArrayList<>();
        int poolCount = 1 + random.nextInt(3);
        for (int p = 0; p < poolCount; p++) {
            List<RentRequest.Line> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(6);
            for (int l = 0; l < lineCount; l++) {
                int kind = random.nextInt(10);
                String amount = BigDecimal.valueOf(random.nextInt(4) == 0 ? random.nextInt(100_000)
                        : (long) (random.nextDouble() * 5_000_000_000L), 2).toPlainString();
                if (kind == 0) {
                    lines.add(new RentRequest.Line(null, amount, "CALCULATED", null, null));
                } else if (kind == 1) {
                    lines.add(new RentRequest.Line("590", amount, "DEPRECIATION", null, null));
                } else {
                    String signed = random.nextInt(4) == 0 && !amount.equals("0.00") ? "-" + amount : amount;
                    lines.add(new RentRequest.Line(ARTS[random.nextInt(ARTS.length)], signed, "EXTERNAL", null, null));
                }
            }
            List<RentRequest.User> users = new ArrayList<>();
            int userCount = 1 + random.nextInt(25);
            for (int u = 0; u < userCount; u++) {
                String quantity = random.nextBoolean() ? Integer.toString(1 + random.nextInt(20_000))
                        : BigDecimal.valueOf(1 + random.nextInt(2_000_000), 2).toPlainString();
                users.add(new RentRequest.User("u" + u, userFunctions[random.nextInt(userFunctions.length)], quantity));
            }
            pools.add(new RentRequest.Pool("p" + p, null, null, lines, users));
        }
        // Agder and Kristiansand by the numbers of the year (the 2018 program refuses the 2020 numbers)
        String region = year < 2020 ? (fylke ? "100000" : "100100") : (fylke ? "420000" : "420400");
        return new RentRequest(fylke ? "fylkeskommune" : "kommune", region, null, Integer.toString(year), pools,
                null);
    }

    private static long ore(String nok) {
        return Money.parse("nok", nok).ore();
    }
}

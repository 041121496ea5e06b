package no.kommunefakta.rent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import no.kommunefakta.money.Allocator;
import no.kommunefakta.money.Money;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.rent.RentAllocation.Posting;
import no.kommunefakta.rent.RentAllocation.UserShare;
import org.junit.jupiter.api.Test;

/** Both regimes with numbers checked by hand (the working is in the comments). */
class RentAllocatorTest {

    private final RentAllocator allocator = RentAllocator.standard();

    @Test
    void theSeedsHospitalIn1999SplitsByGrossAreaExactly() {
        // KRD 1999: a hospital's shared costs split over 610/640/650 by gross area. 1999 is outside the chart we
        // carry (2018-2026), so this is the arithmetic alone: 4 190 000.00 NOK over 5250.5 / 3100.25 / 1649.25 m².
        Money[] parts = Allocator.split(Money.parse("amount", "4190000.00"), new java.math.BigDecimal[]{
                new java.math.BigDecimal("5250.5"), new java.math.BigDecimal("3100.25"),
                new java.math.BigDecimal("1649.25")});
        assertThat(parts).extracting(Money::toString).containsExactly("2199959.50", "1299004.75", "691035.75");
    }

    @Test
    void helsehus2019UsesFordelteUtgifterAndNetsToZero() {
        RentAllocation a = Examples.allParts(allocator, Examples.helsehus2019());

        assertThat(a.regime()).isEqualTo(Regime.FORDELTE_UTGIFTER);
        assertThat(a.skjema()).isEqualTo("0A");
        // shares 0.52505 / 0.310025 / 0.164925 of each line (all exact to the øre here):
        // 241: 630 060 + 446 292.50 + 336 032 + 787 575 = 2 199 959.50 reportable, + 210 020 calculated
        // 242: 372 030 + 263 521.25 + 198 416 + 465 037.50 = 1 299 004.75, + 124 010
        // 232: 197 910 + 140 186.25 + 105 552 + 247 387.50 = 691 035.75, + 65 970
        assertThat(a.pools().get(0).users().orElseThrow())
                .extracting(UserShare::id, UserShare::share, UserShare::reportableNok, UserShare::calculatedNok,
                        UserShare::internalRentNok)
                .containsExactly(
                        tuple("somatikk", "0.525050", "2199959.50", "210020.00", "2409979.50"),
                        tuple("psykisk-helse-voksne", "0.310025", "1299004.75", "124010.00", "1423014.75"),
                        tuple("barn-og-unge", "0.164925", "691035.75", "65970.00", "757005.75"));
        // kNOK: costs on 190 keep their art (1200, 640, 850, 1500 = 4190); charges art 190: 2199.9595 / 1299.00475 /
        // 691.03575 -> floors 2199 + 1299 + 691 = 4189, the missing 1 to the largest remainder (241); credit -4190.
        assertThat(a.postings()).extracting(Posting::funksjon, Posting::art, Posting::belop).containsExactly(
                tuple("190", "010", 1200L), tuple("190", "180", 640L), tuple("190", "230", 850L),
                tuple("190", "590", 1500L), tuple("190", "690", -4190L),
                tuple("232", "190", 691L), tuple("241", "190", 2200L), tuple("242", "190", 1299L));
        assertThat(a.netting().get(0).funksjon()).isEqualTo("190");
        assertThat(a.netting().get(0).sumKnok()).isZero();
        assertThat(a.netting().get(0).nets()).isTrue();
        assertThat(a.reconciliation().reportableNok()).isEqualTo("4190000.00");
        assertThat(a.reconciliation().postingsSumKnok()).isEqualTo(4190L);
        assertThat(a.validation().verdict()).isIn(Severity.OK, Severity.INFO, Severity.WARNING);
        assertThat(a.validation().fileFindings()).noneMatch(f -> f.severity().compareTo(Severity.ERROR) >= 0);
    }

    @Test
    void kommune2024ReportsOnPremisesFunctionsKeepingTheArt() {
        RentAllocation a = Examples.allParts(allocator, Examples.kommune2024());

        assertThat(a.regime()).isEqualTo(Regime.LOKALEFUNKSJONER);
        assertThat(a.netting()).isEmpty();
        // 14 000 m²: schools 7 500 -> 222, kindergartens 1 500 -> 221, nursing home 5 000 -> 261.
        // 230: 70 000 001 øre over 4000/3500/900/600/5000: floors 20 000 000 / 17 500 000 / 4 500 000 / 3 000 000 /
        // 25 000 000, remainders .2857/.25/.0643/.0429/.3571: the missing øre goes to the nursing home.
        assertThat(a.pools().get(0).users().orElseThrow())
                .extracting(UserShare::id, UserShare::premisesFunksjon, UserShare::reportableNok,
                        UserShare::internalRentNok)
                .containsExactly(
                        tuple("skole-a", "222", "2000000.00", "2300000.00"),
                        tuple("skole-b", "222", "1750000.00", "2012500.00"),
                        tuple("barnehage-sol", "221", "450000.00", "517500.00"),
                        tuple("barnehage-mane", "221", "300000.00", "345000.00"),
                        tuple("sykehjem", "261", "2500000.01", "2875000.01"));
        assertThat(a.pools().get(0).users().orElseThrow().get(4).postings().orElseThrow())
                .extracting(RentAllocation.UserPosting::art, RentAllocation.UserPosting::amountNok)
                .containsExactly(tuple("010", "750000.00"), tuple("180", "500000.00"), tuple("230", "250000.01"),
                        tuple("590", "1000000.00"));
        assertThat(a.postings()).extracting(Posting::funksjon, Posting::art, Posting::belop).containsExactly(
                tuple("221", "010", 225L), tuple("221", "180", 150L), tuple("221", "230", 75L),
                tuple("221", "590", 300L),
                tuple("222", "010", 1125L), tuple("222", "180", 750L), tuple("222", "230", 375L),
                tuple("222", "590", 1500L),
                tuple("261", "010", 750L), tuple("261", "180", 500L), tuple("261", "230", 250L),
                tuple("261", "590", 1000L));
        assertThat(a.reconciliation().reportableNok()).isEqualTo("7000000.01");
        assertThat(a.reconciliation().reportableKnok()).isEqualTo(7000L);
        assertThat(a.reconciliation().postingsSumKnok()).isEqualTo(7000L);
        assertThat(a.postings()).allSatisfy(p -> {
            assertThat(p.skjema()).isEqualTo("0A");
            assertThat(p.aargang()).isEqualTo("2024");
            assertThat(p.kontoklasse()).isEqualTo("1");
            assertThat(p.region()).isEqualTo("420400");
            assertThat(p.toKontostreng().toRecord()).hasSize(48);
        });
        assertThat(a.validation().verdict()).isIn(Severity.OK, Severity.INFO, Severity.WARNING);
        assertThat(a.premisesMap()).extracting(Lokalefunksjoner.Mapping::serviceFunksjon,
                Lokalefunksjoner.Mapping::premisesFunksjon, Lokalefunksjoner.Mapping::basis).containsExactly(
                tuple("201", "221", Lokalefunksjoner.Basis.INFERENCE),
                tuple("202", "222", Lokalefunksjoner.Basis.INFERENCE),
                tuple("253", "261", Lokalefunksjoner.Basis.INFERENCE));
    }

    @Test
    void calculatedCostsEnterTheRentButNoPosting() {
        RentAllocation a = Examples.allParts(allocator, Examples.kommune2024());
        assertThat(a.pools().get(0).calculatedNok()).isEqualTo("1050000.00");
        assertThat(a.pools().get(0).lines()).filteredOn(l -> l.kind() == CostKind.CALCULATED)
                .extracting(RentAllocation.LineResult::reported).containsExactly(false);
        long rentOre = a.pools().get(0).users().orElseThrow().stream()
                .mapToLong(u -> Money.parse("rent", u.internalRentNok()).ore()).sum();
        assertThat(Money.ofOre(rentOre).toString()).isEqualTo("8050000.01"); // 7 000 000.01 + 1 050 000
        assertThat(a.reconciliation().postingsSumKnok()).isEqualTo(7000L);
    }

    @Test
    void theRequestOverridesAnInferredMapping() {
        RentRequest base = Examples.kommune2024();
        RentRequest overridden = new RentRequest(base.entity(), base.region(), base.orgnr(), base.aargang(),
                base.pools(), Map.of("253", "253"));
        RentAllocation a = Examples.allParts(allocator, overridden);
        assertThat(a.postings()).extracting(Posting::funksjon).contains("253").doesNotContain("261");
        assertThat(a.premisesMap()).filteredOn(m -> m.serviceFunksjon().equals("253"))
                .extracting(Lokalefunksjoner.Mapping::basis).containsExactly(Lokalefunksjoner.Basis.REQUEST);
    }

    @Test
    void fylkeskommune2019NetsOn490() {
        RentRequest r = new RentRequest("fylkeskommune", "100000", null, "2019", List.of(new RentRequest.Pool("skole",
                null, null, List.of(new RentRequest.Line("230", "99999.99", "EXTERNAL", null, null)),
                List.of(new RentRequest.User("a", "521", "1"), new RentRequest.User("b", "420", "2")))), null);
        RentAllocation a = Examples.allParts(allocator, r);
        // 99 999.99 NOK -> 100 kNOK; 490/230 +100, 490/690 -100; charges: 510 (from 521) 33.333333, 430 (from 420)
        // 66.666666 -> floors 33 + 66, the missing one to 430 (remainder .666666 > .333333)
        assertThat(a.postings()).extracting(Posting::skjema, Posting::funksjon, Posting::art, Posting::belop)
                .containsExactly(tuple("0C", "430", "190", 67L), tuple("0C", "490", "230", 100L),
                        tuple("0C", "490", "690", -100L), tuple("0C", "510", "190", 33L));
        assertThat(a.netting().get(0).funksjon()).isEqualTo("490");
        assertThat(a.netting().get(0).sumKnok()).isZero();
    }

    @Test
    void smallPostingsRoundedToZeroAreListedNotDropped() {
        RentRequest r = new RentRequest("kommune", "420400", null, "2024", List.of(new RentRequest.Pool("p", null,
                null, List.of(new RentRequest.Line("180", "1200.00", "EXTERNAL", null, null)),
                List.of(new RentRequest.User("a", "202", "1"), new RentRequest.User("b", "201", "1"),
                        new RentRequest.User("c", "253", "1")))), null);
        RentAllocation a = Examples.allParts(allocator, r);
        // 400 NOK on each of 221, 222, 261 -> 1200 NOK = 1 kNOK in total, carried by the first posting (221)
        assertThat(a.postings()).extracting(Posting::funksjon, Posting::belop)
                .containsExactly(tuple("221", 1L), tuple("222", 0L), tuple("261", 0L));
        assertThat(a.reconciliation().roundedToZero()).extracting(RentAllocation.UserPosting::funksjon,
                RentAllocation.UserPosting::amountNok).containsExactly(tuple("222", "400.00"), tuple("261", "400.00"));
    }

    @Test
    void aRefundLineIsReportedAsNegativeIncomeOnThePremisesFunctions() {
        RentRequest r = new RentRequest("kommune", "420400", null, "2024", List.of(new RentRequest.Pool("p", null,
                null, List.of(new RentRequest.Line("010", "300000", "EXTERNAL", null, null),
                new RentRequest.Line("710", "-30000", "EXTERNAL", null, "sykelønnsrefusjon")),
                List.of(new RentRequest.User("skole", "202", "2"), new RentRequest.User("bhg", "201", "1")))), null);
        RentAllocation a = Examples.allParts(allocator, r);
        // 270 000 net: 010 300 000 -> 200 000 / 100 000; 710 -30 000 -> -20 000 / -10 000
        assertThat(a.postings()).extracting(Posting::funksjon, Posting::art, Posting::belop).containsExactly(
                tuple("221", "010", 100L), tuple("221", "710", -10L), tuple("222", "010", 200L),
                tuple("222", "710", -20L));
        assertThat(a.pools().get(0).users().orElseThrow()).extracting(UserShare::reportableNok)
                .containsExactly("180000.00", "90000.00");
        assertThat(a.reconciliation().postingsSumKnok()).isEqualTo(270L);
    }

    @Test
    void aPostingIsTheJsonViewOfTheValidatorsRecordType() {
        // RentAllocation.Posting and posting.Kontostreng are one record in two shapes, converted both ways
        RentAllocation a = Examples.allParts(allocator, Examples.helsehus2019());
        for (int i = 0; i < a.postings().size(); i++) {
            Posting p = a.postings().get(i);
            no.kommunefakta.posting.Kontostreng k = p.toKontostreng();
            assertThat(k.toRecord()).isEqualTo(a.records().orElseThrow().get(i));
            assertThat(Posting.of(no.kommunefakta.posting.Kontostreng.parse(k.toRecord()))).isEqualTo(p);
        }
        assertThat(a.records().orElseThrow().get(4)).isEqualTo("0A2019 100100                  1190 690    -4190");
    }
}

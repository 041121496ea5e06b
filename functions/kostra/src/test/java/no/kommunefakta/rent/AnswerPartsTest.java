package no.kommunefakta.rent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The optional answer parts: answered when asked, left out when not, an unknown part refused. */
class AnswerPartsTest {
    private final RentAllocator allocator = RentAllocator.standard();

    @Test
    void byDefaultTheSharesWithoutTheirPostingsAndNoneOfThePostingExports() {
        RentAllocation a = allocator.allocate(Examples.kommune2024());

        assertThat(a.include()).containsExactly("shares");
        assertThat(a.pools().get(0).users().orElseThrow()).extracting(RentAllocation.UserShare::internalRentNok)
                .hasSize(5).allSatisfy(rent -> assertThat(rent).isNotEqualTo("0.00"));
        assertThat(a.pools().get(0).users().orElseThrow()).allSatisfy(u -> assertThat(u.postings()).isEmpty());
        assertThat(a.traces()).isEmpty();
        assertThat(a.records()).isEmpty();
        assertThat(a.csv()).isEmpty();
        assertThat(a.postings()).hasSize(12);
    }

    @Test
    void eachPartIsAnsweredWhenAskedAndTheRestIsNot() {
        RentRequest request = Examples.kommune2024();
        for (AnswerPart part : AnswerPart.values()) {
            RentAllocation a = allocator.allocate(request.including(part));
            boolean shares = part == AnswerPart.SHARES || part == AnswerPart.SHARE_POSTINGS;
            assertThat(a.pools().get(0).users().isPresent()).as(part.jsonName()).isEqualTo(shares);
            assertThat(a.pools().get(0).users().stream().flatMap(List::stream).allMatch(u -> u.postings().isPresent()))
                    .as(part.jsonName()).isEqualTo(part != AnswerPart.SHARES);
            assertThat(a.traces().map(List::size)).as(part.jsonName())
                    .isEqualTo(part == AnswerPart.TRACES ? java.util.Optional.of(12) : java.util.Optional.empty());
            assertThat(a.records().map(List::size)).as(part.jsonName())
                    .isEqualTo(part == AnswerPart.RECORDS ? java.util.Optional.of(12) : java.util.Optional.empty());
            assertThat(a.csv().map(csv -> csv.split("\r\n").length)).as(part.jsonName())
                    .isEqualTo(part == AnswerPart.CSV ? java.util.Optional.of(13) : java.util.Optional.empty());
            assertThat(a.include()).as(part.jsonName()).containsExactlyElementsOf(part == AnswerPart.SHARE_POSTINGS
                    ? List.of("shares", "sharePostings") : List.of(part.jsonName()));
        }
    }

    @Test
    void theSamePostingsWhicheverPartsAreAsked() {
        RentRequest request = Examples.helsehus2019();
        RentAllocation all = Examples.allParts(allocator, request);
        RentAllocation none = allocator.allocate(new RentRequest(request.entity(), request.region(), request.orgnr(),
                request.aargang(), request.pools(), request.premisesMap(), List.of()));

        assertThat(none.include()).isEmpty();
        assertThat(none.pools().get(0).users()).isEmpty();
        assertThat(none.postings()).isEqualTo(all.postings());
        assertThat(none.reconciliation()).isEqualTo(all.reconciliation());
        assertThat(none.netting()).isEqualTo(all.netting());
        assertThat(none.validation()).isEqualTo(all.validation());
        assertThat(all.include()).containsExactly("shares", "sharePostings", "traces", "records", "csv");
    }

    @Test
    void partsAreReadTrimmedAndCaseInsensitiveAndAnUnknownOneIsRefusedByPosition() {
        RentRequest r = Examples.kommune2024();
        RentAllocation a = allocator.allocate(new RentRequest(r.entity(), r.region(), r.orgnr(), r.aargang(),
                r.pools(), r.premisesMap(), List.of(" CSV ", "records", "csv")));
        assertThat(a.include()).containsExactly("records", "csv");

        for (String bad : List.of("postings", "trace", "")) {
            RentRequest request = new RentRequest(r.entity(), r.region(), r.orgnr(), r.aargang(), r.pools(),
                    r.premisesMap(), Arrays.asList("csv", bad));
            assertThatThrownBy(() -> allocator.allocate(request)).isInstanceOfSatisfying(RentInputException.class,
                    e -> {
                        assertThat(e.field()).isEqualTo("include[1]");
                        assertThat(e.value()).isEqualTo(bad);
                        assertThat(e.getMessage()).contains("shares, sharePostings, traces, records, csv");
                    });
        }
        RentRequest nullPart = new RentRequest(r.entity(), r.region(), r.orgnr(), r.aargang(), r.pools(),
                r.premisesMap(), Arrays.asList((String) null));
        assertThatThrownBy(() -> allocator.allocate(nullPart)).isInstanceOfSatisfying(RentInputException.class,
                e -> assertThat(e.field()).isEqualTo("include[0]"));
    }
}

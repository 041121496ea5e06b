package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import no.kommunefakta.posting.validation.PostingValidator;

class PostingValidatorTest {

    private static final ValidationContext A = annual("0A", 2026, "110300");

    @Test
    void kontostrengAndRawRecordGiveTheSameResult() {
        String record = rec(A, "1", "841", "010", 100);
        ValidationResult raw = PostingValidator.standard().validate(A, record);
        ValidationResult parsed = PostingValidator.standard().validate(A, Kontostreng.parse(record));
        assertThat(parsed).isEqualTo(raw);
        assertThat(raw.verdict()).isEqualTo(Severity.ERROR);
        assertThat(raw.findings()).singleElement().satisfies(f -> {
            assertThat(f.control()).isEqualTo("020");
            assertThat(f.lines()).isEmpty();
            assertThat(f.message()).contains("investeringsregnskapet");
        });
    }

    @Test
    void concurrentUseGivesTheSameResultsAsSequential() {
        List<ValidationContext> contexts = List.of(A, annual("0C", 2019, "460000"), annual("0M", 2024, "030100"),
                Poster.ctx("0AK3", "2026", "3", "110300", null));
        List<String> funksjoner = List.of("120", "190", "420", "841", "999", "850");
        List<Runnable> checks = new java.util.ArrayList<>();
        java.util.Map<String, ValidationResult> expected = new java.util.HashMap<>();
        for (ValidationContext c : contexts) {
            for (String f : funksjoner) {
                String record = rec(c, c.skjema().startsWith("0A") || c.skjema().equals("0C") ? "1" : "3", f, "010", 7);
                expected.put(c + record, PostingValidator.standard().validate(c, record));
                checks.add(() -> assertThat(PostingValidator.standard().validate(c, record))
                        .isEqualTo(expected.get(c + record)));
            }
        }
        java.util.stream.IntStream.range(0, 200).parallel().forEach(i -> checks.get(i % checks.size()).run());
    }

    @Test
    void singletonIsShared() {
        assertThat(PostingValidator.standard()).isSameAs(PostingValidator.standard());
    }

    @Test
    void emptyRecordRunsNoPostingControl() {
        assertThat(PostingValidator.standard().validate(A, "")).isEqualTo(new ValidationResult(Severity.OK, List.of()));
    }

    @Test
    void verdictIsTheHighestSeverity() {
        ValidationResult r = PostingValidator.standard().validate(A, rec(A, "0", "100", "620", 100));
        assertThat(r.findings()).extracting(Finding::control).containsExactly("045", "055");
        assertThat(r.verdict()).isEqualTo(Severity.INFO);
    }

    @Test
    void missingRegionArgumentGivesControl006NotACrash() {
        ValidationContext noRegion = new ValidationContext("0A", "2026", " ", null, null);
        ValidationResult r = PostingValidator.standard().validate(noRegion, rec(A, "1", "120", "010", 100));
        assertThat(r.findings()).extracting(Finding::control).containsExactly("006");
    }

    @Test
    void nullPostingIsRejected() {
        assertThatThrownBy(() -> PostingValidator.standard().validate(A, (Kontostreng) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("posting");
    }
}

package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.posting.rule.Utgave;
import org.junit.jupiter.api.Test;
import no.kommunefakta.posting.validation.FileValidator;
import no.kommunefakta.posting.validation.PostingValidator;

/**
 * Every deliberate difference from the official release of the year, as listed in the {@code posting} package
 * documentation and {@code src/test/resources/conformance/README.md}: each test shows our answer where the official
 * program's differs. Nothing else may differ (see {@link YearCorpusTest}).
 */
class DeliberateDifferencesTest {

    private static final String RECORD_0A = "0A2026 110300                  1120 010      100";

    @Test
    void unknownSkjemaCarriesTheRuleNameAsControlId() {
        // the program reports a report entry named "Ukjent skjema" without a control number
        ValidationResult r = PostingValidator.standard().validate(ctx("0Z", "2026", " ", "110300", null), RECORD_0A);
        assertThat(r.verdict()).isEqualTo(Severity.FATAL);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.control()).isEqualTo("Ukjent skjema");
            assertThat(f.field()).isEqualTo("skjema");
        });
    }

    @Test
    void aYearWithoutChartOfAccountsIsFatal() {
        // the program accepts any year (it only compares it with the records); we select the code lists by year
        Kontoplan k = Kontoplan.standard();
        int after = k.years().last() + 1;
        ValidationResult r = FileValidator.standard().validate(ctx("0A", Integer.toString(after), " ", "110300", null),
                List.of(RECORD_0A.replace("2026", Integer.toString(after))));
        assertThat(r.verdict()).isEqualTo(Severity.FATAL);
        assertThat(ids(r)).containsExactly("Ukjent årgang FATAL");
    }

    @Test
    void yearsBeforeTheOldestBuiltReleaseUseThe2024RuleSettings() {
        // the releases for 2018-2026 data were built and used as oracle; 2018-2019 (judged by the per-skjema Java
        // programs 71ddb528 and eea71d70, whose rows name them) keep the 2024 release's settings with the code lists
        // of their year, except the columns of Utgave2018Test and Filkontroller2018Test
        Utgave u2024 = Utgave.forAar(2024);
        assertThat(u2024.commit()).startsWith("f56a0de5");
        for (int year : Kontoplan.standard().years()) {
            if (year < 2020) {
                assertThat(Utgave.forAar(year)).usingRecursiveComparison().ignoringFields("fraAar", "commit", "k016", "kvartalFilkontroller",
                        "nullposterDroppes", "k001Alvorlighet", "k001Stopper", "k200Artsliste", "k200Alvorlighet",
                        "k200Kontoklasser", "tomFil", "belopAvbryter", "k126")
                        .isEqualTo(u2024);
            }
        }
        assertThat(Utgave.forAar(2018).commit()).startsWith("71ddb528");
        assertThat(Utgave.forAar(2019).commit()).startsWith("eea71d70");
        assertThat(Utgave.forAar(2020).commit()).startsWith("af804339");
        assertThat(Utgave.forAar(2021).commit()).startsWith("7341abfd");
        assertThat(Utgave.forAar(2022).commit()).startsWith("e3b33ddc");
        assertThat(Utgave.forAar(2023).commit()).startsWith("e6e4585d");
        assertThat(Utgave.forAar(2025).commit()).startsWith("7da84d25");
        assertThat(Utgave.forAar(2026).commit()).startsWith("c1f58486");
    }

    @Test
    void historicalKontroll17For2018And2019() {
        // the pre-2020 program's "Kontroll 17" (funksjon 190/490 nets to 0), reported as control 017, ERROR
        ValidationContext c18 = annual("0C", 2018, "500000");
        assertThat(ids(file(c18, rec(c18, "0", "490", "200", 40)))).contains("017 ERROR");
        ValidationContext c20 = annual("0C", 2020, "460000");
        assertThat(ids(file(c20, rec(c20, "0", "490", "200", 40)))).doesNotContain("017 ERROR");
    }

    @Test
    void anEmptyPostingIsOkWhileAnEmptyFileIsError() {
        ValidationContext c = annual("0A", 2026, "110300");
        assertThat(posting(c, "").verdict()).isEqualTo(Severity.OK);
        assertThat(FileValidator.standard().validate(c, List.of()).verdict()).isEqualTo(Severity.ERROR);
    }
}

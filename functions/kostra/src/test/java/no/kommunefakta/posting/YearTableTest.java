package no.kommunefakta.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The README's year table is the one {@link YearTable} renders from the test data (the judged corpora's counts and
 * measured agreement, which {@code YearCorpusTest} asserts exactly, and the releases of {@code utgaver.csv}).
 */
class YearTableTest {

    @Test
    void theReadmeShowsTheYearTableOfTheTestData() throws IOException {
        String readme = Files.readString(Path.of("../../README.md"));
        int start = readme.indexOf(YearTable.START);
        int end = readme.indexOf(YearTable.END);
        assertThat(start).as("README marker " + YearTable.START).isNotNegative();
        assertThat(end).as("README marker " + YearTable.END).isGreaterThan(start);
        assertThat(readme.substring(start, end + YearTable.END.length()))
                .as("README year table; paste YearTable.markdown():%n%s", YearTable.markdown())
                .isEqualTo(YearTable.markdown());
    }

    @Test
    void everyJudgedCorpusIsAYearOfTheChartOfAccounts() {
        assertThat(YearTable.corpora()).isNotEmpty().allSatisfy((year, corpus) -> {
            assertThat(no.kommunefakta.kostra.Kontoplan.standard().covers(year)).as("year " + year).isTrue();
            assertThat(corpus.agreeing()).as("agreeing cases " + year).isBetween(0, corpus.cases());
        });
    }

    @Test
    void everyYearOfTheChartOfAccountsHasAJudgedCorpus() {
        assertThat(YearTable.corpora().keySet())
                .as("the product names every year of the chart of accounts: each needs its judged corpus")
                .containsExactlyElementsOf(no.kommunefakta.kostra.Kontoplan.standard().years())
                .contains(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }
}

package no.kommunefakta.rent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The default premises map as reviewed in issue 13: every row says what is quoted and what is our reading. */
class LokalefunksjonerTest {

    private final Lokalefunksjoner map = Lokalefunksjoner.standard();

    @Test
    void everyRowNamesItsSourceAndSaysQuotedOrInference() {
        assertThat(map.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.note()).contains("[inference]");
            if (r.basis() == Lokalefunksjoner.Basis.SOURCE) {
                assertThat(r.note()).startsWith("quoted: OPPS-1999");
            } else {
                assertThat(r.note()).containsAnyOf("names_full.csv", "kostra-rules.md", "internal-rent.md",
                        "issue 13", "510 left the chart");
            }
        });
    }

    @Test
    void reviewedRows() {
        assertThat(premises(Enhet.FYLKESKOMMUNE, 2024, "421")).isEqualTo("421"); // was 430
        assertThat(premises(Enhet.KOMMUNE, 2024, "121")).isEqualTo("121");
        assertThat(premises(Enhet.KOMMUNE, 2024, "373")).isEqualTo("386"); // had no row
        assertThat(premises(Enhet.KOMMUNE, 2024, "213")).isEqualTo("213"); // was 222
        assertThat(premises(Enhet.KOMMUNE, 2024, "383")).isEqualTo("383"); // was 386
        assertThat(premises(Enhet.FYLKESKOMMUNE, 2024, "554")).isEqualTo("554"); // was 510
        assertThat(premises(Enhet.FYLKESKOMMUNE, 2025, "553")).isEqualTo("553"); // was 511
        assertThat(premises(Enhet.FYLKESKOMMUNE, 2024, "521")).isEqualTo("510");
        assertThat(premises(Enhet.FYLKESKOMMUNE, 2025, "521")).isEqualTo("511");
    }

    @Test
    void osloAsAKommuneFollowsTheFylkeRowsForFylkeFunctions() {
        assertThat(map.resolve(Enhet.KOMMUNE, true, 2024, "521", Map.of()).premisesFunksjon()).isEqualTo("510");
        assertThat(map.resolve(Enhet.KOMMUNE, false, 2024, "521", Map.of()).basis())
                .isEqualTo(Lokalefunksjoner.Basis.IDENTITY);
    }

    private String premises(Enhet enhet, int year, String service) {
        return map.resolve(enhet, false, year, service, Map.of()).premisesFunksjon();
    }
}

package no.kommunefakta.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class KontrollkatalogTest {

    @Test
    void namesAndScopesMatchTheConformanceCorpus() throws IOException {
        for (String file : new String[] {"single_posting_cases.jsonl", "whole_file_cases.jsonl"}) {
            for (JsonNode c : ConformanceTest.cases(file)) {
                for (JsonNode f : c.get("expected").get("findings")) {
                    String control = f.get("control").asText();
                    assertThat(Kontrollkatalog.of(control)).as(control).hasValueSatisfying(k -> {
                        assertThat(Kontrollkatalog.names(control)).contains(f.get("rule").asText());
                        assertThat(k.scope().name()).isEqualToIgnoringCase(f.get("scope").asText());
                    });
                }
            }
        }
    }

    @Test
    void matchesTheRulesOfRegelsett() {
        // every control the rule set runs is in the catalogue with its scope, and the catalogue lists nothing else
        // than those and the validators' own "Ukjent skjema" (000)
        java.util.Map<String, Kontrollkatalog.Scope> katalog = new java.util.TreeMap<>();
        Kontrollkatalog.alle().forEach(k -> katalog.put(k.control(), k.scope()));
        java.util.Map<String, Kontrollkatalog.Scope> regler = new java.util.TreeMap<>(
                no.kommunefakta.posting.rule.Regelsett.kontroller());
        regler.put("000", Kontrollkatalog.Scope.POSTING);
        assertThat(regler).isEqualTo(katalog);
    }

    @Test
    void everyImplementedControlIsListed() {
        assertThat(Kontrollkatalog.alle()).hasSize(77);
        assertThat(Kontrollkatalog.of("999")).isEmpty();
    }
}

package no.kommunefakta.posting.rule;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.of;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code-list controls 010 (incl. Utgått funksjon), 011, 012, 013 and the sign rule 016, year by year. */
class KodelisteKontrollerTest {

    private static String funksjon(String skjema, int year, String region, String funksjon) {
        ValidationContext c = annual(skjema, year, region);
        String kk = skjema.equals("0A") || skjema.equals("0C") ? "1" : "3";
        return String.join(",", ids(posting(c, rec(c, kk, funksjon, "010", 100))).stream()
                .filter(id -> id.startsWith("010")).toList());
    }

    private static String art(String skjema, int year, String region, String kk, String art) {
        ValidationContext c = annual(skjema, year, region);
        return String.join(",", ids(posting(c, rec(c, kk, skjema.equals("0C") ? "420" : "120", art, 100))).stream()
                .filter(id -> id.startsWith("012")).toList());
    }

    @Nested
    class Kontroll010FunksjonTest {
        @ParameterizedTest(name = "{0} {1} funksjon {2} -> [{3}]")
        @CsvSource(delimiterString = "|", value = {
            "0A|2019|190|", "0A|2020|190|010 ERROR", "0I|2019|190|", "0M|2019|190|",
            "0C|2019|490|", "0C|2020|490|010 ERROR", "0K|2018|490|",
            "0A|2023|257|010 ERROR", "0A|2024|257|", "0A|2023|254|", "0A|2024|254|010 ERROR",
            "0C|2024|510|", "0C|2025|510|010 ERROR", "0C|2024|511|010 ERROR", "0C|2025|511|",
            "0A|2020|322|010 ERROR", "0A|2021|322|", "0C|2022|715|", "0C|2023|715|010 ERROR",
            "0A|2026|420|010 ERROR", "0A|2026|999|010 ERROR", "0I|2026|850|", "0K|2026|850|010 ERROR",
            "0C|2026|800|", "0K|2026|800|010 ERROR"})
        void yearListsDecide(String skjema, int year, String f, String expected) {
            assertThat(funksjon(skjema, year, skjema.equals("0C") || skjema.equals("0K") ? "460000" : "110300", f))
                    .isEqualTo(expected == null ? "" : expected);
        }

        @Test
        void trimmedComparison() {
            ValidationContext c = annual("0A", 2026, "110300");
            assertThat(posting(c, rec(c, "1", " 120", "010", 100)).findings()).isEmpty();
            assertThat(ids(posting(c, rec(c, "1", "12", "010", 100)))).containsExactly("010 ERROR");
        }

        @Test
        void osloGetsFylkesfunksjonerAndBydelerTheirOwnSince2025() {
            assertThat(funksjon("0A", 2026, "030100", "420")).isEmpty();
            assertThat(funksjon("0A", 2026, "030100", "691")).isEqualTo("010 ERROR");
            assertThat(funksjon("0A", 2026, "030101", "691")).isEmpty();
            assertThat(funksjon("0A", 2026, "030116", "420")).isEqualTo("010 ERROR");
            assertThat(funksjon("0A", 2024, "030100", "691")).isEmpty();
            assertThat(funksjon("0A", 2024, "030101", "695")).isEqualTo("010 ERROR");
            assertThat(funksjon("0A", 2025, "030101", "695")).isEmpty();
        }

        @Test
        void trondheimHadFylkesfunksjonerIn2018And2019Only() {
            assertThat(funksjon("0A", 2019, "160100", "420")).isEmpty();
            assertThat(funksjon("0A", 2020, "500100", "420")).isEqualTo("010 ERROR");
        }

        @Test
        void specialOrgnrGivesTheFylkeSbdrFinancialFunctionsIn0I() {
            ValidationContext special = ctx("0I", "2026", " ", "030100", "958935420");
            assertThat(ids(posting(special, rec(special, "3", "850", "010", 100)))).contains("010 ERROR");
            ValidationContext normal = ctx("0I", "2026", " ", "110300", "987654321");
            assertThat(of(posting(normal, rec(normal, "3", "850", "450", 100)), "010")).isEmpty();
        }

        @Test
        void severityFollowsTheRecordKvartal() {
            for (String k : new String[] {"1", "2", "3"}) {
                ValidationContext q = ctx("0AK" + k, "2026", k, "110300", null);
                assertThat(of(posting(q, rec(q, "1", "999", "010", 100)), "010"))
                        .extracting(Finding::severity).containsExactly(Severity.WARNING);
            }
            ValidationContext q4 = ctx("0AK4", "2026", "4", "110300", null);
            assertThat(of(posting(q4, rec(q4, "1", "999", "010", 100)), "010"))
                    .extracting(Finding::severity).containsExactly(Severity.ERROR);
        }

        @Test
        void messageExplainsWhatToDo() {
            ValidationContext c = annual("0A", 2024, "110300");
            Finding f = of(posting(c, rec(c, "1", "190", "010", 100)), "010").get(0);
            assertThat(f.message()).startsWith("Funksjon 190 (Interne serviceenheter) er ikke gyldig i 0A for 2024")
                    .contains("2018–2019").contains("Interne serviceenheter ble avviklet fra 2020")
                    .contains("130, 221, 222, 261");
            assertThat(f.value()).isEqualTo("190 ");
            assertThat(f.field()).isEqualTo("funksjon");
        }
    }

    @Nested
    class Kontroll010UtgattFunksjonTest {
        @Test
        void quarterlyAccepts190And254WithAWarning() {
            ValidationContext q = ctx("0AK4", "2026", "4", "110300", null);
            assertThat(ids(posting(q, rec(q, "1", "190", "010", 100)))).containsExactly("010 WARNING");
            assertThat(ids(posting(q, rec(q, "1", "254", "010", 100)))).containsExactly("010 WARNING");
            assertThat(ids(posting(q, rec(q, "1", "490", "010", 100)))).containsExactly("010 ERROR");
        }

        @Test
        void utgattFrom2024AndInBalanceFilesToo() {
            // KvartalKostraMain has one fixed list since the 2024 release; the rule runs for every bevilgning record
            // of a quarterly file. The 2023 release has neither the list nor the rule; the 2018/2019 packages have
            // their own list (pakkelister.csv), which has 190.
            ValidationContext q = ctx("0AK4", "2024", "4", "110300", null);
            assertThat(ids(posting(q, rec(q, "1", "190", "010", 100)))).containsExactly("010 WARNING");
            ValidationContext q19 = ctx("0AK4", "2019", "4", "110300", null);
            assertThat(ids(posting(q19, rec(q19, "1", "190", "010", 100)))).isEmpty();
            ValidationContext q23 = ctx("0AK4", "2023", "4", "110300", null);
            assertThat(ids(posting(q23, rec(q23, "1", "190", "010", 100)))).containsExactly("010 ERROR");
            ValidationContext b = ctx("0BK2", "2026", "2", "110300", null);
            assertThat(ids(posting(b, "0A20262110300                  1254 010      100")))
                    .contains("010 WARNING", "003 ERROR");
        }
    }

    @Nested
    class Kontroll011KapittelTest {
        @ParameterizedTest(name = "{0} {1} kapittel [{2}] -> [{3}]")
        @CsvSource(delimiterString = "|", value = {
            "0B|2026|10  |", "0B|2026|'  10'|011 ERROR", "0B|2026|5900|", "0B|2026|17  |011 ERROR",
            "0J|2026|17  |", "0B|2026|411 |", "0B|2023|411 |011 ERROR", "0B|2023|41  |", "0B|2026|41  |011 ERROR"})
        void kapittelList(String skjema, int year, String kapittel, String expected) {
            ValidationContext c = ctx(skjema, Integer.toString(year), " ", "110300",
                    skjema.equals("0J") ? "987654321" : null);
            String kk = skjema.equals("0B") ? "2" : "5";
            assertThat(String.join(",", ids(posting(c, rec(c, kk, kapittel, "000", 100)))))
                    .isEqualTo(expected == null ? "" : expected);
        }

        @Test
        void messageAsksForLeftAlignment() {
            ValidationContext c = annual("0B", 2026, "110300");
            assertThat(of(posting(c, rec(c, "2", "  10", "000", 100)), "011").get(0).message())
                    .contains("venstrejusteres");
        }
    }

    @Nested
    class Kontroll012ArtTest {
        @ParameterizedTest(name = "{0} {1} art [{2}] -> [{3}]")
        @CsvSource(delimiterString = "|", value = {
            "0A|2025|270|", "0A|2026|270|012 ERROR", "0A|2026|271|", "0A|2025|271|012 ERROR",
            "0A|2019|690|", "0A|2020|690|012 ERROR", "0A|2026|290|012 ERROR", "0A|2019|790|012 ERROR",
            "0A|2026|871|", "0C|2026|871|012 ERROR", "0A|2024|875|", "0A|2025|875|012 ERROR",
            "0A|2026|' 10'|012 ERROR", "0A|2026|010|"})
        void artList(String skjema, int year, String art, String expected) {
            assertThat(art(skjema, year, skjema.equals("0C") ? "460000" : "110300", "1", art))
                    .isEqualTo(expected == null ? "" : expected);
        }

        @Test
        void osloArtsOnlyForBydelerSince2025() {
            assertThat(art("0A", 2026, "030101", "1", "298")).isEmpty();
            assertThat(art("0A", 2026, "030100", "1", "298")).isEqualTo("012 ERROR");
            assertThat(art("0A", 2024, "030100", "1", "298")).isEmpty();
            assertThat(art("0C", 2026, "030101", "1", "298")).isEqualTo("012 ERROR");
        }

        @Test
        void notRunForQuarterlySkjema() {
            ValidationContext q = ctx("0AK2", "2026", "2", "110300", null);
            assertThat(posting(q, rec(q, "1", "120", "690", 100)).findings()).isEmpty();
        }

        @Test
        void messageNamesTheArtAndTheHistory() {
            ValidationContext c = annual("0A", 2024, "110300");
            String m = of(posting(c, rec(c, "1", "120", "690", 100)), "012").get(0).message();
            assertThat(m).contains("Art '690' (Fordelte utgifter/internsalg) er ikke gyldig i 0A for 2024").contains("2018–2019")
                    .contains("Fordelte utgifter");
        }

        @Test
        void messageUsesTheWordingOfThePostingsYear() {
            // art 380 is not valid in 0M in 2019; its name changed in 2020
            ValidationContext c = annual("0M", 2019, "110300");
            String m = of(posting(c, rec(c, "3", "120", "380", 100)), "012").get(0).message();
            assertThat(m).startsWith("Art '380' (Kjøp fra (fylkes)kommunalt foretak i egen kommune/fylkeskommune) er ikke gyldig i 0M for 2019");
        }
    }

    @Nested
    class Kontroll013SektorTest {
        @Test
        void sektorListAndKirkeBlank() {
            ValidationContext b = annual("0B", 2026, "110300");
            assertThat(of(posting(b, rec(b, "2", "10", "000", 100)), "013")).isEmpty();
            assertThat(of(posting(b, rec(b, "2", "10", "001", 100)), "013")).hasSize(1);
            ValidationContext g = ctx("0G", "2026", " ", "110300", "976993403");
            assertThat(of(posting(g, rec(g, "5", "10", "   ", 100)), "013")).isEmpty();
            assertThat(of(posting(g, rec(g, "5", "10", "000", 100)), "013")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("blank"));
        }

        @Test
        void recordKvartalSwitchesToWarning() {
            ValidationContext q = ctx("0BK3", "2026", "3", "110300", null);
            assertThat(of(posting(q, rec(q, "2", "10", "001", 100)), "013"))
                    .extracting(Finding::severity).containsExactly(Severity.WARNING);
        }
    }

    @Nested
    class Kontroll016KapittelFortegnTest {
        @Test
        void kapittel5900And5970OnlyPositive() {
            ValidationContext b = annual("0B", 2026, "110300");
            assertThat(ids(posting(b, rec(b, "2", "5900", "000", -1)))).containsExactly("016 ERROR");
            assertThat(ids(posting(b, rec(b, "2", "5970", "000", -1)))).containsExactly("016 ERROR");
            assertThat(posting(b, rec(b, "2", "5900", "000", 1)).findings()).isEmpty();
            assertThat(posting(b, rec(b, "2", "5990", "000", -1)).findings()).isEmpty();
        }
    }
}

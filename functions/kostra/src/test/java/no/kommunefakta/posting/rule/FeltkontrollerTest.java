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
import no.kommunefakta.posting.ValidationResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Controls on the record fields: 000 (unknown skjema/year), 001, 003-009 and 014. */
class FeltkontrollerTest {

    private static final ValidationContext A = annual("0A", 2026, "110300");
    private static final String OK = rec(A, "1", "120", "010", 100);

    @Test
    void aValidPostingHasNoFindings() {
        ValidationResult r = posting(A, OK);
        assertThat(r.verdict()).isEqualTo(Severity.OK);
        assertThat(r.findings()).isEmpty();
    }

    @Nested
    class UkjentSkjemaTest {
        @Test
        void unknownSkjemaIsFatalNamedAsTheProgramNamesIt() {
            ValidationResult r = posting(ctx("0X", "2026", " ", "110300", null), OK);
            assertThat(r.verdict()).isEqualTo(Severity.FATAL);
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.control()).isEqualTo("Ukjent skjema");
                assertThat(f.field()).isEqualTo("skjema");
                assertThat(f.value()).isEqualTo("0X");
                assertThat(f.message()).contains("0X").contains("0A");
            });
        }

        @Test
        void skjemaIsCaseSensitiveLikeTheProgram() {
            assertThat(ids(posting(ctx("0a", "2026", " ", "110300", null), OK))).containsExactly("Ukjent skjema FATAL");
        }

        @Test
        void yearWithoutChartOfAccountsIsFatal() {
            ValidationResult r = posting(ctx("0A", "2017", " ", "110300", null), OK);
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("aargang");
                assertThat(f.message()).contains("2018").contains("2026");
            });
        }
    }

    @Nested
    class Kontroll001RecordlengdeTest {
        @ParameterizedTest
        @ValueSource(ints = {0, 1, 47, 49, 60})
        void wrongLengthIsFatalAndStopsTheOtherControls(int length) {
            String record = length == 0 ? "x" : (OK + "                    ").substring(0, length).replace(' ', '9');
            ValidationResult r = posting(A, record);
            assertThat(ids(r)).containsExactly("001 FATAL");
            assertThat(r.findings().get(0).value()).isEqualTo(Integer.toString(record.length()));
        }

        @Test
        void tabIsFatalEvenAt48Characters() {
            String record = OK.substring(0, 40) + "\t" + OK.substring(41);
            assertThat(record).hasSize(48);
            ValidationResult r = posting(A, record);
            assertThat(ids(r)).containsExactly("001 FATAL");
            assertThat(r.findings().get(0).message()).contains("tabulator");
        }

        @Test
        void carriageReturnIsStrippedLikeTheProgramDoes() {
            assertThat(posting(A, OK + "\r").findings()).isEmpty();
        }
    }

    @Nested
    class Kontroll003SkjemaTest {
        @Test
        void recordSkjemaMustMatchTheArgument() {
            Finding f = of(posting(A, "0C" + OK.substring(2)), "003").get(0);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo("skjema");
            assertThat(f.value()).isEqualTo("0C");
        }

        @Test
        void quarterlyRecordsCarryTheFirstTwoCharacters() {
            ValidationContext q = ctx("0AK2", "2026", "2", "110300", null);
            assertThat(of(posting(q, rec(q, "1", "120", "010", 100)), "003")).isEmpty();
        }
    }

    @Nested
    class Kontroll004AargangTest {
        @Test
        void yearMustMatch() {
            Finding f = of(posting(A, OK.substring(0, 2) + "2025" + OK.substring(6)), "004").get(0);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.value()).isEqualTo("2025");
            assertThat(f.message()).contains("2026");
        }
    }

    @Nested
    class Kontroll005KvartalTest {
        @Test
        void kvartalMustMatchTheArgument() {
            Finding f = of(posting(A, OK.substring(0, 6) + "4" + OK.substring(7)), "005").get(0);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.value()).isEqualTo("4");
            assertThat(f.message()).contains("blank");
        }
    }

    @Nested
    class Kontroll006RegionTest {
        @Test
        void regionMustMatchButIsNotCheckedForExistence() {
            assertThat(of(posting(A, OK.substring(0, 7) + "110400" + OK.substring(13)), "006")).hasSize(1);
            ValidationContext unknown = annual("0A", 2026, "999900");
            assertThat(posting(unknown, rec(unknown, "1", "120", "010", 100)).findings()).isEmpty();
        }
    }

    @Nested
    class Kontroll007OrganisasjonsnummerTest {
        @Test
        void orgnrMustEqualTheWholeArgument() {
            Finding f = of(posting(A, OK.substring(0, 13) + "123456789" + OK.substring(22)), "007").get(0);
            assertThat(f.field()).isEqualTo("orgnr");
            assertThat(f.message()).contains("blankt");
        }
    }

    @Nested
    class Kontroll008ForetaksnummerTest {
        @Test
        void foretaksnrBlankOrEqualToOrgnr() {
            ValidationContext i = ctx("0I", "2026", " ", "110300", "987654321");
            String base = rec(i, "3", "120", "010", 100);
            assertThat(of(posting(i, base), "008")).isEmpty();
            assertThat(of(posting(i, base.substring(0, 22) + "987654321" + base.substring(31)), "008")).isEmpty();
            assertThat(of(posting(i, base.substring(0, 22) + "111111111" + base.substring(31)), "008"))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
        }
    }

    @Nested
    class Kontroll009KontoklasseTest {
        @Test
        void kontoklasseMustBelongToTheSkjema() {
            ValidationResult r = posting(A, rec(A, "3", "120", "010", 100));
            assertThat(of(r, "009")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).contains("1 for drift").contains("0 for investering");
            });
            ValidationContext i = ctx("0I", "2026", " ", "110300", "987654321");
            assertThat(of(posting(i, rec(i, "1", "120", "010", 100)), "009")).hasSize(1);
            assertThat(of(posting(i, rec(i, "4", "120", "010", 100)), "009")).isEmpty();
        }

        @Test
        void quarterlyBalanceAcceptsPlaceholders() {
            ValidationContext q = ctx("0BK1", "2026", "1", "110300", null);
            assertThat(of(posting(q, rec(q, "Z", "10", "000", 100)), "009")).isEmpty();
        }
    }

    @Nested
    class Kontroll014BelopTest {
        @ParameterizedTest
        @ValueSource(strings = {"      12a", "100      ", "     +100", "    1 000", "    100.5", "         ",
            "     - 10"})
        void invalidAmounts(String belop) {
            ValidationResult r = posting(A, OK.substring(0, 39) + belop);
            assertThat(of(r, "014")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.value()).isEqualTo(belop);
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"      100", "     -100", "000000100", "999999999", "-99999999"})
        void validAmounts(String belop) {
            assertThat(of(posting(A, OK.substring(0, 39) + belop), "014")).isEmpty();
        }

        @Test
        void zeroAmountIsDroppedButZeroPaddedIsKept() {
            assertThat(posting(A, OK.substring(0, 39) + "        0").findings()).isEmpty();
            assertThat(posting(A, OK.substring(0, 39) + "       -0")).extracting(ValidationResult::verdict)
                    .isEqualTo(Severity.OK);
            ValidationResult kept = posting(A, rec(A, "1", "999", "010", "000000000"));
            assertThat(ids(kept)).containsExactly("010 ERROR");
        }
    }
}

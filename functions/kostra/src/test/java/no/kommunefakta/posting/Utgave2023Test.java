package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.rule.Utgave;
import org.junit.jupiter.api.Test;

/**
 * The rule settings of the release that judges 2023 data (e6e4585d, {@code utgaver.csv}) next to the 2024 release's
 * (f56a0de5), one per setting (which release judges which year: {@link DeliberateDifferencesTest}); the whole
 * behaviour is replayed by {@link YearCorpusTest} against the release's own verdicts.
 */
class Utgave2023Test {

    private static final String FORETAKSNR = "964338531";

    @Test
    void zeroAmountRecordsAreCheckedIn2023AndDroppedLater() {
        ValidationContext c23 = annual("0A", 2023, "110300");
        assertThat(ids(posting(c23, rec(c23, "1", "999", "010", 0)))).containsExactly("010 ERROR");
        ValidationContext c24 = annual("0A", 2024, "110300");
        assertThat(ids(posting(c24, rec(c24, "1", "999", "010", 0)))).isEmpty();
    }

    @Test
    void control008ComparesWithTheForetaksnrArgumentIn2023() {
        ValidationContext blank = annual("0A", 2023, "110300");
        ValidationContext given = new ValidationContext("0A", "2023", " ", "110300", Poster.BLANK, FORETAKSNR);
        String plain = rec(blank, "1", "120", "010", 100);
        String filled = withForetaksnr(plain);
        assertThat(ids(posting(blank, plain))).isEmpty();
        assertThat(ids(posting(blank, filled))).containsExactly("008 ERROR");
        assertThat(ids(posting(given, filled))).isEmpty();
        assertThat(ids(posting(given, plain))).containsExactly("008 ERROR");
        // later releases: blank or the orgnr argument; the foretaksnr argument is ignored
        ValidationContext given24 = new ValidationContext("0A", "2024", " ", "110300", Poster.BLANK, FORETAKSNR);
        assertThat(ids(posting(given24, withForetaksnr(rec(given24, "1", "120", "010", 100)))))
                .containsExactly("008 ERROR");
        assertThat(ids(posting(given24, rec(given24, "1", "120", "010", 100)))).isEmpty();
    }

    @Test
    void controls010To013LowerTheSeverityByTheArgumentKvartal1And2In2023() {
        for (String kvartal : new String[] {"1", "2", "3"}) {
            ValidationContext q23 = ctx("0AK" + kvartal, "2023", kvartal, "110300", null);
            ValidationContext q24 = ctx("0AK" + kvartal, "2024", kvartal, "110300", null);
            String expected23 = "3".equals(kvartal) ? "010 ERROR" : "010 WARNING";
            assertThat(ids(posting(q23, rec(q23, "1", "999", "010", 100)))).containsExactly(expected23);
            assertThat(ids(posting(q24, rec(q24, "1", "999", "010", 100)))).containsExactly("010 WARNING");
        }
        // by the argument, not the record: a record of kvartal 1 in a kvartal-3 run
        ValidationContext q3 = ctx("0AK3", "2023", "3", "110300", null);
        String record = rec(q3, "1", "999", "010", 100);
        String kvartal1 = record.substring(0, 6) + "1" + record.substring(7);
        assertThat(ids(posting(q3, kvartal1))).contains("010 ERROR");
    }

    @Test
    void controls010To013CheckEveryRecordIn2023NotOnlyThoseOfTheirOwnKind() {
        // a balance record in a bevilgning file: its kapittel is judged against the funksjon list in 2023
        ValidationContext c23 = annual("0A", 2023, "110300");
        String balanse23 = "0B" + rec(c23, "1", "10", "000", 100).substring(2);
        assertThat(ids(posting(c23, balanse23))).contains("010 ERROR");
        ValidationContext c24 = annual("0A", 2024, "110300");
        String balanse24 = "0B" + rec(c24, "1", "10", "000", 100).substring(2);
        assertThat(ids(posting(c24, balanse24))).doesNotContain("010 ERROR");
    }

    @Test
    void control075ChecksFylkeRecordsToo2023WithArt875() {
        ValidationContext f23 = annual("0C", 2023, "460000");
        assertThat(ids(posting(f23, rec(f23, "1", "400", "870", -100)))).contains("075 ERROR");
        ValidationContext f24 = annual("0C", 2024, "460000");
        assertThat(ids(posting(f24, rec(f24, "1", "400", "870", -100)))).doesNotContain("075 ERROR");
        assertThat(Utgave.forAar(2023).k075Arter()).contains(875).doesNotContain(878, 879);
        assertThat(Utgave.forAar(2024).k075Arter()).contains(878, 879).doesNotContain(875);
    }

    @Test
    void control081DoesNotExistIn2023() {
        ValidationContext q23 = ctx("0AK4", "2023", "4", "110300", null);
        ValidationContext q24 = ctx("0AK4", "2024", "4", "110300", null);
        assertThat(ids(posting(q24, rec(q24, "1", "850", "500", 100)))).contains("081 ERROR");
        assertThat(ids(posting(q23, rec(q23, "1", "850", "500", 100)))).doesNotContain("081 ERROR");
    }

    @Test
    void control200AcceptsAnyArtInTheRangesIn2023() {
        Set<String> arter = Kontoplan.standard().gyldigeArter(2023, "0F", "110300");
        int outsideList = -1;
        for (int a = 500; a <= 580 && outsideList < 0; a++) {
            if (!arter.contains(Integer.toString(a))) {
                outsideList = a;
            }
        }
        assertThat(outsideList).as("an art in 500-580 that is not in the 0F list").isPositive();
        String art = Integer.toString(outsideList);
        char drift = Skjema.of("0F").orElseThrow().drift();
        ValidationContext k23 = new ValidationContext("0F", "2023", " ", "110300", "976993403");
        ValidationContext k24 = new ValidationContext("0F", "2024", " ", "110300", "976993403");
        assertThat(ids(file(k23, rec(k23, String.valueOf(drift), "089", art, 100)))).doesNotContain("200 ERROR");
        assertThat(ids(file(k24, rec(k24, String.valueOf(drift), "089", art, 100)))).contains("200 ERROR");
    }

    @Test
    void control007AcceptsAnyOfACommaSeparatedOrgnrListIn2023() {
        String orgnr = "987654321";
        ValidationContext list23 = new ValidationContext("0I", "2023", " ", "110300", "123456789," + orgnr);
        ValidationContext single23 = new ValidationContext("0I", "2023", " ", "110300", orgnr);
        String record = rec(single23, "3", "120", "010", 100);
        assertThat(ids(posting(single23, record))).doesNotContain("007 ERROR");
        assertThat(ids(posting(list23, record))).doesNotContain("007 ERROR");
        ValidationContext list24 = new ValidationContext("0I", "2024", " ", "110300", "123456789," + orgnr);
        assertThat(ids(posting(list24, record.replace("2023", "2024")))).contains("007 ERROR");
    }

    private static String withForetaksnr(String record) {
        return record.substring(0, 22) + FORETAKSNR + record.substring(31);
    }
}

package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.ctx;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.posting;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import no.kommunefakta.posting.rule.Utgave;
import org.junit.jupiter.api.Test;

/**
 * The release that judges 2021 data (7341abfd, 2022-03-09, a Java program like 2022's e3b33ddc;
 * {@code utgaver.csv}, {@code kvartal.csv}, {@code regler.csv}): its settings are 2022's except where shown here, one
 * test per difference. Its differences in kind are listed in the conformance README and measured by
 * {@link YearCorpusTest}.
 */
class Utgave2021Test {

    @Test
    void the2021ReleaseHas2022sSettingsBut200AndZeroAmountsInQuarterlyFiles() {
        Utgave u21 = Utgave.forAar(2021);
        Utgave u22 = Utgave.forAar(2022);
        assertThat(u21.commit()).isEqualTo("7341abfd179aea070ef1385e67010779823307d0");
        assertThat(u21).usingRecursiveComparison()
                .ignoringFields("fraAar", "commit", "k200", "nullposterFeltkontroller", "k010PostensSkjema2",
                        "kombinasjonMotKontoliste", "kirkeKontoklasseArt", "k014LinjeEtterNullposter",
                        "osloArterSkjema")
                .isEqualTo(u22);
        assertThat(u21.k200()).isFalse();
        assertThat(u22.k200()).isTrue();
        // the 2021 quarterly program drops no zero-amount record: they go through every control it has (003-050)
        assertThat(u21.nullposterFeltkontroller()).isEqualTo(Map.of("KOMMUNE", "014", "KIRKE", "014", "KVARTAL", "050"));
        // the 2021 kirke combination check never reports (it keeps the records whose art is in the list)
        assertThat(u21.kirkeKontoklasseArt()).isEqualTo(Utgave.KirkeKontoklasseArt.INGEN);
        assertThat(u21.kombinasjonMotKontoliste()).isEqualTo(Map.of("KVARTAL", Severity.WARNING));
        assertThat(u22.kirkeKontoklasseArt()).isEqualTo(Utgave.KirkeKontoklasseArt.EN);
        // the 2021 quarterly program drops nothing, so its 014 numbers every record
        assertThat(u21.k014LinjeEtterNullposter()).isEmpty();
        assertThat(u22.k014LinjeEtterNullposter()).containsExactly("KVARTAL");
        assertThat(u22.kombinasjonMotKontoliste()).isEqualTo(Map.of("KIRKE", Severity.ERROR, "KVARTAL", Severity.WARNING));
    }

    @Test
    void funksjon465NetsToZeroForAnOsloBydelArgumentIn2020ButNotFrom2021() {
        // kostra/Main.java: af804339 checks 465 for every 0C/0P argument; 7341abfd and e3b33ddc skip the Oslo bydeler
        assertThat(Utgave.forAar(2020).k180OsloBydel()).isTrue();
        assertThat(Utgave.forAar(2021).k180OsloBydel()).isFalse();
        for (String aar : new String[] {"2020", "2021", "2022"}) {
            ValidationContext bydel = ctx("0C", aar, " ", "030107", "         ");
            ValidationContext fylke = ctx("0C", aar, " ", "030000", "         ");
            assertThat(ids(file(bydel, rec(bydel, "1", "465", "370", 1903)))).as(aar).filteredOn(id -> id.startsWith("18"))
                    .isEqualTo(aar.equals("2020") ? java.util.List.of("185 ERROR") : java.util.List.of());
            assertThat(ids(file(fylke, rec(fylke, "1", "465", "370", 1903)))).as(aar).contains("185 ERROR");
        }
    }

    @Test
    void control200NeverReportsIn2021() {
        // kirkekostra.Main keeps only the records whose art is already allowed on 089, then checks the art
        ValidationContext f21 = ctx("0F", "2021", " ", "110300", "976993403");
        assertThat(ids(posting(f21, rec(f21, "3", "089", "340", 100)))).doesNotContain("200 ERROR");
        ValidationContext f22 = ctx("0F", "2022", " ", "110300", "976993403");
        assertThat(ids(posting(f22, rec(f22, "3", "089", "340", 100)))).contains("200 ERROR");
    }

    @Test
    void quarterlyZeroAmountRecordsAreCheckedByControls010To014In2021() {
        // the quarterly program of 7341abfd drops no zero-amount record (e3b33ddc drops them after control 009)
        ValidationContext q21 = ctx("0BK3", "2021", "3", "110300", null);
        assertThat(ids(posting(q21, rec(q21, "2", "452", "900", 0)))).containsExactly("011 ERROR");
        ValidationContext q22 = ctx("0BK3", "2022", "3", "110300", null);
        assertThat(ids(posting(q22, rec(q22, "2", "452", "900", 0)))).isEmpty();
    }

    @Test
    void quarterlyListsOf2021() {
        // = 2022's quarterly lists (kapitler 41-46 instead of 411-454, funksjon 190/254 valid), but fylke 715, not
        // 713/714
        ValidationContext q21 = ctx("0CK2", "2021", "2", "500000", null);
        assertThat(ids(posting(q21, rec(q21, "1", "715", "010", 100)))).doesNotContain("010 ERROR");
        assertThat(ids(posting(q21, rec(q21, "1", "713", "010", 100)))).contains("010 ERROR");
        ValidationContext q22 = ctx("0CK2", "2022", "2", "500000", null);
        assertThat(ids(posting(q22, rec(q22, "1", "715", "010", 100)))).contains("010 ERROR");
        assertThat(ids(posting(q22, rec(q22, "1", "713", "010", 100)))).doesNotContain("010 ERROR");
        ValidationContext b21 = ctx("0BK1", "2021", "1", "110300", null);
        assertThat(ids(posting(b21, rec(b21, "2", "452", "900", 100)))).containsExactly("011 ERROR");
        assertThat(ids(posting(b21, rec(b21, "2", "45", "900", 100)))).isEmpty();
        ValidationContext b19 = ctx("0BK1", "2019", "1", "110300", null);
        // 2019: regn0Bkvartal's own list (pakkelister.csv: "245", kontoklasse 2 and kapittel 45; no "2452"), WARNING
        assertThat(ids(posting(b19, rec(b19, "2", "452", "900", 100)))).containsExactly("011 WARNING");
        assertThat(ids(posting(b19, rec(b19, "2", "45", "900", 100)))).isEmpty();
    }

    @Test
    void quarterlyOsloFunksjonerOnlyFor030100In2021And2022() {
        // the Java releases' kvartal Definitions give 691-694/696 and the fylke funksjoner to region 030100 only
        for (String year : new String[] {"2021", "2022"}) {
            ValidationContext bydel = ctx("0AK2", year, "2", "030101", null);
            assertThat(ids(posting(bydel, rec(bydel, "1", "692", "010", 100)))).as(year).contains("010 ERROR");
            ValidationContext oslo = ctx("0AK2", year, "2", "030100", null);
            assertThat(ids(posting(oslo, rec(oslo, "1", "692", "010", 100)))).as(year).doesNotContain("010 ERROR");
        }
        ValidationContext bydel24 = ctx("0AK2", "2024", "2", "030101", null);
        assertThat(ids(posting(bydel24, rec(bydel24, "1", "692", "010", 100)))).doesNotContain("010 ERROR");
    }
}

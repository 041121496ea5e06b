package no.kommunefakta.site.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.data.Status;

class JsonStatTest {

    private static Datasett les(String fil) {
        try (InputStream in = DataSource.embedded().open("ssb/jsonstat2/" + fil)) {
            return JsonStat.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void pxwebapiV2MedEnheterNoterOgRoller() {
        Datasett d = les("12134_frie-inntekter_2024_0301-4601-5001.pxwebapi-v2.json");
        assertThat(d.tabell()).isEqualTo("12134");
        assertThat(d.oppdatert()).isEqualTo("2026-03-16T07:00:00Z");
        assertThat(d.noter()).anyMatch(n -> n.startsWith("Tall for landet uten Oslo publiseres ikke 16. mars 2026"));
        assertThat(d.rolle("geo", "x").orElseThrow().id()).isEqualTo("KOKkommuneregion0000");
        assertThat(d.dimensjon("ContentsCode").enheter().get("KOSAG110000")).isEqualTo(new Enhet("kr", 0));
        assertThat(d.dimensjon("KOKkommuneregion0000").etiketter().get("5001")).isEqualTo("Trondheim - Tråante");
        Celle bergen = d.celle(Map.of("KOKkommuneregion0000", "4601", "Tid", "2024"));
        assertThat(bergen.verdi()).isEqualByComparingTo("66605");
        assertThat(d.celle(Map.of("KOKkommuneregion0000", "0301", "Tid", "2024")).verdi()).isEqualByComparingTo("81240");
    }

    @Test
    void v0StatussymbolerGirIngenTall() {
        Datasett d = les("12367_detaljerte-regnskapstall_utdrag_2015-2020.pxwebapi-v0.json");
        assertThat(d.celler()).hasSize(1250);
        assertThat(d.celler().stream().filter(c -> c.status() == Status.IKKE_MULIG)).hasSize(400);
        assertThat(d.celler().stream().filter(c -> c.status() == Status.PRIKKET)).hasSize(85);
        assertThat(d.celler().stream().filter(c -> !c.harTall())).allMatch(c -> c.verdi() == null);
        assertThat(d.dimensjon("ContentsCode").enheter().get("KOSbelop0000").base()).isEqualTo("1000 kr");
        // role.geo is absent in v0 files: found by id prefix
        assertThat(d.rolle("geo", "KOKkommuneregion").orElseThrow().koder()).containsExactly("EAK", "EAKUO", "3001", "EKG16", "EKG17");
    }

    @Test
    void v0MedAlleTreSymboler() {
        Datasett d = les("12191_kommunehelse-grunnlagstall_utdrag_2018-2020.pxwebapi-v0.json");
        assertThat(d.celler()).hasSize(135);
        assertThat(d.celler().stream().filter(c -> c.status() == Status.IKKE_MULIG)).hasSize(90);
        assertThat(d.celler().stream().filter(c -> c.status() == Status.PRIKKET)).hasSize(1);
        assertThat(d.celler().stream().filter(c -> c.status() == Status.MANGLER)).hasSize(1);
    }

    @Test
    void statusVinnerOverVerdiOgSparsomVerdi() {
        String json = """
                {"version":"2.0","class":"dataset","id":["r","Tid"],"size":[2,1],
                 "dimension":{"r":{"category":{"index":["a","b"]}},"Tid":{"category":{"index":{"2024":0}}}},
                 "value":{"0":5,"1":2},"status":{"1":":"}}""";
        Datasett d = JsonStat.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.celle(Map.of("r", "a", "Tid", "2024")).verdi()).isEqualByComparingTo("5");
        assertThat(d.celle(Map.of("r", "b", "Tid", "2024")).status()).isEqualTo(Status.PRIKKET);
    }

    @Test
    void feilsvarErIkkeEtDatasett() {
        String feil = "{\"type\":\"Parameter error\",\"title\":\"Non-existent value\",\"status\":400}";
        assertThatThrownBy(() -> JsonStat.read(new ByteArrayInputStream(feil.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON-stat 2.0 dataset");
        assertThatThrownBy(() -> JsonStat.read(new ByteArrayInputStream("<!DOCTYPE html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not valid JSON");
    }

    @Test
    void feilStorrelseNavngisKlart() {
        String json = """
                {"version":"2.0","class":"dataset","id":["r"],"size":[2],
                 "dimension":{"r":{"category":{"index":["a","b"]}}},"value":[1,2,3]}""";
        assertThatThrownBy(() -> JsonStat.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("JSON-stat value has 3 entries, size product is 2");
    }
}

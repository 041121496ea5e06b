package no.kommunefakta.site.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.kommunefakta.site.data.DataSource;

class RegionerTest {

    static Regioner r;

    @BeforeAll
    static void les() {
        r = Regioner.load(DataSource.embedded());
    }

    @Test
    void antallOgUnikeSlugs() {
        assertThat(r.kommuner()).hasSize(357);
        assertThat(r.fylker()).hasSize(15);
        Set<String> slugs = r.kommuner().values().stream().map(Kommune::slug).collect(Collectors.toSet());
        assertThat(slugs).hasSize(357);
        assertThat(r.fylker().values().stream().mapToInt(f -> f.kommuner().size()).sum()).isEqualTo(357);
    }

    @Test
    void slugsSomPaaSsbNo() {
        assertThat(r.kommune("0301").slug()).isEqualTo("oslo");
        assertThat(r.kommune("3114").slug()).isEqualTo("valer-ostfold");
        assertThat(r.kommune("3419").slug()).isEqualTo("valer-innlandet");
        assertThat(r.kommune("1515").slug()).isEqualTo("heroy-more-og-romsdal");
        assertThat(r.kommune("1818").slug()).isEqualTo("heroy-nordland");
        assertThat(r.kommune("3201").slug()).isEqualTo("baerum");
        assertThat(Slug.av("Gáivuotna - Kåfjord")).isEqualTo("gaivuotna-kafjord");
    }

    @Test
    void parallelleNavnMedSpraak() {
        assertThat(r.kommune("5536").parallelleNavn()).containsExactly(new Navn("Ivgu", "se"), new Navn("Yykeä", "fkv"));
        assertThat(r.kommune("1826").parallelleNavn()).containsExactly(new Navn("Aarborte", "sma"));
        assertThat(r.kommune("5006").parallelleNavn()).containsExactly(new Navn("Stïentje", "sma"));
    }

    @Test
    void gamleKommunenummerPekerTilDagens() {
        // Bamble: 0814 (til 2019) -> 3813 (2020-2023) -> 4012
        assertThat(r.omkodinger().get("0814").tilKoder()).containsExactly("4012");
        assertThat(r.omkodinger().get("3813").tilKoder()).containsExactly("4012");
        // Ålesund 2020-2023 (1507) was split into Ålesund (1508) and Haram (1580)
        assertThat(r.omkodinger().get("1507").tilKoder()).containsExactly("1508", "1580");
        assertThat(r.omkodinger()).doesNotContainKey("0301");
    }

    @Test
    void omkodingFlytterBareHeleKommuner() {
        assertThat(r.tilDagens("0101", 2015)).contains("3101");
        assertThat(r.tilDagens("1507", 2022)).isEmpty();
        assertThat(r.forgjengere(2015).get("3101")).containsExactly("0101");
    }

    @Test
    void klassCodesAtLesesMedOffisielleNavn() throws java.io.IOException {
        try (java.io.InputStream in = DataSource.embedded().open("ssb/klass/klass-131_kommuneinndeling_codesAt_2026-01-01.json")) {
            java.util.List<Klass.Kode> koder = Klass.codesAt(in);
            assertThat(koder).hasSize(358);
            assertThat(koder).contains(new Klass.Kode("9999", "Uoppgitt", ""));
            assertThat(koder.stream().filter(k -> k.kode().equals("5536")).findFirst().orElseThrow().navn()).isEqualTo("Lyngen - Ivgu - Yykeä");
        }
        assertThat(r.kommune("5536").navnKlass()).isEqualTo("Lyngen - Ivgu - Yykeä");
        assertThatThrownBy(() -> Klass.codesAt(new java.io.ByteArrayInputStream("{}".getBytes()))).hasMessage("Klass answer has no 'codes' array");
    }

    @Test
    void ukjentKommunenummerGirKlarFeil() {
        assertThatThrownBy(() -> r.kommune("9998")).hasMessage("unknown kommunenummer '9998'");
    }

    @Test
    void kostragruppeneForklaresMedSsbsKjennetegn() {
        assertThat(r.gruppeBeskrivelse("EKG12")).isEqualTo("KOSTRA-gruppe 12: 75\u00a0000\u2013300\u00a0000 innbyggere, "
                + "lave bundne kostnader og lave eller middels frie disponible inntekter per innbygger");
        assertThat(r.gruppeForklaring("EKG13")).isEqualTo("Oslo kommune, lave bundne kostnader per innbygger");
        assertThat(r.gruppeForklaring("EKG17")).isEqualTo("De åtte kommunene med høyest skatteinntekter per innbygger, "
                + "middels bundne kostnader og høye frie disponible inntekter per innbygger");
        assertThat(r.gruppeForklaring("EKG99")).isEmpty();
    }
}

package no.kommunefakta.kostra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KontoplanTest {

    private final Kontoplan k = Kontoplan.standard();

    @Test
    void coversEveryYear2018To2026() {
        assertThat(k.years()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(k.covers(2017)).isFalse();
    }

    @Test
    void funksjonerPerYearAndSkjema() {
        assertThat(k.funksjoner(2019, "0A")).extracting(Kontoplan.Kode::code).contains("190").doesNotContain("257");
        assertThat(k.funksjoner(2024, "0A")).extracting(Kontoplan.Kode::code).contains("257").doesNotContain("190");
        assertThat(k.funksjoner(2026, "0A")).hasSize(75 + 8);
        assertThat(k.funksjoner(2026, "0C")).hasSize(61 + 7);
        assertThat(k.funksjoner(2026, "0B")).isEmpty();
        assertThat(k.funksjoner(2026, "0F")).extracting(Kontoplan.Kode::code)
                .containsExactly("041", "042", "043", "044", "045", "089");
    }

    @Test
    void namesFromTheSources() {
        assertThat(k.artNavn("010")).hasValue("Fastlønn");
        assertThat(k.funksjonNavn("190")).hasValue("Interne serviceenheter");
        assertThat(k.kapittelNavn("10")).hasValue("Bankinnskudd og kontanter");
        assertThat(k.arter(2026, "0A")).filteredOn(c -> c.code().equals("010"))
                .singleElement().satisfies(c -> assertThat(c.name()).hasValue("Fastlønn"));
        assertThat(k.funksjonNavn("999")).isEmpty();
    }

    @Test
    void namesFollowTheYearWhenTheWordingChanged() {
        assertThat(k.artNavn(2019, "070")).hasValue("Lønn vedlikehold/lønn nybygg og nyanlegg");
        assertThat(k.artNavn(2020, "070")).hasValue("Lønn til vedlikehold, påkostning, nybygg og nyanlegg");
        assertThat(k.kapittelNavn(2019, "31")).hasValue("Kassekredittgjeld");
        assertThat(k.kapittelNavn(2020, "31")).hasValue("Likviditetslån");
        assertThat(k.kapittelNavn(2023, "41")).hasValue("Obligasjonslån");
        assertThat(k.kapittelNavn(2024, "41")).isEmpty();
        assertThat(k.kapittelNavn(2024, "411"))
                .hasValue("Utestående obligasjonslån med forfall etter neste regnskapsår");
        assertThat(k.funksjonNavn(2023, "0A", "254")).hasValue("Helse- og omsorgstjenester til hjemmeboende");
        assertThat(k.funksjonNavn(2024, "0A", "254")).isEmpty();
        assertThat(k.funksjonNavn(2024, "0A", "257"))
                .hasValue("Hjemmetjenester - personellbase knyttet til bofellesskap/samlokaliserte omsorgsboliger");
        assertThat(k.funksjonNavn(2023, "0A", "257")).isEmpty();
        // the newest wording stands for the code when no year is given
        assertThat(k.artNavn("070")).hasValue("Lønn til vedlikehold, påkostning, nybygg og nyanlegg");
        assertThat(k.kapittelNavn("10")).hasValue("Bankinnskudd og kontanter");
    }

    @Test
    void aCodeWithoutAVerifiedNameForTheYearHasNone() {
        // 201 is valid 2018-2026, its name is verified only from 2020
        assertThat(k.funksjoner(2019, "0A")).filteredOn(c -> c.code().equals("201")).singleElement()
                .satisfies(c -> assertThat(c.name()).isEmpty());
        assertThat(k.funksjoner(2020, "0A")).filteredOn(c -> c.code().equals("201")).singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).hasValue("Barnehage");
                    assertThat(c.source()).hasValue("DIBSUP");
                });
        assertThat(k.arter(2019, "0A")).filteredOn(c -> c.code().equals("070")).singleElement()
                .satisfies(c -> assertThat(c.source()).hasValue("SAFT2019"));
    }

    @Test
    void fylkeSkjemaUseTheFylkeskommuneNames() {
        assertThat(k.funksjonNavn(2019, "0C", "490")).hasValue("Interne serviceenheter");
        assertThat(k.funksjonNavn(2019, "0A", "490")).isEmpty();
        assertThat(k.funksjonNavn(2019, "0CK2", "490")).hasValue("Interne serviceenheter");
        assertThat(k.funksjonNavn(2020, "0P", "850")).hasValue("Generelt statstilskudd vedrørende flyktninger m.v.");
        assertThat(k.funksjonNavn(2021, "0P", "850")).isEmpty();
        assertThat(k.funksjoner(2019, "0C")).filteredOn(c -> c.code().equals("490")).singleElement()
                .satisfies(c -> assertThat(c.name()).hasValue("Interne serviceenheter"));
    }

    @Test
    void arterFollowTheYear() {
        assertThat(k.arter(2025, "0A")).extracting(Kontoplan.Kode::code).contains("270").doesNotContain("271");
        assertThat(k.arter(2026, "0A")).extracting(Kontoplan.Kode::code).contains("271", "272")
                .doesNotContain("270", "290", "790", "690");
        assertThat(k.arter(2019, "0A")).extracting(Kontoplan.Kode::code).contains("690");
        assertThat(k.arter(2026, "0A")).hasSize(110 + 6);
    }

    @Test
    void quarterlyLists() {
        assertThat(k.gyldigeFunksjoner(2026, "0AK1", "110300", "")).contains("190", "254", "120");
        assertThat(k.utgatteFunksjoner(2026, "0AK1")).containsExactly("190", "254");
        // KvartalKostraMain: the same "utgåtte" funksjoner in every year but 2023 (the 2023 release has none), also
        // in 0CK and the balance skjema
        assertThat(k.utgatteFunksjoner(2019, "0AK1")).containsExactly("190", "254");
        assertThat(k.utgatteFunksjoner(2023, "0AK1")).isEmpty();
        // the 2023 release's fylke list: 510 and 561, not 511, 553, 563, 564
        assertThat(k.gyldigeFunksjoner(2023, "0CK1", "460000", "")).contains("510", "561")
                .doesNotContain("511", "553", "563", "564");
        assertThat(k.gyldigeFunksjoner(2024, "0CK1", "460000", "")).contains("511", "553", "563", "564")
                .doesNotContain("510", "561");
        assertThat(k.utgatteFunksjoner(2026, "0BK2")).containsExactly("190", "254");
        assertThat(k.arter(2026, "0AK1")).isEmpty();
        assertThat(k.gyldigeKapitler(2026, "0BK1")).contains("10", "Z", "").doesNotContain("17");
        assertThat(k.gyldigeFunksjoner(2026, "0CK1", "460000", "")).contains("850", "Z", "z", "~", "190")
                .doesNotContain("120");
        // the Oslo extras: only 030100 from the 2025 release on, also the bydeler in the 2024 release
        assertThat(k.gyldigeFunksjoner(2026, "0AK1", "030100", "")).contains("691", "696", "511");
        assertThat(k.gyldigeFunksjoner(2026, "0AK1", "030101", "")).doesNotContain("691", "511");
        assertThat(k.gyldigeFunksjoner(2024, "0AK1", "030101", "")).contains("691", "511");
        assertThat(k.arterUgyldigIInvestering(2026, "0BK1")).contains("509", "570", "590", "800", "870", "877",
                "909", "990");
        assertThat(k.arterUgyldigIDrift(2026, "0AK1", "110300", "")).containsExactlyInAnyOrder("529", "670", "910",
                "911", "929", "970");
        assertThat(k.funksjonerUgyldigIInvestering(2026, "0AK1")).containsExactly("800", "840", "860");
        assertThat(k.funksjonerUgyldigIInvestering(2026, "0A")).containsExactly("800", "840", "850", "860");
    }

    @Test
    void balanceListsAndSpecialCases() {
        assertThat(k.kapitler(2026, "0B")).hasSize(45);
        assertThat(k.gyldigeKapitler(2026, "0J")).contains("17", "46");
        assertThat(k.gyldigeKapitler(2026, "0B")).doesNotContain("17");
        assertThat(k.sektorer(2026, "0B")).hasSize(20);
        assertThat(k.gyldigeSektorer(2026, "0G")).containsExactly("   ");
        assertThat(k.arterUgyldigIDrift(2026, "0M", "460100", "")).doesNotContain("921");
        assertThat(k.arterUgyldigIDrift(2026, "0M", "110300", "")).contains("921");
    }

    @Test
    void missing2018KonsernListsUseTheNearestYear() {
        assertThat(k.funksjoner(2018, "0M")).extracting(Kontoplan.Kode::code).contains("190", "120");
    }

    @Test
    void skjemaRegistry() {
        assertThat(Skjema.of("0AK3")).hasValueSatisfying(s -> {
            assertThat(s.grunnskjema()).isEqualTo("0A");
            assertThat(s.isKvartal()).isTrue();
            assertThat(s.drift()).isEqualTo('1');
        });
        assertThat(Skjema.of("0X")).hasValueSatisfying(s -> assertThat(s.familie()).isEqualTo(Skjema.Familie.HELSE));
        assertThat(Skjema.of("0Z")).isEmpty();
        assertThat(Skjema.alle()).hasSize(14 + 2 + 16);
        assertThat(Skjema.kommunale()).hasSize(14 + 16).noneMatch(s -> s.familie() == Skjema.Familie.HELSE);
    }
}

package no.kommunefakta.site.side;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KlartekstTest {

    @Test
    void innholdskoderRepoerOgIkkeInnebygdBlirBorteTabellerOgRegistreBlir() {
        assertThat(Klartekst.kilde("Netto driftsresultat, 1000 kr (SSB 12134, ikke innebygd)")).isEqualTo("Netto driftsresultat, 1000 kr (SSB 12134)");
        assertThat(Klartekst.kilde("Legetimer per uke i sykehjem (SSB, ikke innebygd)")).isEqualTo("Legetimer per uke i sykehjem (SSB)");
        assertThat(Klartekst.kilde("Korrigerte brutto driftsutgifter institusjon (funksjon 253, 261), 1000 kr (ikke innebygd)"))
                .isEqualTo("Korrigerte brutto driftsutgifter institusjon (funksjon 253, 261), 1000 kr");
        assertThat(Klartekst.kilde("SSB 12134 (KOSAG110000)")).isEqualTo("SSB 12134");
        assertThat(Klartekst.kilde("Avtalehjemler for private fysioterapeuter, fulltid (SSB 12191, KOSavtalehjemler0001)"))
                .isEqualTo("Avtalehjemler for private fysioterapeuter, fulltid (SSB 12191)");
        assertThat(Klartekst.kilde("SSB 12367 og 07459, publisert verdi: SSB 13502 ContentsCode=KOSutg020000"))
                .isEqualTo("SSB 12367 og 07459, publisert verdi: SSB 13502");
        assertThat(Klartekst.kilde("SSB 07459 via niphr/csdata")).isEqualTo("SSB 07459");
        assertThat(Klartekst.kilde("SSB KOSTRA nøkkeltall (kostrahoved)")).isEqualTo("SSB KOSTRA nøkkeltall");
        assertThat(Klartekst.kilde("Brukere av hjemmetjenester 80 år og over (IPLOS/KPR, ikke innebygd)"))
                .isEqualTo("Brukere av hjemmetjenester 80 år og over (IPLOS/KPR)");
    }
}

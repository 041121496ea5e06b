package no.kommunefakta.site.om;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.kommunefakta.site.model.Innholdskilde;

/** What {@code /om/} says about the table behind a figure, in particular when the latest fetch failed. */
class AboutPageProducerTest {

    private static Innholdskilde kilde(String utfall, Optional<Instant> hentet, String melding) {
        return new Innholdskilde("gs_grunnskolepoeng", "r12255.grunnskolepoeng", "publisert", "12255", "Utvalgte nøkkeltall for grunnskole (K)",
                "KOSgrunnskolepoe0000", "Gjennomsnittlig grunnskolepoeng (poeng)", "«grunnskolepoeng»", "", hentet, utfall, melding);
    }

    @Test
    void aFailedFetchSaysTheNumbersAreFromThePreviousOneAndWhy() {
        assertThat(AboutPageProducer.kilde(kilde("FEIL", Optional.of(Instant.parse("2026-12-01T06:00:00Z")),
                "no content of table 12255 fits «grunnskolepoeng»"))).isEqualTo("12255 Utvalgte nøkkeltall for grunnskole (K) (publisert): "
                        + "innholdskode KOSgrunnskolepoe0000 «Gjennomsnittlig grunnskolepoeng (poeng)»; etikettregel «grunnskolepoeng»; "
                        + "tallene er fra forrige henting 1.12.2026; den nye hentingen feilet: no content of table 12255 fits «grunnskolepoeng»");
    }

    @Test
    void aFailureWithoutEarlierNumbersSaysSo() {
        assertThat(AboutPageProducer.kilde(kilde("FEIL", Optional.empty(), "table 12255 failed: HTTP 503")))
                .endsWith("; ingen tall hentet ennå; siste henting feilet: table 12255 failed: HTTP 503");
    }

    @Test
    void aCheckedCodeSaysWhenItsDataArrived() {
        assertThat(AboutPageProducer.kilde(kilde("OK", Optional.of(Instant.parse("2026-12-01T06:00:00Z")), "")))
                .endsWith("; kontrollert mot SSBs metadata, data hentet 1.12.2026");
    }
}

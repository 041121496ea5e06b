package no.kommunefakta.site.endringer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.kommunefakta.site.data.DataSource;

class ReleaseLogTest {

    private static Utgivelse utgivelse(String publisert, String hentet, int barnehage) {
        return new Utgivelse(Instant.parse(publisert), Optional.of(Instant.parse(hentet)),
                List.of(new Utgivelse.Tabell("12367", Optional.of(Instant.parse(hentet)), "OK"),
                        new Utgivelse.Tabell("12163", Optional.empty(), "FEIL")),
                Map.of("barnehage", barnehage, "befolkning", 10), List.of("Tabell 12367 hentet på nytt 1.12.2026."));
    }

    @Test
    void enUtgivelseMedSammeTidErstattesOgLoggenErSortert() {
        ReleaseLog log = new ReleaseLog(List.of())
                .with(utgivelse("2026-12-02T06:00:00Z", "2026-12-01T05:00:00Z", 120))
                .with(utgivelse("2026-11-29T17:00:00Z", "2026-11-23T00:00:00Z", 100))
                .with(utgivelse("2026-12-02T06:00:00Z", "2026-12-01T05:00:00Z", 130));
        assertThat(log.utgivelser()).extracting(u -> u.publisert().toString())
                .containsExactly("2026-11-29T17:00:00Z", "2026-12-02T06:00:00Z");
        assertThat(log.utgivelser().get(1).tall()).containsEntry("barnehage", 130);
        assertThat(log.before(Instant.parse("2026-12-02T06:00:00Z"))).get()
                .extracting(u -> u.publisert().toString()).isEqualTo("2026-11-29T17:00:00Z");
        assertThat(log.before(Instant.parse("2026-11-29T17:00:00Z"))).isEmpty();
    }

    @Test
    void skrivesOgLesesTilbakeLikt(@TempDir Path dir) throws IOException {
        ReleaseLog log = new ReleaseLog(List.of()).with(utgivelse("2026-11-29T17:00:00Z", "2026-11-23T00:00:00Z", 100));
        log.write(dir);
        ReleaseLog lest = ReleaseLog.read(new DataSource(Optional.of(dir)));
        assertThat(lest).isEqualTo(log);
        assertThat(lest.json()).isEqualTo(log.json());
        assertThat(new ObjectMapper().readTree(dir.resolve(ReleaseLog.FILE).toFile()).at("/utgivelser/0/tabeller/1/hentet").asText())
                .isEmpty();
    }

    @Test
    void publisererensMerknadStaarForstBlantEndringene() {
        no.kommunefakta.site.model.SiteModel model = no.kommunefakta.site.model.SiteModel.load(DataSource.embedded());
        Instant t = Instant.parse("2026-11-29T20:00:00Z");
        Utgivelse med = ReleaseLogProducer.entry(model, Optional.empty(), t,
                Optional.of("Godkjent nedgang til 1777 sider: to kommuner slått sammen"));
        Utgivelse uten = ReleaseLogProducer.entry(model, Optional.empty(), t, Optional.empty());

        assertThat(med.endringer().get(0)).isEqualTo("Merknad ved publisering: Godkjent nedgang til 1777 sider: to kommuner slått sammen");
        assertThat(med.endringer().subList(1, med.endringer().size())).isEqualTo(uten.endringer());
        assertThat(uten.endringer().get(0)).startsWith("Første utgivelse i loggen");
    }

    @Test
    void utenLoggfilErLoggenTom(@TempDir Path dir) {
        assertThat(ReleaseLog.read(new DataSource(Optional.of(dir))).utgivelser()).isEmpty();
    }

    @Test
    void ugyldigTidspunktGirKlarFeil(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ReleaseLog.FILE), "{\"utgivelser\":[{\"publisert\":\"i går\"}]}");
        assertThatThrownBy(() -> ReleaseLog.read(new DataSource(Optional.of(dir))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endringer.json").hasMessageContaining("'i går'");
    }

    @Test
    void perNokkeltallTabellKodeEtikettOgTidspunktLagresOgEndringerNevnes(@TempDir Path dir) {
        Instant t1 = Instant.parse("2026-12-01T06:00:00Z");
        Instant t2 = Instant.parse("2026-12-08T06:00:00Z");
        Utgivelse.Kode foer = new Utgivelse.Kode("bhg_barn_1_5", "r13502.andel_1_5", "13502", "KOSandel150000",
                "Andel barn 1-5 år i barnehage (prosent)", Optional.of(t1), "OK");
        Utgivelse forrige = new Utgivelse(t1, Optional.of(t1), List.of(), Map.of(), List.of(), List.of(foer));
        List<Utgivelse.Kode> naa = List.of(
                new Utgivelse.Kode("bhg_barn_1_5", "r13502.andel_1_5", "13502", "KOSandel150001", "Andel barn 1-5 år i barnehage (prosent)",
                        Optional.of(t2), "NY_KODE"),
                new Utgivelse.Kode("gs_grunnskolepoeng", "r12255.grunnskolepoeng", "12255", "KOSgrunnskolepoe0000", "", Optional.of(t1), "FEIL"));
        assertThat(ReleaseLogProducer.kodeendringer(Optional.of(forrige), naa)).containsExactly(
                "Nøkkeltall bhg_barn_1_5: innholdskode KOSandel150000 → KOSandel150001 «Andel barn 1-5 år i barnehage (prosent)» (tabell 13502).",
                "Nøkkeltall gs_grunnskolepoeng: ingen innholdskode i tabell 12255 passet etikettregelen ved siste henting; forrige gode data brukes.");
        assertThat(ReleaseLogProducer.kodetekst(naa.get(0)))
                .isEqualTo("bhg_barn_1_5: 13502 KOSandel150001 «Andel barn 1-5 år i barnehage (prosent)» (hentet 8.12.2026)");
        ReleaseLog log = new ReleaseLog(List.of()).with(forrige);
        log.write(dir);
        assertThat(ReleaseLog.read(new DataSource(Optional.of(dir)))).isEqualTo(log);
    }

    @Test
    void enUtgivelseNavngirTabellKodeOgEtikettForHvertNokkeltall() {
        no.kommunefakta.site.model.SiteModel model = no.kommunefakta.site.model.SiteModel.load(DataSource.embedded());
        Utgivelse u = ReleaseLogProducer.entry(model, Optional.empty(), Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(u.koder()).contains(new Utgivelse.Kode("gs_per_innb", "r12367.grunnskole", "12367", "KOSbelop0000", "Beløp (1000 kr)",
                Optional.of(Instant.parse("2021-06-13T22:00:00Z")), "OK"));
        assertThat(u.koder()).filteredOn(k -> k.figur().equals("bhg_laerere")).singleElement()
                .satisfies(k -> assertThat(k.kode()).isEmpty());
    }
}

package no.kommunefakta.site.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.nokkeltall.Grunnlag;
import no.kommunefakta.site.nokkeltall.GrunnlagLoader;
import no.kommunefakta.site.region.Regioner;

/** The local run's live data: fresh data when the (stand-in) SSB answers, one line and the embedded data when it does not. */
class LiveRefreshTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    private static PxWebApiClient client(String url, Duration timeout) {
        return new PxWebApiClient(url, 6000, 700, 2000, 1, timeout, d -> { });
    }

    @Test
    void whenSsbAnswersTheSiteIsRenderedFromFreshDataKeptForTheNextStart(@TempDir Path dir) throws Exception {
        try (PxWebApiStandIn ssb = new PxWebApiStandIn()) {
            List<String> out = new ArrayList<>();
            List<String> err = new ArrayList<>();
            Optional<Path> data = LiveRefresh.prepare(dir, client(ssb.baseUrl(), Duration.ofSeconds(3)),
                    client(ssb.baseUrl(), Duration.ofSeconds(10)), Duration.ofHours(24), Clock.fixed(NOW, ZoneOffset.UTC), out::add, err::add);
            assertThat(data).hasValue(dir);
            assertThat(err).isEmpty();
            assertThat(out.get(0)).isEqualTo("SSB svarer: henter ferske tall til " + dir + " (19 tabeller)");
            assertThat(Files.list(dir.resolve(RefreshCommand.FOLDER))).hasSize(19);
            DataSource kilde = new DataSource(data);
            Grunnlag g = new GrunnlagLoader(kilde, Regioner.load(kilde)).load();
            assertThat(g.celle("r11820.netto_innflytting", "5001", 2025).harTall()).isTrue();

            // the next start within a day uses the folder without asking SSB
            int calls = ssb.requests().size();
            List<String> out2 = new ArrayList<>();
            assertThat(LiveRefresh.prepare(dir, client(ssb.baseUrl(), Duration.ofSeconds(3)), client(ssb.baseUrl(), Duration.ofSeconds(10)),
                    Duration.ofHours(24), Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC), out2::add, err::add)).hasValue(dir);
            assertThat(ssb.requests()).hasSize(calls);
            assertThat(out2).singleElement().asString().startsWith("SSB-data fra " + dir + " (hentet 2026-12-07T06:00:00Z) brukes");
        }
    }

    @Test
    void whenSsbDoesNotAnswerOneLineSaysSoAndTheEmbeddedDataAreUsed(@TempDir Path dir) throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/api/pxwebapi/v2";
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        Optional<Path> data = LiveRefresh.prepare(dir, client(url, Duration.ofSeconds(2)), client(url, Duration.ofSeconds(2)),
                Duration.ofHours(24), Clock.fixed(NOW, ZoneOffset.UTC), out::add, err::add);
        assertThat(data).isEmpty();
        assertThat(out).isEmpty();
        assertThat(err).singleElement().asString().startsWith("SSB svarer ikke (PxWebApi GET table 12134: no answer from")
                .endsWith("): viser innebygde data (hentet 2026-11-23T00:00:00Z)");
        assertThat(Files.exists(dir.resolve(RefreshStatus.FILE))).isFalse();
    }

    @Test
    void whenSsbDoesNotAnswerInTimeAnEarlierLiveFetchIsUsed(@TempDir Path dir) throws Exception {
        try (PxWebApiStandIn ssb = new PxWebApiStandIn()) {
            LiveRefresh.prepare(dir, client(ssb.baseUrl(), Duration.ofSeconds(3)), client(ssb.baseUrl(), Duration.ofSeconds(10)),
                    Duration.ofHours(24), Clock.fixed(NOW, ZoneOffset.UTC), s -> { }, s -> { });
            ssb.fault = ex -> {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ex.close();
                return true;
            };
            List<String> err = new ArrayList<>();
            // two days later: too old to use without asking, and SSB does not answer within the limit
            assertThat(LiveRefresh.prepare(dir, client(ssb.baseUrl(), Duration.ofMillis(500)), client(ssb.baseUrl(), Duration.ofSeconds(10)),
                    Duration.ofHours(24), Clock.fixed(NOW.plus(Duration.ofDays(2)), ZoneOffset.UTC), s -> { }, err::add)).hasValue(dir);
            assertThat(err).singleElement().asString().startsWith("SSB svarer ikke (PxWebApi GET table 12134: no answer within 500 ms)")
                    .endsWith("viser data hentet 2026-12-07T06:00:00Z fra " + dir);
        }
    }
}

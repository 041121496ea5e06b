package no.kommunefakta.site.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;


/**
 * {@code refresh} against a local server where one table misbehaves: the table keeps its last good files and its last
 * good fetch time, is reported by id, the exit code is 1, and the other tables are refreshed.
 */
class RefreshFaultTest {

    /** What the faulty table answers. */
    enum Fault { HTTP_429, HTTP_500, TRUNCATED_JSON, HTML_ERROR_PAGE, HTML_WITH_200, TIMEOUT }

    private static final String FAULTY = "12367";
    private static final Instant FIRST = Instant.parse("2026-11-01T06:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-29T06:00:00Z");

    private PxWebApiStandIn ssb;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Fault fault;

    @BeforeEach
    void start() throws IOException {
        ssb = new PxWebApiStandIn();
        ssb.oppdatert = "first-2026-11-01T06:00:00Z";
        ssb.fault = this::answer;
    }

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        ssb.close();
    }

    /** The faulty table's data answer; every other answer (and the table's metadata) is the stand-in's. */
    private boolean answer(HttpExchange ex) {
        if (fault == null || !ex.getRequestURI().getPath().endsWith("/" + FAULTY + "/data")) {
            return false;
        }
        try {
            switch (fault) {
                case HTTP_429 -> {
                    ex.getResponseHeaders().add("Retry-After", "1");
                    PxWebApiClientTest.send(ex, 429, "text/plain", "Too Many Requests");
                }
                case HTTP_500 -> PxWebApiClientTest.send(ex, 500, "application/json",
                        "{\"type\":\"Internal error\",\"title\":\"Unexpected error\",\"status\":500}");
                case TRUNCATED_JSON -> PxWebApiClientTest.send(ex, 200, "application/json", "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"KOK");
                case HTML_ERROR_PAGE -> PxWebApiClientTest.send(ex, 503, "text/html", "<!DOCTYPE html><html><body>Service Unavailable</body></html>");
                case HTML_WITH_200 -> PxWebApiClientTest.send(ex, 200, "text/html", "<html><head><title>Vedlikehold</title></head><body>SSB</body></html>");
                case TIMEOUT -> {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ex.close();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return true;
    }

    private int refresh(Path dir, Instant now, List<String> out, List<String> err) {
        PxWebApiClient client = new PxWebApiClient(ssb.baseUrl(), 6000, 700, 2000, 2, Duration.ofMillis(700), d -> { });
        return RefreshCommand.run(client, dir, out::add, err::add, Clock.fixed(now, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFailingTableKeepsItsLastGoodDataAndIsReported(Fault f, @TempDir Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        assertThat(refresh(dir, FIRST, out, err)).as(String.join("\n", err)).isZero();
        assertThat(err).isEmpty();
        Path faultyFile = dir.resolve(RefreshCommand.FOLDER).resolve(FAULTY + "_1.json");
        String lastGood = Files.readString(faultyFile);
        assertThat(lastGood).contains("\"updated\":\"first-");

        fault = f;
        ssb.oppdatert = "second-2026-11-29T06:00:00Z";
        err.clear();
        int code = refresh(dir, SECOND, out, err);

        assertThat(code).isEqualTo(1);
        assertThat(err).singleElement().asString().startsWith("table " + FAULTY + " failed, its last good data is kept: ");
        assertThat(Files.readString(faultyFile)).isEqualTo(lastGood);
        assertThat(Files.readString(dir.resolve(RefreshCommand.FOLDER).resolve("12134_1.json"))).contains("\"updated\":\"second-");
        assertThat(Files.list(dir.resolve(RefreshCommand.FOLDER)).map(p -> p.getFileName().toString()).sorted())
                .containsExactly("07459_1.json", "11814_1.json", "11815_1.json", "11820_1.json", "11906_1.json", "11996_1.json", "12134_1.json", "12163_1.json",
                        "12191_1.json", "12209_1.json", "12255_1.json", "12293_1.json", "12362_1.json", "12367_1.json", "12905_1.json",
                        "13135_1.json", "13502_1.json", "13995_1.json", "14019_1.json");

        RefreshStatus status = RefreshStatus.read(dir.resolve(RefreshStatus.FILE));
        RefreshStatus.Row failed = status.row(FAULTY).orElseThrow();
        assertThat(failed.state()).isEqualTo(RefreshStatus.State.FEIL);
        assertThat(failed.fetched()).hasValue(FIRST);
        assertThat(failed.message()).contains(switch (f) {
            case HTTP_429 -> "HTTP 429";
            case HTTP_500 -> "HTTP 500: Internal error: Unexpected error";
            case TRUNCATED_JSON -> "not usable JSON-stat";
            case HTML_ERROR_PAGE -> "HTTP 503: HTML error page";
            case HTML_WITH_200 -> "HTML page, not JSON-stat";
            case TIMEOUT -> "no answer within";
        });
        assertThat(status.row("12134").orElseThrow()).satisfies(r -> {
            assertThat(r.state()).isEqualTo(RefreshStatus.State.OK);
            assertThat(r.fetched()).hasValue(SECOND);
        });
        // the population (07459, the embedded csdata extract as its base until now) is fetched like every other table
        assertThat(status.row("07459").orElseThrow().fetched()).hasValue(SECOND);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"HTTP_500", "TIMEOUT"})
    void aTableThatNeverSucceededHasNoFetchTime(Fault f, @TempDir Path dir) throws IOException {
        fault = f;
        List<String> err = new ArrayList<>();
        assertThat(refresh(dir, FIRST, new ArrayList<>(), err)).isEqualTo(1);
        assertThat(Files.exists(dir.resolve(RefreshCommand.FOLDER).resolve(FAULTY + "_1.json"))).isFalse();
        // the embedded extract is the last good data: its extraction time stays
        RefreshStatus.Row row = RefreshStatus.read(dir.resolve(RefreshStatus.FILE)).row(FAULTY).orElseThrow();
        assertThat(row.state()).isEqualTo(RefreshStatus.State.FEIL);
        assertThat(row.fetched()).hasValue(Instant.parse("2021-06-13T22:00:00Z"));
        assertThat(Files.readAllLines(dir.resolve(RefreshStatus.FILE), StandardCharsets.UTF_8).get(0))
                .isEqualTo("tabell;hentet;status;melding");
    }
}

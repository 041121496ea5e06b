package no.kommunefakta.site.refresh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import no.kommunefakta.site.data.DataSource;

/**
 * Live data for a local run ({@code render}, {@code serve}, {@code ./mvnw -Plocal package}): data fetched before into
 * the data folder and still fresh are used as they are; otherwise SSB is asked once with a short time limit, and when
 * it answers every table is refreshed into the folder (so the next start is fast); when it does not answer, one line
 * says so and the site is rendered from what there is: the folder's earlier fetch, else the embedded data with their
 * date.
 */
public final class LiveRefresh {

    private LiveRefresh() {
    }

    /**
     * The local run's live data ({@link LiveRefresh}): {@code kommunefakta.live.data-dir} (default
     * {@code target/ssb-data}), SSB asked with {@code kommunefakta.live.timeout-seconds} (default 3), data younger than
     * {@code kommunefakta.live.max-age-hours} (default 24) used as they are.
     *
     * @return the data folder to render from, empty = the embedded data
     */
    public static Optional<Path> live(Optional<Path> dataDir, Consumer<String> out, Consumer<String> err) {
        Config c = ConfigProvider.getConfig();
        Path dir = dataDir.orElse(Path.of(c.getOptionalValue("kommunefakta.live.data-dir", String.class).orElse("target/ssb-data")));
        Duration probe = Duration.ofSeconds(c.getOptionalValue("kommunefakta.live.timeout-seconds", Integer.class).orElse(3));
        Duration full = Duration.ofSeconds(c.getOptionalValue("kommunefakta.pxwebapi.timeout-seconds", Integer.class).orElse(60));
        return prepare(dir, RefreshCommand.configuredClient(probe), RefreshCommand.configuredClient(full),
                Duration.ofHours(c.getOptionalValue("kommunefakta.live.max-age-hours", Integer.class).orElse(24)), Clock.systemUTC(), out, err);
    }

    /**
     * Prepares the data folder of a local run.
     *
     * @param dir    the data folder (created when SSB answers)
     * @param probe  client with the short time limit, for one metadata request
     * @param full   client for the refresh itself
     * @param maxAge data fetched more recently than this are used without asking SSB
     * @return the data folder to render from, empty = the embedded data
     */
    public static Optional<Path> prepare(Path dir, PxWebApiClient probe, PxWebApiClient full, Duration maxAge, Clock clock,
            Consumer<String> out, Consumer<String> err) {
        List<RefreshPlan.Tabellplan> plan = RefreshPlan.tabeller(DataSource.embedded());
        Optional<Instant> tidligere = hentet(dir, plan);
        if (tidligere.isPresent() && tidligere.get().isAfter(clock.instant().minus(maxAge))) {
            out.accept("SSB-data fra " + dir + " (hentet " + tidligere.get() + ") brukes; de hentes på nytt etter " + maxAge.toHours() + " timer");
            return Optional.of(dir);
        }
        try {
            Tabellmetadata.les(plan.get(0).tabell(), probe.metadata(plan.get(0).tabell()));
        } catch (PxWebApiException | IllegalArgumentException e) {
            String grunn = e.getMessage();
            if (tidligere.isPresent()) {
                err.accept("SSB svarer ikke (" + grunn + "): viser data hentet " + tidligere.get() + " fra " + dir);
                return Optional.of(dir);
            }
            err.accept("SSB svarer ikke (" + grunn + "): viser innebygde data (hentet "
                    + innebygdHentet().map(Instant::toString).orElse("ukjent") + ")");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return tidligere.map(x -> dir);
        }
        out.accept("SSB svarer: henter ferske tall til " + dir + " (" + plan.size() + " tabeller)");
        int kode = RefreshCommand.run(full, dir, out, err, clock);
        if (kode != 0) {
            err.accept("Noen tabeller eller serier ble ikke oppdatert (se over); de beholder sist gode eller innebygde data");
        }
        return Optional.of(dir);
    }

    /** The oldest fetch among the planned tables in the folder's own status file, empty if any table was never fetched there. */
    static Optional<Instant> hentet(Path dir, List<RefreshPlan.Tabellplan> plan) {
        if (!Files.isRegularFile(dir.resolve(RefreshStatus.FILE))) {
            return Optional.empty();
        }
        RefreshStatus s = RefreshStatus.read(dir.resolve(RefreshStatus.FILE));
        Instant eldste = Instant.MAX;
        for (RefreshPlan.Tabellplan p : plan) {
            Optional<Instant> t = s.row(p.tabell()).flatMap(RefreshStatus.Row::fetched);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            eldste = t.get().isBefore(eldste) ? t.get() : eldste;
        }
        return Optional.of(eldste);
    }

    /** The embedded data's date: the newest extraction time in the embedded status. */
    private static Optional<Instant> innebygdHentet() {
        return RefreshStatus.read(DataSource.embedded()).rows().stream().flatMap(r -> r.fetched().stream()).max(Instant::compareTo);
    }
}

package no.kommunefakta.site.refresh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.jsonstat.Datasett;
import no.kommunefakta.site.jsonstat.JsonStat;
import no.kommunefakta.site.nokkeltall.SerieDef;
import no.kommunefakta.site.region.Regioner;

/**
 * {@code refresh}: fetches every table of the {@link RefreshPlan} from PxWebApi v2 into
 * {@code <data-dir>/ssb/jsonstat2/refresh/}, where the next render picks them up ({@code kommunefakta.data-dir}).
 * A table is replaced only when every part of it arrived as valid JSON-stat; a table that fails (HTTP error, 429
 * after the retries, timeout, truncated JSON, an HTML page) keeps its last good files, is named on {@code err}, and
 * makes the exit code 1, while the other tables are still refreshed. The outcome of every table is written to
 * {@code <data-dir>/refresh-status.csv} ({@link RefreshStatus}).
 * <p>
 * Every table's metadata is read first: each series' content code is chosen and checked by its label
 * ({@link Kodevalg}), a renamed code is replaced and reported, a series whose label fits nothing gets no new data and
 * is reported with the labels seen (the other series of the table are still fetched); the request asks only for
 * years and regions the table has. The choices go to {@code <data-dir>/kodevalg.csv} ({@link KodevalgStatus}).
 */
public final class RefreshCommand {

    /** Folder of the fetched files, relative to the data folder. */
    public static final String FOLDER = "ssb/jsonstat2/refresh";

    private RefreshCommand() {
    }

    /**
     * Runs with the configured client ({@code kommunefakta.pxwebapi.*}, defaults as in {@code application.properties}).
     *
     * @return 0 when every table was refreshed, 1 when at least one failed
     */
    public static int run(Path dataDir, Consumer<String> out, Consumer<String> err) {
        Config c = ConfigProvider.getConfig();
        return run(configuredClient(Duration.ofSeconds(c.getOptionalValue("kommunefakta.pxwebapi.timeout-seconds", Integer.class).orElse(60))),
                dataDir, out, err, Clock.systemUTC());
    }

    /** A client with the configured limits ({@code kommunefakta.pxwebapi.*}) and the given time limit. */
    static PxWebApiClient configuredClient(Duration timeout) {
        Config c = ConfigProvider.getConfig();
        return new PxWebApiClient(
                c.getOptionalValue("kommunefakta.pxwebapi.base-url", String.class).orElse("https://data.ssb.no/api/pxwebapi/v2"),
                c.getOptionalValue("kommunefakta.pxwebapi.requests-per-minute", Integer.class).orElse(30),
                c.getOptionalValue("kommunefakta.pxwebapi.max-codes-per-get", Integer.class).orElse(700),
                c.getOptionalValue("kommunefakta.pxwebapi.max-url-length", Integer.class).orElse(2000),
                c.getOptionalValue("kommunefakta.pxwebapi.retries", Integer.class).orElse(5),
                timeout, d -> Thread.sleep(d.toMillis()));
    }

    /** Runs with a given client and clock (tests pass a client whose waits do not sleep). */
    public static int run(PxWebApiClient client, Path dataDir, Consumer<String> out, Consumer<String> err, Clock clock) {
        DataSource kilde = new DataSource(Optional.of(dataDir));
        Regioner regioner = Regioner.load(kilde);
        List<RefreshPlan.Tabellplan> plan = RefreshPlan.tabeller(kilde);
        RefreshStatus status = RefreshStatus.read(kilde);
        KodevalgStatus koder = KodevalgStatus.read(kilde);
        Path folder = dataDir.resolve(FOLDER);
        List<String> failed = new ArrayList<>();
        List<String> failedSeries = new ArrayList<>();
        for (RefreshPlan.Tabellplan p : plan) {
            String table = p.tabell();
            Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            List<Kodevalg> valg = new ArrayList<>();
            KodevalgStatus foer = koder;
            try {
                Tabellmetadata meta = Tabellmetadata.les(table, client.metadata(table));
                for (SerieDef d : p.serier()) {
                    Kodevalg v = Kodevalg.velg(d, meta);
                    valg.add(v);
                    switch (v.utfall()) {
                        case OK -> { }
                        case NY_KODE -> out.accept("Serie " + d.id() + " (tabell " + table + "): " + v.melding());
                        case FEIL -> failedSeries.add(d.id());
                    }
                }
                List<Map<String, String>> utvalg = new ArrayList<>();
                for (int i = 0; i < valg.size(); i++) {
                    if (valg.get(i).valgt().isPresent()) {
                        utvalg.add(valg.get(i).utvalg(p.serier().get(i)));
                    }
                }
                if (utvalg.isEmpty()) {
                    throw new IllegalArgumentException("table " + table + ": no series has a content code that fits its label");
                }
                TableRequest request = RefreshPlan.request(p, utvalg, meta, regioner);
                List<String> parts = client.fetch(request);
                int cells = 0;
                for (String part : parts) {
                    cells += parse(table, part).celler().size();
                }
                for (int i = 0; i < valg.size(); i++) {
                    SerieDef d = p.serier().get(i);
                    if (valg.get(i).utfall() == Kodevalg.Utfall.FEIL) {
                        Optional<Instant> bevart = bevar(kilde, folder, table, d, foer.row(d.id()));
                        err.accept("series " + d.id() + " (table " + table + ") gets no new data"
                                + bevart.map(h -> ", its values fetched " + h + " are kept").orElse("") + ": " + valg.get(i).melding());
                    }
                }
                replace(folder, table, parts);
                for (int i = 0; i < valg.size(); i++) {
                    if (valg.get(i).utfall() != Kodevalg.Utfall.FEIL) {
                        slettBevart(folder, p.serier().get(i).id());
                    }
                }
                String message = parts.size() + (parts.size() == 1 ? " fil, " : " filer, ") + cells + " celler";
                status = status.with(table, Optional.of(started), RefreshStatus.State.OK, message);
                for (Kodevalg v : valg) {
                    koder = koder.with(v, Optional.of(started));
                }
                out.accept("Tabell " + table + ": " + message + " -> " + folder);
            } catch (PxWebApiException | IllegalArgumentException e) {
                failed.add(table);
                status = status.with(table, Optional.empty(), RefreshStatus.State.FEIL, e.getMessage());
                koder = tabellFeilet(koder, p, valg, e.getMessage());
                err.accept("table " + table + " failed, its last good data is kept: " + e.getMessage());
            } catch (IOException e) {
                failed.add(table);
                status = status.with(table, Optional.empty(), RefreshStatus.State.FEIL,
                        "cannot write to " + folder + ": " + e.getMessage());
                koder = tabellFeilet(koder, p, valg, "cannot write to " + folder);
                err.accept("table " + table + ": cannot write to " + folder + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(table);
                err.accept("refresh interrupted at table " + table);
                break;
            }
        }
        try {
            status.write(dataDir);
            koder.write(dataDir);
        } catch (IOException e) {
            err.accept("cannot write " + dataDir.resolve(RefreshStatus.FILE) + ": " + e.getMessage());
            return 1;
        }
        out.accept("Kall mot PxWebApi: " + client.calls().size() + ", tabeller: " + plan.size()
                + (failed.isEmpty() ? "" : ", feilet: " + String.join(", ", failed))
                + (failedSeries.isEmpty() ? "" : ", serier uten passende innholdskode: " + String.join(", ", failedSeries)));
        return failed.isEmpty() && failedSeries.isEmpty() ? 0 : 1;
    }

    /** A failed table: every series keeps its last good choice; those already judged keep their own message. */
    private static KodevalgStatus tabellFeilet(KodevalgStatus koder, RefreshPlan.Tabellplan p, List<Kodevalg> valg, String melding) {
        List<KodevalgStatus.Row> rader = new ArrayList<>();
        for (SerieDef d : p.serier()) {
            String konfigurert = Kodevalg.uttrekk(d).getOrDefault("ContentsCode", "");
            rader.add(new KodevalgStatus.Row(d.id(), p.tabell(), "ContentsCode", konfigurert, "", "", Kodevalg.Utfall.FEIL,
                    Optional.empty(), melding));
        }
        KodevalgStatus ut = koder.failed(rader, "table " + p.tabell() + " failed: " + melding);
        for (Kodevalg v : valg) {
            if (v.utfall() == Kodevalg.Utfall.FEIL) {
                ut = ut.with(v, Optional.empty());
            }
        }
        return ut;
    }

    /**
     * Keeps the last good data of a series that gets no new data while the rest of its table is replaced: the table's
     * current files that hold the series' cells (with its last good code) are copied to
     * {@code bevart/<series>/}, which the loader reads for a failing series. Files kept by an earlier run stay.
     *
     * @return when the kept values were fetched, empty when the series has no earlier values
     */
    static Optional<Instant> bevar(DataSource kilde, Path folder, String table, SerieDef d, Optional<KodevalgStatus.Row> forrige)
            throws IOException {
        Path dir = folder.resolve(DataSource.KEPT).resolve(d.id());
        Optional<Instant> hentet = forrige.flatMap(KodevalgStatus.Row::hentet);
        if (Files.isRegularFile(dir.resolve(table + "_1.json"))) {
            return hentet;
        }
        Optional<KodevalgStatus.Row> kode = forrige.filter(r -> !r.valgt().isEmpty());
        if (kode.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> utvalg = new java.util.LinkedHashMap<>(d.utvalg());
        utvalg.put(kode.get().dimensjon(), kode.get().valgt());
        List<String> med = new ArrayList<>();
        for (String sti : kilde.refreshedFiles(table)) {
            Datasett ds;
            try (java.io.InputStream in = kilde.open(sti)) {
                ds = JsonStat.read(in);
            }
            if (utvalg.entrySet().stream().allMatch(e -> ds.dimensjoner().stream()
                    .anyMatch(x -> x.id().equals(e.getKey()) && !SerieDef.koder(e.getValue(), x.koder()).isEmpty()))) {
                med.add(sti);
            }
        }
        if (med.isEmpty()) {
            return Optional.empty();
        }
        Files.createDirectories(dir);
        for (int i = 0; i < med.size(); i++) {
            Path tmp = dir.resolve("." + table + "_" + (i + 1) + ".json.tmp");
            try (java.io.InputStream in = kilde.open(med.get(i))) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, dir.resolve(table + "_" + (i + 1) + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        return hentet;
    }

    /** A series that got new data again needs no kept files. */
    private static void slettBevart(Path folder, String serie) throws IOException {
        Path dir = folder.resolve(DataSource.KEPT).resolve(serie);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> filer = Files.list(dir)) {
            for (Path f : filer.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private static Datasett parse(String table, String body) {
        if (body.stripLeading().startsWith("<")) {
            throw new IllegalArgumentException("PxWebApi table " + table + ": answer is an HTML page, not JSON-stat");
        }
        try {
            return JsonStat.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PxWebApi table " + table + ": answer is not usable JSON-stat ("
                    + e.getMessage() + ")");
        }
    }

    /** Writes the new files of a table next to the old ones, then swaps them in; the old set stays on any failure. */
    private static void replace(Path folder, String table, List<String> parts) throws IOException {
        Files.createDirectories(folder);
        List<Path> staged = new ArrayList<>();
        try {
            for (int i = 0; i < parts.size(); i++) {
                Path tmp = folder.resolve("." + table + "_" + (i + 1) + ".json.tmp");
                Files.writeString(tmp, parts.get(i), StandardCharsets.UTF_8);
                staged.add(tmp);
            }
        } catch (IOException e) {
            for (Path p : staged) {
                Files.deleteIfExists(p);
            }
            throw e;
        }
        try (Stream<Path> old = Files.list(folder)) {
            for (Path p : old.filter(p -> p.getFileName().toString().matches(table + "_\\d+\\.json")).toList()) {
                Files.delete(p);
            }
        }
        for (int i = 0; i < staged.size(); i++) {
            Files.move(staged.get(i), folder.resolve(table + "_" + (i + 1) + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }
}

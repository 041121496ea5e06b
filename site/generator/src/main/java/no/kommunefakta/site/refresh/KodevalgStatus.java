package no.kommunefakta.site.refresh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;

/**
 * Which content code, with which SSB label, filled every series read from PxWebApi, and when: {@code kodevalg.csv} in
 * the data folder (UTF-8, {@code ;}, header {@code serie;tabell;dimensjon;konfigurert;valgt;etikett;utfall;hentet;melding}).
 * {@code valgt} and {@code hentet} keep the last good choice when a later run fails; the loader reads the series with
 * {@code valgt}. The embedded default describes the embedded extracts.
 *
 * @param rows one row per series, ordered by series id
 */
public record KodevalgStatus(List<Row> rows) {

    /** File name, relative to the data folder (and to {@code data/} on the classpath). */
    public static final String FILE = "kodevalg.csv";

    /**
     * One series.
     *
     * @param serie       series id
     * @param tabell      SSB table id
     * @param dimensjon   content dimension
     * @param konfigurert configured code, empty when chosen by label only
     * @param valgt       code the data were fetched with (the last good one on failure), empty if never chosen
     * @param etikett     SSB's label of {@code valgt}, or the label rule when nothing was chosen
     * @param utfall      outcome of the latest run
     * @param hentet      when data for the series last arrived
     * @param melding     one line
     */
    public record Row(String serie, String tabell, String dimensjon, String konfigurert, String valgt, String etikett,
            Kodevalg.Utfall utfall, Optional<Instant> hentet, String melding) {
    }

    public static KodevalgStatus read(DataSource kilde) {
        if (!kilde.exists(FILE)) {
            return new KodevalgStatus(List.of());
        }
        List<Row> rows = new ArrayList<>();
        for (Csv.Rad r : kilde.csv(FILE, ';')) {
            String where = FILE + " line " + r.linje() + ": ";
            Optional<Instant> hentet = RefreshStatus.hentet(r, where);
            Kodevalg.Utfall utfall;
            try {
                utfall = Kodevalg.Utfall.valueOf(r.get("utfall"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "utfall '" + r.get("utfall") + "' is not OK, NY_KODE or FEIL");
            }
            rows.add(new Row(r.get("serie"), r.get("tabell"), r.get("dimensjon"), r.get("konfigurert"), r.get("valgt"),
                    r.get("etikett"), utfall, hentet, r.get("melding")));
        }
        return new KodevalgStatus(List.copyOf(rows));
    }

    public Optional<Row> row(String serie) {
        return rows.stream().filter(r -> r.serie().equals(serie)).findFirst();
    }

    /**
     * This status with the outcome of one series: a choice with data fetched at {@code hentet}, or a failure, which
     * keeps the last good code, label and time.
     */
    public KodevalgStatus with(Kodevalg v, Optional<Instant> hentet) {
        Map<String, Row> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.serie(), r));
        Optional<Row> forrige = row(v.serie());
        Row ny = v.valgt().isPresent()
                ? new Row(v.serie(), v.tabell(), v.dimensjon(), v.konfigurert(), v.valgt().get(), v.etikett(), v.utfall(),
                        hentet, RefreshStatus.oneLine(v.melding()))
                : new Row(v.serie(), v.tabell(), v.dimensjon(), v.konfigurert(), forrige.map(Row::valgt).orElse(""),
                        forrige.filter(r -> !r.valgt().isEmpty()).map(Row::etikett).orElse(v.etikett()), v.utfall(),
                        forrige.flatMap(Row::hentet), RefreshStatus.oneLine(v.melding()));
        m.put(v.serie(), ny);
        return new KodevalgStatus(List.copyOf(m.values()));
    }

    /** Marks every given series as failed with one message (the table failed), keeping their last good choice. */
    public KodevalgStatus failed(List<Row> serier, String melding) {
        Map<String, Row> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.serie(), r));
        for (Row r : serier) {
            Row forrige = m.getOrDefault(r.serie(), r);
            m.put(r.serie(), new Row(r.serie(), r.tabell(), r.dimensjon(), r.konfigurert(), forrige.valgt(), forrige.etikett(),
                    Kodevalg.Utfall.FEIL, forrige.hentet(), RefreshStatus.oneLine(melding)));
        }
        return new KodevalgStatus(List.copyOf(m.values()));
    }

    /** Writes {@code <dir>/kodevalg.csv} atomically. */
    public void write(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("serie;tabell;dimensjon;konfigurert;valgt;etikett;utfall;hentet;melding\n");
        for (Row r : rows) {
            sb.append(r.serie()).append(';').append(r.tabell()).append(';').append(r.dimensjon()).append(';')
                    .append(r.konfigurert()).append(';').append(r.valgt()).append(';')
                    .append(RefreshStatus.csvField(r.etikett())).append(';').append(r.utfall()).append(';')
                    .append(r.hentet().map(Instant::toString).orElse("")).append(';')
                    .append(RefreshStatus.csvField(r.melding())).append('\n');
        }
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package no.kommunefakta.site.refresh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.nokkeltall.GrunnlagLoader;
import no.kommunefakta.site.nokkeltall.Katalog;
import no.kommunefakta.site.nokkeltall.Kildetabell;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.SerieDef;

/**
 * What a {@code refresh} changed, in Markdown for the data-refresh pull request: the tables whose data changed and the
 * key figures they fill, content codes SSB renamed, series and tables that failed (with SSB's labels or error).
 *
 * @param filer   table id -> contents of its fetched files before the run
 * @param koder   the content-code choices before the run
 */
public record RefreshSummary(Map<String, List<String>> filer, KodevalgStatus koder) {

    /** The state of a data folder before a run. */
    public static RefreshSummary before(Path dataDir) {
        DataSource kilde = new DataSource(Optional.of(dataDir));
        return new RefreshSummary(files(kilde), KodevalgStatus.read(kilde));
    }

    private static Map<String, List<String>> files(DataSource kilde) {
        Map<String, List<String>> ut = new TreeMap<>();
        for (RefreshPlan.Tabellplan p : RefreshPlan.tabeller(kilde)) {
            List<String> innhold = new ArrayList<>();
            for (String sti : kilde.refreshedFiles(p.tabell())) {
                try (var in = kilde.open(sti)) {
                    innhold.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            ut.put(p.tabell(), innhold);
        }
        return ut;
    }

    /** The summary of the run that followed {@link #before}, as Markdown. */
    public String markdown(Path dataDir) {
        DataSource kilde = new DataSource(Optional.of(dataDir));
        Map<String, List<String>> etter = files(kilde);
        KodevalgStatus nye = KodevalgStatus.read(kilde);
        RefreshStatus status = RefreshStatus.read(kilde);
        Katalog katalog = Katalog.load(kilde, GrunnlagLoader.definisjoner(kilde).stream().map(SerieDef::id).collect(Collectors.toSet()));
        StringBuilder sb = new StringBuilder("## Oppdatering fra SSB\n\n");
        List<String> endret = etter.keySet().stream().filter(t -> !etter.get(t).equals(filer.getOrDefault(t, List.of()))).toList();
        sb.append("| tabell | status | hentet | endret |\n|---|---|---|---|\n");
        for (String t : etter.keySet()) {
            RefreshStatus.Row r = status.row(t).orElse(new RefreshStatus.Row(t, Optional.empty(), RefreshStatus.State.FEIL, ""));
            sb.append("| ").append(t).append(" | ").append(r.state()).append(" | ").append(r.fetched().map(Object::toString).orElse("–"))
                    .append(" | ").append(endret.contains(t) ? "ja" : "nei").append(" |\n");
        }
        TreeSet<String> figurer = new TreeSet<>();
        for (Nokkeltall n : katalog.nokkeltall()) {
            if (n.kildetabeller().stream().map(Kildetabell::tabell).anyMatch(endret::contains)) {
                figurer.add(n.id() + " (" + n.navn() + ")");
            }
        }
        sb.append("\n### Nøkkeltall med nye data (").append(figurer.size()).append(")\n\n");
        figurer.forEach(f -> sb.append("- ").append(f).append('\n'));
        List<String> kodeendringer = new ArrayList<>();
        List<String> feil = new ArrayList<>();
        for (KodevalgStatus.Row r : nye.rows()) {
            Optional<KodevalgStatus.Row> f = koder.row(r.serie());
            if (r.utfall() == Kodevalg.Utfall.FEIL) {
                feil.add("- `" + r.serie() + "` (" + r.tabell() + "): " + r.melding());
            } else if (f.isEmpty() || !f.get().valgt().equals(r.valgt())) {
                kodeendringer.add("- `" + r.serie() + "` (" + r.tabell() + "): " + f.map(KodevalgStatus.Row::valgt).filter(v -> !v.isEmpty())
                        .orElse("–") + " → " + r.valgt() + " «" + r.etikett() + "»" + (r.utfall() == Kodevalg.Utfall.NY_KODE ? " (SSB har ny kode)" : ""));
            }
        }
        sb.append("\n### Innholdskoder valgt på nytt (").append(kodeendringer.size()).append(")\n\n");
        kodeendringer.forEach(l -> sb.append(l).append('\n'));
        List<String> tabellfeil = status.rows().stream()
                .filter(r -> r.state() == RefreshStatus.State.FEIL && etter.containsKey(r.table()))
                .map(r -> "- tabell " + r.table() + ": " + r.message()).toList();
        sb.append("\n### Feil (").append(feil.size() + tabellfeil.size()).append(")\n\n");
        tabellfeil.forEach(l -> sb.append(l).append('\n'));
        feil.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}

package no.kommunefakta.site.endringer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import no.kommunefakta.site.model.Innholdskilde;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.Resultat;
import no.kommunefakta.site.nokkeltall.Tjenesteomraade;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.refresh.RefreshStatus;
import no.kommunefakta.site.side.Datoer;

/**
 * {@code /endringer/}: the release log with this render's entry (date, tables refreshed, what changed), and the log as
 * {@code /endringer/endringer.json}. With a data folder the extended log is written back there.
 */
public final class ReleaseLogProducer implements PageProducer {

    private final SiteModel model;
    private final Instant publisert;
    private final Optional<Path> dataDir;
    private final ReleaseLog previous;
    private final Optional<String> merknad;
    private ReleaseLog log;

    public ReleaseLogProducer(SiteModel model, ReleaseLog previous, Instant publisert, Optional<Path> dataDir) {
        this(model, previous, publisert, dataDir, Optional.empty());
    }

    /** @param merknad the publisher's note for this release, shown first among its changes */
    public ReleaseLogProducer(SiteModel model, ReleaseLog previous, Instant publisert, Optional<Path> dataDir, Optional<String> merknad) {
        this.model = model;
        this.publisert = publisert;
        this.dataDir = dataDir;
        this.previous = previous;
        this.merknad = merknad;
    }

    /**
     * The log with this render's entry, made on first use: the entry counts every figure's results in every region,
     * which the region pages compute anyway, so it is made in this producer's job (in parallel with the other pages),
     * not before the render starts.
     */
    public synchronized ReleaseLog log() {
        if (log == null) {
            log = previous.with(entry(model, previous.before(publisert), publisert, merknad));
        }
        return log;
    }

    static Utgivelse entry(SiteModel model, Optional<Utgivelse> forrige, Instant publisert) {
        return entry(model, forrige, publisert, Optional.empty());
    }

    static Utgivelse entry(SiteModel model, Optional<Utgivelse> forrige, Instant publisert, Optional<String> merknad) {
        RefreshStatus status = model.refreshStatus();
        List<Utgivelse.Tabell> tabeller = status.rows().stream()
                .map(r -> new Utgivelse.Tabell(r.table(), r.fetched(), r.state().name())).toList();
        Optional<Instant> hentet = tabeller.stream().flatMap(t -> t.hentet().stream()).max(Instant::compareTo);
        Map<String, Integer> tall = new TreeMap<>();
        for (Tjenesteomraade o : model.katalog().omraader()) {
            int n = 0;
            for (Nokkeltall k : model.katalog().i(o.slug())) {
                for (String r : model.alleRegionkoder()) {
                    for (Resultat res : model.beregning().resultater(k, r).values()) {
                        if (res.verdi().harTall()) {
                            n++;
                        }
                    }
                }
            }
            tall.put(o.slug(), n);
        }
        List<Utgivelse.Kode> koder = new ArrayList<>();
        for (Nokkeltall k : model.katalog().nokkeltall()) {
            for (Innholdskilde i : model.innholdskilder(k)) {
                Utgivelse.Kode kode = new Utgivelse.Kode(k.id(), i.serie(), i.tabell(), i.kode(), i.etikett(), i.hentet(), i.utfall());
                if (!koder.contains(kode)) {
                    koder.add(kode);
                }
            }
        }
        List<String> endringer = new ArrayList<>();
        merknad.filter(m -> !m.isBlank()).ifPresent(m -> endringer.add("Merknad ved publisering: " + m));
        endringer.addAll(changes(model, forrige, tabeller, tall));
        endringer.addAll(kodeendringer(forrige, koder));
        return new Utgivelse(publisert, hentet, tabeller, java.util.Collections.unmodifiableMap(tall), List.copyOf(endringer),
                List.copyOf(koder));
    }

    /** Content codes SSB renamed since the previous release, and figures whose label fitted no content at the last fetch. */
    static List<String> kodeendringer(Optional<Utgivelse> forrige, List<Utgivelse.Kode> koder) {
        Map<String, Utgivelse.Kode> før = new TreeMap<>();
        forrige.ifPresent(f -> f.koder().forEach(k -> før.put(k.figur() + "|" + k.serie(), k)));
        List<String> l = new ArrayList<>();
        for (Utgivelse.Kode k : koder) {
            Utgivelse.Kode f = før.get(k.figur() + "|" + k.serie());
            if (f != null && !f.kode().isEmpty() && !k.kode().isEmpty() && !f.kode().equals(k.kode())) {
                l.add("Nøkkeltall " + k.figur() + ": innholdskode " + f.kode() + " → " + k.kode() + " «" + k.etikett() + "» (tabell " + k.tabell() + ").");
            }
            String feil = "Nøkkeltall " + k.figur() + ": ingen innholdskode i tabell " + k.tabell()
                    + " passet etikettregelen ved siste henting; forrige gode data brukes.";
            if (k.utfall().equals("FEIL") && !l.contains(feil)) {
                l.add(feil);
            }
        }
        return l;
    }

    /** One figure's code for the page: "bhg_barn_1_5: 13502 KOSandel150000 «…» (hentet 1.12.2026)". */
    static String kodetekst(Utgivelse.Kode k) {
        return k.figur() + ": " + k.tabell() + " " + (k.kode().isEmpty() ? "(kode velges etter etiketten)" : k.kode())
                + (k.etikett().isEmpty() ? "" : " «" + k.etikett() + "»")
                + k.hentet().map(h -> " (hentet " + Datoer.dato(h) + ")").orElse(" (ikke hentet ennå)")
                + (k.utfall().equals("FEIL") ? ", siste henting: ingen innholdskode passet" : "");
    }

    private static List<String> changes(SiteModel model, Optional<Utgivelse> forrige, List<Utgivelse.Tabell> tabeller,
            Map<String, Integer> tall) {
        List<String> l = new ArrayList<>();
        if (forrige.isEmpty()) {
            l.add("Første utgivelse i loggen: " + tall.values().stream().mapToInt(Integer::intValue).sum()
                    + " tall med verdi fra " + tabeller.stream().filter(t -> t.hentet().isPresent()).count() + " SSB-tabeller.");
            return l;
        }
        Map<String, Optional<Instant>> før = new TreeMap<>();
        forrige.get().tabeller().forEach(t -> før.put(t.tabell(), t.hentet()));
        for (Utgivelse.Tabell t : tabeller) {
            Optional<Instant> f = før.getOrDefault(t.tabell(), Optional.empty());
            if (t.hentet().isPresent() && (f.isEmpty() || t.hentet().get().isAfter(f.get()))) {
                l.add("Tabell " + t.tabell() + " hentet på nytt " + Datoer.dato(t.hentet().get()) + ".");
            }
            if (t.status().equals("FEIL")) {
                l.add("Tabell " + t.tabell() + ": siste henting feilet; forrige gode data brukes.");
            }
        }
        for (Tjenesteomraade o : model.katalog().omraader()) {
            int nå = tall.getOrDefault(o.slug(), 0);
            int da = forrige.get().tall().getOrDefault(o.slug(), 0);
            if (nå != da) {
                l.add(o.navn() + ": " + nå + " tall med verdi (" + (nå > da ? "+" : "−") + Math.abs(nå - da) + ").");
            }
        }
        if (l.isEmpty()) {
            l.add("Ingen endringer i tallene siden forrige utgivelse.");
        }
        return l;
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        return List.of(() -> {
            List<EndringerSide.Rad> rader = new ArrayList<>();
            ReleaseLog logg = log();
            List<Utgivelse> nyesteFørst = new ArrayList<>(logg.utgivelser());
            java.util.Collections.reverse(nyesteFørst);
            for (Utgivelse u : nyesteFørst) {
                rader.add(new EndringerSide.Rad(Datoer.tidspunkt(u.publisert()), u.publisert().toString(),
                        u.dataHentet().map(Datoer::dato).orElse("ukjent"),
                        u.tabeller().stream().filter(t -> t.hentet().isPresent())
                                .map(t -> t.tabell() + " (" + Datoer.dato(t.hentet().get()) + (t.status().equals("OK") ? "" : ", siste forsøk feilet") + ")")
                                .toList(),
                        u.endringer(), rader.isEmpty() ? u.koder().stream().map(ReleaseLogProducer::kodetekst).toList() : List.of()));
            }
            out.page("endringer/index.html", "annet", ReleaseLogTemplates.endringer(new EndringerSide(rader)).render());
            out.write("endringer/endringer.json", "annet", logg.json());
        });
    }

    @Override
    public void finish(SiteWriter out, Consumer<String> progress) {
        dataDir.ifPresent(d -> {
            ReleaseLog logg = log();
            log.write(d);
            progress.accept("Endringslogg: " + log.utgivelser().size() + " utgivelser skrevet til " + d.resolve(ReleaseLog.FILE));
        });
    }
}

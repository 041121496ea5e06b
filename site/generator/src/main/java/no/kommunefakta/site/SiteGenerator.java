package no.kommunefakta.site;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.kommunefakta.site.data.DataKilde;
import no.kommunefakta.site.kontoplan.KontoplanSider;
import no.kommunefakta.site.nedlasting.Nedlastinger;
import no.kommunefakta.site.nedlasting.SideData;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.Tjenesteomraade;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.region.Navn;
import no.kommunefakta.site.region.Omkoding;
import no.kommunefakta.site.side.Fakta;
import no.kommunefakta.site.side.Forside;
import no.kommunefakta.site.side.Lenke;
import no.kommunefakta.site.side.NedlastingSide;
import no.kommunefakta.site.side.Nettsted;
import no.kommunefakta.site.side.OmSide;
import no.kommunefakta.site.side.OmkodingSide;
import no.kommunefakta.site.side.RegionSide;
import no.kommunefakta.site.side.SideBygger;
import no.kommunefakta.site.side.Sider;
import no.kommunefakta.site.side.Tall;

/**
 * Renders the whole static site into a folder. A CDI bean so that both the command-line app and the render Lambda
 * can call {@link #render(Path)}.
 */
@ApplicationScoped
public class SiteGenerator {

    /** Marker file: a folder holding it was written by us and may be cleaned before the next render. */
    public static final String MARKOR = ".kommunefakta-site";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Optional folder written by {@code refresh}; its files win over the embedded data. */
    @ConfigProperty(name = "kommunefakta.data-dir")
    Optional<String> dataDir;

    public RenderResult render(Path utmappe) {
        return render(utmappe, s -> {
        });
    }

    public RenderResult render(Path utmappe, Consumer<String> fremdrift) {
        long start = System.nanoTime();
        forbered(utmappe);
        Nettsted nettsted = Nettsted.last(new DataKilde(dataDir.filter(d -> !d.isBlank()).map(Path::of)));
        fremdrift.accept("Data lastet: " + nettsted.regioner().kommuner().size() + " kommuner, "
                + nettsted.katalog().nokkeltall().size() + " nøkkeltall ("
                + (System.nanoTime() - start) / 1_000_000 + " ms)");
        Skriver skriver = new Skriver(utmappe);
        SideBygger bygger = new SideBygger(nettsted);
        int traader = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(traader);
        try {
            List<Future<?>> jobber = new ArrayList<>();
            AtomicInteger ferdige = new AtomicInteger();
            List<Kommune> kommuner = new ArrayList<>(nettsted.regioner().kommuner().values());
            int totalt = kommuner.size() + nettsted.regioner().fylker().size() + 1;
            Runnable tell = () -> {
                int n = ferdige.incrementAndGet();
                if (n % 50 == 0 || n == totalt) {
                    fremdrift.accept("Regionsider: " + n + "/" + totalt);
                }
            };
            for (Kommune k : kommuner) {
                jobber.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    RegionSide side = bygger.kommune(k);
                    skriver.tid("modell", t0);
                    regionside(skriver, side, "kommune", nettsted);
                    tell.run();
                }));
            }
            for (Fylke f : nettsted.regioner().fylker().values()) {
                jobber.add(pool.submit(() -> {
                    regionside(skriver, bygger.fylke(f), "fylke", nettsted);
                    tell.run();
                }));
            }
            jobber.add(pool.submit(() -> {
                regionside(skriver, bygger.landet(), "landet", nettsted);
                tell.run();
            }));
            Nedlastinger ned = new Nedlastinger(nettsted);
            Map<String, Integer> rader = new ConcurrentHashMap<>();
            for (Tjenesteomraade o : nettsted.katalog().omraader()) {
                jobber.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    rader.put(o.slug(), skriver.tekst("data/" + o.slug() + ".csv", "data", w -> ned.csv(o, w)));
                    skriver.tid("csv", t0);
                    long t1 = System.nanoTime();
                    skriver.binaer("data/" + o.slug() + ".json", "data", out -> ned.jsonstat(o, out));
                    skriver.tid("jsonstat", t1);
                }));
            }
            jobber.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                new KontoplanSider().skriv(skriver, fremdrift);
                skriver.tid("kontoplan", t0);
            }));
            vent(jobber);
            jobber.clear();
            fremdrift.accept("Regionsider, nedlastinger og kontoplan skrevet (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
            skriver.side("data/index.html", "annet", Sider.nedlastinger(new NedlastingSide(nettsted.katalog().omraader().stream()
                    .map(o -> new NedlastingSide.Fil(o.navn(), "/data/" + o.slug() + ".csv", "/data/" + o.slug() + ".json",
                            rader.getOrDefault(o.slug(), 0)))
                    .toList())).render());
            skriver.side("index.html", "annet", Sider.forside(forside(nettsted)).render());
            skriver.side("om/index.html", "annet", Sider.om(om(nettsted)).render());
            skriver.side("404.html", "annet", Sider.ikkeFunnet().render());
            long t0 = System.nanoTime();
            omkodinger(skriver, nettsted);
            skriver.tid("omkoding", t0);
            sok(skriver, nettsted);
            ressurser(skriver);
            skriver.tekst("robots.txt", "annet", w -> {
                w.write("User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n");
                return 0;
            });
            sitemap(skriver);
        } finally {
            pool.shutdown();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        RenderResult r = new RenderResult(utmappe.toAbsolutePath().toString(), skriver.sider.get(), skriver.filer.get(),
                skriver.bytes.get(), ms, new TreeMap<>(skriver.perType));
        if (Boolean.getBoolean("kommunefakta.profil")) {
            fremdrift.accept("Tid per del (ms, summert over tråder): " + skriver.tider);
        }
        fremdrift.accept("Ferdig: " + r.sider() + " sider, " + r.filer() + " filer, " + r.bytes() / 1024 + " KB på " + ms + " ms");
        return r;
    }

    private static void vent(List<Future<?>> jobber) {
        for (Future<?> f : jobber) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("render interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static void forbered(Path ut) {
        try {
            if (Files.isDirectory(ut)) {
                boolean tom;
                try (Stream<Path> s = Files.list(ut)) {
                    tom = s.findAny().isEmpty();
                }
                if (!tom) {
                    if (!Files.exists(ut.resolve(MARKOR))) {
                        throw new IllegalArgumentException("output folder " + ut.toAbsolutePath()
                                + " is not empty and was not written by this generator (no " + MARKOR + "); refusing to overwrite");
                    }
                    try (Stream<Path> s = Files.walk(ut)) {
                        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                            if (!p.equals(ut)) {
                                Files.delete(p);
                            }
                        }
                    }
                }
            }
            Files.createDirectories(ut);
            Files.writeString(ut.resolve(MARKOR), "generated by Kommunefakta site generator\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void regionside(Skriver s, RegionSide side, String type, Nettsted nettsted) {
        String mappe = side.sti().substring(1);
        long t0 = System.nanoTime();
        String html = Sider.region(side).render();
        s.tid("qute", t0);
        s.side(mappe + "index.html", type, html);
        long t1 = System.nanoTime();
        s.binaer(mappe + "data.json", "json", out -> JSON.writeValue(out, SideData.av(side, nettsted)));
        s.tid("json", t1);
    }

    private static Forside forside(Nettsted n) {
        SideBygger b = new SideBygger(n);
        RegionSide landet = b.landet();
        List<Fakta> fakta = new ArrayList<>(landet.fakta());
        fakta.add(new Fakta("Hele landet", null, "", "Landet og landet uten Oslo", "/landet/"));
        List<Forside.FylkeListe> fylker = new ArrayList<>();
        n.kommunerPerFylke().forEach((f, ks) -> fylker.add(new Forside.FylkeListe(f.navn(), Nettsted.fylkeSti(f),
                ks.stream().map(k -> new Lenke(k.navn(), Nettsted.kommuneSti(k))).toList())));
        return new Forside(fakta, fylker, 0);
    }

    private static OmSide om(Nettsted n) {
        List<OmSide.Omraade> omr = new ArrayList<>();
        for (Tjenesteomraade o : n.katalog().omraader()) {
            List<OmSide.Definisjon> defs = new ArrayList<>();
            for (Nokkeltall k : n.katalog().i(o.slug())) {
                defs.add(new OmSide.Definisjon(k.id(), k.navn(), k.familie().navn(), k.enhet(),
                        k.tellerTekst().isBlank() ? "–" : k.tellerTekst(), k.nevnerTekst(),
                        switch (k.tidspunkt()) {
                            case JAN1 -> "1. januar";
                            case DES31 -> "31. desember (befolkning 1.1. året etter)";
                            case AAR -> "regnskapsåret / kalenderåret";
                            case FAST -> "fast";
                        }, k.kilde(), status(n, k)));
            }
            omr.add(new OmSide.Omraade(o.navn(), defs));
        }
        return new OmSide(omr, "Fylkes-, gruppe- og landstall er summen av tellerne delt på summen av nevnerne "
                + "(vektet etter nevneren), ikke gjennomsnitt av kommunetall. Der SSB har publisert tallet for en region "
                + "(for eksempel landet), vises SSBs tall. Der bare noen kommuner har data, står dekningen (n av m kommuner) ved tallet.");
    }

    /** Which data are embedded for a figure: counted over kommuner. */
    static String status(Nettsted n, Nokkeltall k) {
        int medVerdi = 0;
        int beregnet = 0;
        for (String kode : n.regioner().kommuner().keySet()) {
            boolean har = false;
            for (var r : n.beregning().resultater(k, kode).values()) {
                if (r.verdi().harTall()) {
                    har = true;
                    if ("beregnet".equals(r.grunnlag())) {
                        beregnet++;
                        break;
                    }
                }
            }
            if (har) {
                medVerdi++;
            }
        }
        if (medVerdi == 0) {
            return "Ingen kommunetall innebygd ennå; vises som .. til tabellen hentes med refresh.";
        }
        return "Tall for " + medVerdi + " av " + n.regioner().kommuner().size() + " kommuner innebygd"
                + (beregnet == 0 ? ", som publisert av SSB." : k.erForhold() ? ", beregnet fra teller og nevner." : ", direkte fra grunnlagsdata.");
    }

    private static void omkodinger(Skriver s, Nettsted n) {
        for (Omkoding o : n.regioner().omkodinger().values()) {
            List<Lenke> til = o.tilKoder().stream().map(n.regioner()::kommune)
                    .map(k -> new Lenke(k.navn() + " (" + k.kode() + ")", Nettsted.kommuneSti(k))).toList();
            s.side("kommunenummer/" + o.gammelKode() + "/index.html", "omkoding",
                    Sider.omkoding(new OmkodingSide(o.gammelKode(), o.gammeltNavn(), o.gyldigTil(), false, til)).render());
        }
        for (Kommune k : n.regioner().kommuner().values()) {
            s.side("kommunenummer/" + k.kode() + "/index.html", "omkoding", Sider.omkoding(new OmkodingSide(k.kode(), k.navn(), 0, true,
                    List.of(new Lenke(k.navn(), Nettsted.kommuneSti(k))))).render());
        }
    }

    private static void sok(Skriver s, Nettsted n) {
        Map<String, List<String>> gamle = new TreeMap<>();
        n.regioner().omkodinger().values().forEach(o -> o.tilKoder().forEach(t -> gamle.computeIfAbsent(t, x -> new ArrayList<>()).add(o.gammelKode())));
        List<Map<String, String>> ix = new ArrayList<>();
        for (Kommune k : n.regioner().kommuner().values()) {
            StringBuilder sb = new StringBuilder(normaliser(k.navn()));
            for (Navn p : k.parallelleNavn()) {
                sb.append(' ').append(normaliser(p.navn()));
            }
            sb.append(' ').append(k.kode());
            gamle.getOrDefault(k.kode(), List.of()).forEach(g -> sb.append(' ').append(g));
            Map<String, String> m = new LinkedHashMap<>();
            m.put("n", k.navn());
            m.put("u", Nettsted.kommuneSti(k));
            m.put("s", sb.toString());
            ix.add(m);
        }
        s.binaer("sok/indeks.json", "annet", out -> JSON.writeValue(out, ix));
    }

    static String normaliser(String s) {
        String x = s.toLowerCase(java.util.Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        return java.text.Normalizer.normalize(x, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static void ressurser(Skriver s) {
        for (String r : List.of("assets/site.css", "assets/sok.js")) {
            s.binaer(r, "annet", out -> {
                try (InputStream in = SiteGenerator.class.getClassLoader().getResourceAsStream(r)) {
                    if (in == null) {
                        throw new IllegalStateException("resource missing from the jar: " + r);
                    }
                    in.transferTo(out);
                }
            });
        }
    }

    private static void sitemap(Skriver s) {
        List<String> stier = new ArrayList<>(s.sitemap);
        stier.sort(null);
        s.tekst("sitemap.xml", "annet", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (String p : stier) {
                w.write("<url><loc>" + p + "</loc></url>\n");
            }
            w.write("</urlset>\n");
            return stier.size();
        });
    }

    /** Writes files under the output folder and counts them. Thread-safe. */
    public static final class Skriver {
        private final Path rot;
        final AtomicInteger sider = new AtomicInteger();
        final AtomicInteger filer = new AtomicInteger();
        final AtomicLong bytes = new AtomicLong();
        final Map<String, Integer> perType = new ConcurrentHashMap<>();
        final List<String> sitemap = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, Long> tider = new ConcurrentHashMap<>();

        void tid(String del, long startNanos) {
            tider.merge(del, (System.nanoTime() - startNanos) / 1_000_000, Long::sum);
        }

        Skriver(Path rot) {
            this.rot = rot;
        }

        /** Text writer callback returning a count. */
        @FunctionalInterface
        public interface TekstJobb {
            int skriv(java.io.Writer w) throws IOException;
        }

        /** Binary writer callback. */
        @FunctionalInterface
        public interface BinaerJobb {
            void skriv(OutputStream out) throws IOException;
        }

        public void side(String sti, String type, String html) {
            if (!sti.startsWith("kommunenummer/") && !sti.equals("404.html")) {
                sitemap.add("/" + (sti.endsWith("index.html") ? sti.substring(0, sti.length() - "index.html".length()) : sti));
            }
            byte[] b = html.getBytes(StandardCharsets.UTF_8);
            binaer(sti, type, out -> out.write(b));
            sider.incrementAndGet();
        }

        public int tekst(String sti, String type, TekstJobb jobb) {
            int[] n = new int[1];
            binaer(sti, type, out -> {
                BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                n[0] = jobb.skriv(w);
                w.flush();
            });
            return n[0];
        }

        public void binaer(String sti, String type, BinaerJobb jobb) {
            Path p = rot.resolve(sti);
            try {
                Files.createDirectories(p.getParent());
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
                    jobb.skriv(out);
                }
                bytes.addAndGet(Files.size(p));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + p, e);
            }
            filer.incrementAndGet();
            perType.merge(type, 1, Integer::sum);
        }
    }

    static Tall tall(long v) {
        return new Tall(java.math.BigDecimal.valueOf(v), "", 0, "");
    }
}

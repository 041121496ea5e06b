package no.kommunefakta.site.kart;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.svg.Svg;

/**
 * Bench command for the maps: how long reading, projecting and weighting the boundaries takes in a fresh JVM (as in
 * a site build, where it happens once), how long each kind of map takes to draw, and how big the SVGs are. The maps
 * show real data from {@code kommuner.csv}: population density 2024 and the cost index 2026 (missing for two
 * kommuner). Times are CPU time of the main thread (the build host is shared; wall time is printed for the total).
 * Optional argument: a folder to write the SVGs to, for looking at them.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp ... no.kommunefakta.site.kart.KartBench [folder]</pre>
 */
public final class KartBench {

    private KartBench() {
    }

    /** CPU time of this thread in ns: the host is shared, so wall time says more about the neighbours than about us. */
    private static long tid() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws IOException {
        long vegg0 = System.nanoTime();
        long t0 = tid();
        Kartgrunnlag g = Kartgrunnlag.load(DataSource.embedded());
        long t1 = tid();
        System.out.printf("load (parse + project + weights, both files, cold JVM): %d ms%n", (t1 - t0) / 1_000_000);

        Map<String, Celle> tetthet = new TreeMap<>();
        Map<String, Celle> indeks = new TreeMap<>();
        Map<String, String> gruppe = new TreeMap<>();
        for (Csv.Rad r : DataSource.embedded().csv("ssb/regioner/kommuner.csv", ',')) {
            BigDecimal folk = new BigDecimal(r.get("folkemengde_2024"));
            BigDecimal areal = new BigDecimal(r.get("areal_km2_totalt"));
            tetthet.put(r.get("kommunenummer"), Celle.tall(folk.divide(areal, 1, RoundingMode.HALF_UP)));
            String ki = r.get("kostnadsindeks_utgiftsutjevning_2026");
            indeks.put(r.get("kommunenummer"), ki.isBlank() ? Celle.MANGLER : Celle.tall(new BigDecimal(ki)));
            gruppe.put(r.get("kommunenummer"), r.get("kostragruppe_kode"));
        }
        Set<String> ekg13 = new TreeSet<>();
        gruppe.forEach((k, v) -> {
            if (v.equals("EKG13")) {
                ekg13.add(k);
            }
        });

        List<Svg> svger = new ArrayList<>();
        long t2 = tid();
        Svg tett = Koropletkart.tegn(g, Koropletkart.Bestilling.av("kart-tetthet", Nivaa.KOMMUNE,
                "Innbyggere per km² 2024", "innb./km²", tetthet, Koropletkart.norsk(1)));
        long t3 = tid();
        Svg ki = Koropletkart.tegn(g, Koropletkart.Bestilling.av("kart-indeks", Nivaa.KOMMUNE,
                "Kostnadsindeks i utgiftsutjevningen 2026", "", indeks, Koropletkart.norsk(4))
                .medFremhevet(ekg13, "KOSTRA-gruppe 13"));
        long t4 = tid();
        svger.add(tett);
        svger.add(ki);
        System.out.printf("choropleth 357 kommuner: first %d ms, second (with KOSTRA group outline) %d ms; %d and %d bytes%n",
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, tett.bytes(), ki.bytes());

        long r0 = tid();
        int gjentak = 200;
        for (int i = 0; i < gjentak; i++) {
            Koropletkart.tegn(g, Koropletkart.Bestilling.av("kart-" + i, Nivaa.KOMMUNE, "Innbyggere per km² 2024", "innb./km²",
                    tetthet, Koropletkart.norsk(1)).medFremhevet(ekg13, "KOSTRA-gruppe 13"));
        }
        System.out.printf("choropleth 357 kommuner, %d more (as for figure pages): %.1f ms each%n", gjentak,
                (tid() - r0) / 1e6 / gjentak);

        Map<String, Celle> fylkeTall = new TreeMap<>();
        for (Flate f : g.fylker()) {
            fylkeTall.put(f.kode(), Celle.tall(Integer.parseInt(f.kode())));
        }
        long t5 = tid();
        Svg fylker = Koropletkart.tegn(g, Koropletkart.Bestilling.av("kart-fylker", Nivaa.FYLKE, "Fylkesnummer", "",
                fylkeTall, Koropletkart.norsk(0)));
        long t6 = tid();
        svger.add(fylker);
        System.out.printf("choropleth 15 fylker: %d ms, %d bytes%n", (t6 - t5) / 1_000_000, fylker.bytes());

        long t7 = tid();
        long sum = 0;
        int maks = 0;
        String maksKode = "";
        for (Flate k : g.kommuner()) {
            Svg s = Lokatorkart.kommune(g, k.kode(), "lok-" + k.kode(), k.navn(), 200);
            sum += s.bytes();
            if (s.bytes() > maks) {
                maks = s.bytes();
                maksKode = k.kode();
            }
            if (k.kode().equals("3222") || k.kode().equals("5501")) {
                svger.add(s);
            }
        }
        long t8 = tid();
        System.out.printf("357 locator maps (fylke, kommune marked, 200 px): %d ms in all; mean %d bytes, largest %d bytes (%s)%n",
                (t8 - t7) / 1_000_000, sum / 357, maks, maksKode);
        long t9 = tid();
        long sumF = 0;
        for (Flate f : g.fylker()) {
            Svg s = Lokatorkart.fylke(g, f.kode(), "lok-" + f.kode(), f.navn(), 160);
            sumF += s.bytes();
            if (f.kode().equals("32")) {
                svger.add(s);
            }
        }
        long t10 = tid();
        System.out.printf("15 locator maps (Norway, fylke marked, 160 px): %d ms in all; mean %d bytes%n",
                (t10 - t9) / 1_000_000, sumF / 15);
        System.out.printf("total maps incl. load: %d ms CPU, %d ms wall%n", (t10 - t0) / 1_000_000,
                (System.nanoTime() - vegg0) / 1_000_000);
        if (args.length > 0) {
            Path ut = Path.of(args[0]);
            Files.createDirectories(ut);
            for (Svg s : svger) {
                String id = s.kode().substring(s.kode().indexOf(" id=\"") + 5);
                Files.writeString(ut.resolve(id.substring(0, id.indexOf('"')) + ".svg"), s.kode(), StandardCharsets.UTF_8);
            }
        }
    }
}

package no.kommunefakta.site.graf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.svg.Svg;

/**
 * Bench command for the time-series charts: draws one chart per kommune (share of inhabitants aged 80 or more,
 * 2015–2024, with the fylke and the country as comparison lines; real data from the embedded population file) and
 * prints CPU time and sizes; then one distribution chart per kommune (the same figure in 2024 for all kommuner, the
 * kommune and its KOSTRA group marked). Optional argument: a folder to write two of the charts to.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp ... no.kommunefakta.site.graf.GrafBench [folder]</pre>
 */
public final class GrafBench {

    private GrafBench() {
    }

    private static long tid() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws IOException {
        Map<String, Map<Integer, Celle>> andel = new TreeMap<>();
        Map<String, String> navn = new HashMap<>();
        Map<String, String> gruppe = new HashMap<>();
        for (Csv.Rad r : DataSource.embedded().csv("ssb/regioner/kommuner.csv", ',')) {
            navn.put(r.get("kommunenummer"), r.get("navn_norsk"));
            gruppe.put(r.get("kommunenummer"), r.get("kostragruppe_kode"));
        }
        for (Csv.Rad r : DataSource.embedded().csv("ssb/befolkning/folkemengde-1jan_2005-2026_2024-inndeling.csv", ',')) {
            int aar = Integer.parseInt(r.get("aar"));
            BigDecimal folk = new BigDecimal(r.get("folkemengde"));
            Celle c = folk.signum() == 0 ? Celle.MANGLER
                    : Celle.tall(new BigDecimal(r.get("alder_80p")).multiply(BigDecimal.valueOf(100)).divide(folk, 1, RoundingMode.HALF_UP));
            andel.computeIfAbsent(r.get("region_kode"), k -> new TreeMap<>()).put(aar, c);
        }
        List<Integer> aar = new ArrayList<>();
        for (int a = 2005; a <= 2024; a++) {
            aar.add(a);
        }
        Tidsserie landet = new Tidsserie("Landet", andel.get("0"));
        long t0 = tid();
        long sum = 0;
        int maks = 0;
        List<Svg> ut = new ArrayList<>();
        for (String kode : navn.keySet().stream().sorted().toList()) {
            String fylke = kode.substring(0, 2);
            Svg svg = Tidsseriediagram.tegn(Tidsseriediagram.Bestilling.av("g-" + kode, "Andel innbyggere 80 år og over, "
                    + navn.get(kode), "prosent", 1, aar, new Tidsserie(navn.get(kode), andel.get(kode)),
                    List.of(new Tidsserie("Fylket", andel.get(fylke)), landet)));
            sum += svg.bytes();
            maks = Math.max(maks, svg.bytes());
            if (kode.equals("3222") || kode.equals("1160")) {
                ut.add(svg);
            }
        }
        long t1 = tid();
        System.out.printf("357 time-series charts (20 years, 3 series): %d ms CPU in all; mean %d bytes, largest %d bytes%n",
                (t1 - t0) / 1_000_000, sum / 357, maks);
        Map<String, Celle> siste = new TreeMap<>();
        navn.keySet().forEach(k -> siste.put(k, andel.get(k).get(2024)));
        long t2 = tid();
        long sumF = 0;
        for (String kode : navn.keySet().stream().sorted().toList()) {
            java.util.Set<String> g = new java.util.TreeSet<>();
            gruppe.forEach((k, v) -> {
                if (v.equals(gruppe.get(kode))) {
                    g.add(k);
                }
            });
            Svg svg = Fordelingsdiagram.tegn(Fordelingsdiagram.Bestilling.av("f-" + kode, "Andel innbyggere 80 år og over 2024",
                    "prosent", 1, siste, navn).medGruppe(g, "KOSTRA-gruppe " + gruppe.get(kode).substring(3)).medValgt(kode));
            sumF += svg.bytes();
            if (kode.equals("3222")) {
                ut.add(svg);
            }
        }
        long t3 = tid();
        System.out.printf("357 distribution charts (357 bars, group and kommune marked): %d ms CPU in all; mean %d bytes%n",
                (t3 - t2) / 1_000_000, sumF / 357);
        if (args.length > 0) {
            Files.createDirectories(Path.of(args[0]));
            for (Svg s : ut) {
                String id = s.kode().substring(s.kode().indexOf(" id=\"") + 5);
                Files.writeString(Path.of(args[0]).resolve(id.substring(0, id.indexOf('"')) + ".svg"), s.kode(), StandardCharsets.UTF_8);
            }
        }
    }
}

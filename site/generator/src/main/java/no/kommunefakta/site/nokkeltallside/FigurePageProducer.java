package no.kommunefakta.site.nokkeltallside;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.Resultat;
import no.kommunefakta.site.nokkeltall.Tjenesteomraade;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.region.Regioner;
import no.kommunefakta.site.side.BarChartLayout;
import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.side.Diagram;
import no.kommunefakta.site.side.Formatering;
import no.kommunefakta.site.side.Lenke;
import no.kommunefakta.site.side.Tall;

/**
 * {@code /nokkeltall/{id}/} for every figure in the catalogue (kommune figures over the kommuner, the fylkeskommune's
 * figures over the fylker) with its choropleth map as a separate SVG file, and {@code /nokkeltall/} listing them.
 */
public final class FigurePageProducer implements PageProducer {

    /** Bars of the distribution chart. */
    static final int KLASSER = 10;

    private final SiteModel model;
    private final FigureMaps maps;

    public FigurePageProducer(SiteModel model, FigureMaps maps) {
        this.model = model;
        this.maps = maps;
    }

    private static String path(String id) {
        return SiteModel.nokkeltallSti(id);
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        List<Runnable> jobs = new ArrayList<>();
        for (Nokkeltall n : model.katalog().nokkeltall()) {
            jobs.add(() -> {
                long t0 = System.nanoTime();
                write(out, n);
                out.time("nokkeltall", t0);
            });
        }
        jobs.add(() -> {
            List<NokkeltallOversikt.Omraade> omr = new ArrayList<>();
            for (Tjenesteomraade o : model.katalog().omraader()) {
                omr.add(new NokkeltallOversikt.Omraade(o.navn(), model.katalog().i(o.slug()).stream()
                        .map(n -> new Lenke(n.navn(), path(n.id()))).toList()));
            }
            out.page("nokkeltall/index.html", "nokkeltall", NokkeltallSideTemplates.nokkeltallOversikt(new NokkeltallOversikt(omr)).render());
        });
        return jobs;
    }

    private void write(SiteWriter out, Nokkeltall n) {
        boolean fylkesnivaa = model.katalog().omraader().stream().anyMatch(o -> o.slug().equals(n.omraade()) && o.nivaa().equals("fylke"));
        List<String> koder = fylkesnivaa
                ? model.regioner().fylker().values().stream().map(Fylke::aggregatkode).toList()
                : List.copyOf(model.regioner().kommuner().keySet());
        int aar = year(n, koder);
        Map<String, Resultat> res = new LinkedHashMap<>();
        for (String k : koder) {
            res.put(k, model.beregning().resultater(n, k).getOrDefault(aar, Resultat.MANGLER));
        }
        List<String> rangert = new ArrayList<>(koder);
        rangert.sort(Comparator.comparing((String k) -> !res.get(k).verdi().harTall())
                .thenComparing(k -> res.get(k).verdi().harTall() ? res.get(k).verdi().verdi().negate() : BigDecimal.ZERO)
                .thenComparing(k -> k));
        List<NokkeltallSide.Rad> rader = new ArrayList<>();
        int plass = 0;
        BigDecimal forrige = null;
        int medVerdi = 0;
        for (int i = 0; i < rangert.size(); i++) {
            String k = rangert.get(i);
            Resultat r = res.get(k);
            String p = "";
            if (r.verdi().harTall()) {
                medVerdi++;
                if (forrige == null || r.verdi().verdi().compareTo(forrige) != 0) {
                    plass = i + 1;
                }
                forrige = r.verdi().verdi();
                p = String.valueOf(plass);
            }
            rader.add(row(n, k, p, r));
        }
        List<NokkeltallSide.Rad> sammenlign = new ArrayList<>();
        if (!fylkesnivaa) {
            for (String g : model.regioner().grupper().keySet()) {
                sammenlign.add(row(n, g, "", model.beregning().resultater(n, g).getOrDefault(aar, Resultat.MANGLER)));
            }
            for (Fylke f : model.regioner().fylker().values()) {
                sammenlign.add(row(n, f.aggregatkode(), "", model.beregning().resultater(n, f.aggregatkode()).getOrDefault(aar, Resultat.MANGLER)));
            }
        }
        for (String a : List.of(Regioner.LANDET, Regioner.LANDET_UTEN_OSLO)) {
            sammenlign.add(row(n, a, "", model.beregning().resultater(n, a).getOrDefault(aar, Resultat.MANGLER)));
        }
        Resultat landet = model.beregning().resultater(n, Regioner.LANDET).getOrDefault(aar, Resultat.MANGLER);
        String flertall = fylkesnivaa ? "fylker" : "kommuner";
        Tjenesteomraade omr = model.katalog().omraader().stream().filter(o -> o.slug().equals(n.omraade())).findFirst().orElseThrow();
        String tittel = n.navn() + " " + aar + " i " + koder.size() + " " + flertall;
        Map<String, Celle> verdier = new LinkedHashMap<>();
        res.forEach((k, r) -> verdier.put(k, r.verdi()));
        String kartAlt = "Kart: " + tittel + ", fargelagt etter verdi (" + n.enhet() + "). " + medVerdi + " av " + koder.size()
                + " " + flertall + " har tall. Alle verdiene står i tabellen under.";
        long t0 = System.nanoTime();
        Bilde kart = maps.draw(out, n, aar, fylkesnivaa, tittel, kartAlt, verdier);
        out.time("kart", t0);
        List<Integer> andre = model.beregning().kandidatAar(n).stream().filter(a -> a != aar).toList();
        NokkeltallSide side = new NokkeltallSide(n.id(), n.navn(), n.enhet(), new Lenke(omr.navn(), "/data/" + omr.slug() + ".csv"),
                n.tellerTekst(), n.nevnerTekst(), n.kilde(), aar, andre, fylkesnivaa ? "fylke" : "kommune", flertall, n.erForhold(),
                medVerdi, List.copyOf(rader), kart, distribution(n, aar, verdier, flertall), List.copyOf(sammenlign),
                Tall.av(landet.verdi(), n.desimaler(), landet.dekning()));
        out.page(path(n.id()).substring(1) + "index.html", "nokkeltall", NokkeltallSideTemplates.nokkeltall(side).render());
    }

    /** The year with the most regions with a number (the latest of equals); the latest candidate year if none has any. */
    private int year(Nokkeltall n, List<String> koder) {
        int best = n.aar().get(n.aar().size() - 1);
        int flest = 0;
        for (int a : model.beregning().kandidatAar(n)) {
            int c = 0;
            for (String k : koder) {
                Resultat r = model.beregning().resultater(n, k).get(a);
                if (r != null && r.verdi().harTall()) {
                    c++;
                }
            }
            if (c > 0 && c >= flest) {
                flest = c;
                best = a;
            }
        }
        if (flest == 0 && !model.beregning().kandidatAar(n).isEmpty()) {
            best = model.beregning().kandidatAar(n).last();
        }
        return best;
    }

    private NokkeltallSide.Rad row(Nokkeltall n, String kode, String plass, Resultat r) {
        String navn;
        String href;
        String fylke = "";
        String gruppe = "";
        String gruppeHref = "";
        Kommune k = model.regioner().kommuner().get(kode);
        if (k != null) {
            navn = k.navn();
            href = SiteModel.kommuneSti(k);
            fylke = model.regioner().fylke(k.fylkeKode()).navn();
            gruppe = k.kostragruppe().isBlank() ? "" : String.valueOf(Integer.parseInt(k.kostragruppe().substring(3)));
            gruppeHref = k.kostragruppe().isBlank() ? "" : "#g" + k.kostragruppe().substring(3);
        } else if (kode.startsWith("EKA")) {
            Fylke f = model.regioner().fylke(kode.substring(3));
            navn = f.navn();
            href = SiteModel.fylkeSti(f);
        } else {
            navn = model.regionNavn(kode);
            href = kode.startsWith("EKG") ? "" : SiteModel.LANDET_STI;
        }
        Tall verdi = Tall.av(r.verdi(), n.desimaler(), r.dekning());
        return new NokkeltallSide.Rad(SiteModel.nokkeltallAnker(kode), plass, navn, href, fylke, gruppe, gruppeHref,
                Formatering.celle(verdi), n.erForhold() ? Formatering.celle(Tall.av(r.teller(), decimals(r.teller()))) : "",
                n.erForhold() ? Formatering.celle(Tall.av(r.nevner(), decimals(r.nevner()))) : "");
    }

    private static int decimals(Celle c) {
        return c.harTall() && c.verdi().stripTrailingZeros().scale() > 0 ? Math.min(3, c.verdi().stripTrailingZeros().scale()) : 0;
    }

    /** Histogram of the values in {@value #KLASSER} equal-width classes. */
    private static Diagram distribution(Nokkeltall n, int aar, Map<String, Celle> verdier, String flertall) {
        List<BigDecimal> v = verdier.values().stream().filter(Celle::harTall).map(Celle::verdi).sorted().toList();
        List<BarChartLayout.Inn> inn = new ArrayList<>();
        String tittel = "Fordeling av " + n.navn().toLowerCase(java.util.Locale.ROOT) + " " + aar + ": antall " + flertall + " per verdiintervall";
        if (v.isEmpty()) {
            return BarChartLayout.bygg("d-fordeling", tittel, "Ingen " + flertall + " har tall for " + aar + ".", "antall " + flertall,
                    440, 150, List.of(), true, "Verdi");
        }
        double min = v.get(0).doubleValue();
        double max = v.get(v.size() - 1).doubleValue();
        int klasser = max == min ? 1 : KLASSER;
        double bredde = max == min ? 1 : (max - min) / klasser;
        int[] antall = new int[klasser];
        for (BigDecimal b : v) {
            int i = (int) Math.min(klasser - 1, Math.floor((b.doubleValue() - min) / bredde));
            antall[i]++;
        }
        StringBuilder desc = new StringBuilder();
        for (int i = 0; i < klasser; i++) {
            BigDecimal fra = BigDecimal.valueOf(min + i * bredde);
            BigDecimal til = BigDecimal.valueOf(i == klasser - 1 ? max : min + (i + 1) * bredde);
            String etikett = Formatering.tekst(new Tall(fra, "", n.desimaler(), "")) + "–" + Formatering.tekst(new Tall(til, "", n.desimaler(), ""));
            inn.add(new BarChartLayout.Inn(etikett, i == 0 || i == klasser - 1 ? Formatering.tekst(new Tall(i == 0 ? fra : til, "", n.desimaler(), "")) : "",
                    new Tall(BigDecimal.valueOf(antall[i]), "", 0, ""), false));
            desc.append(etikett).append(": ").append(antall[i]).append(i < klasser - 1 ? "; " : ".");
        }
        return BarChartLayout.bygg("d-fordeling", tittel, desc.toString(), "antall " + flertall, 440, 150, inn, true, "Verdi (" + n.enhet() + ")");
    }
}

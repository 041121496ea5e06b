package no.kommunefakta.site.nokkeltallside;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.graf.Fordelingsdiagram;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.Rangering;
import no.kommunefakta.site.nokkeltall.Resultat;
import no.kommunefakta.site.nokkeltall.Tjenesteomraade;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.region.Regioner;
import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.side.Formatering;
import no.kommunefakta.site.side.Klartekst;
import no.kommunefakta.site.side.Lenke;
import no.kommunefakta.site.side.Tall;
import no.kommunefakta.site.svg.Grupper;
import no.kommunefakta.site.svg.Svg;

/**
 * {@code /nokkeltall/{id}/} for every figure in the catalogue (kommune figures over the kommuner, the fylkeskommune's
 * figures over the fylker) with its choropleth map as a separate SVG file, and {@code /nokkeltall/} listing them.
 */
public final class FigurePageProducer implements PageProducer {

    /** The distribution chart's SVG id: the prefix of its group fragments ({@code fordeling.svg#f-g13}). */
    static final String FORDELING_ID = "f";
    /** The stylesheet that shows the marked group's map and chart when a kommune or group row is the page's target. */
    static final String GRUPPESTIL = "assets/grupper.css";

    private final SiteModel model;
    private final FigureMaps maps;
    private final Grupper grupper;

    public FigurePageProducer(SiteModel model, FigureMaps maps) {
        this.model = model;
        this.maps = maps;
        Map<String, String> avKommune = new TreeMap<>();
        Map<String, String> tekst = new TreeMap<>();
        for (Kommune k : model.regioner().kommuner().values()) {
            if (!k.kostragruppe().isBlank()) {
                avKommune.put(k.kode(), gruppenokkel(k.kostragruppe()));
            }
        }
        for (String g : model.regioner().grupper().keySet()) {
            tekst.put(gruppenokkel(g), model.regionNavn(g));
        }
        this.grupper = Grupper.av(avKommune, tekst);
    }

    /** EKG13 → "13", as in the group rows' anchors ({@code #g13}). */
    private static String gruppenokkel(String ekg) {
        return SiteModel.nokkeltallAnker(ekg).substring(1);
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
        jobs.add(() -> out.write(GRUPPESTIL, "annet", gruppestil().getBytes(StandardCharsets.UTF_8)));
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
        Rangering rangering = model.beregning().rangering(n, fylkesnivaa ? "fylke" : "kommune", koder, aar);
        List<NokkeltallSide.Rad> rader = new ArrayList<>();
        for (String k : rangering.rekkefolge()) {
            rader.add(row(n, k, rangering.plass(k).stream().mapToObj(String::valueOf).findFirst().orElse(""), res.get(k)));
        }
        int medVerdi = rangering.antall();
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
        Grupper g = fylkesnivaa ? Grupper.INGEN : grupper;
        long t0 = System.nanoTime();
        // only ratios are coloured on a map: a count (persons, km) would paint the big kommuner dark for their size alone
        FigureMaps.Kart kart = n.erForhold() ? maps.draw(out, n, aar, fylkesnivaa, tittel, verdier, g) : FigureMaps.Kart.INGEN;
        out.time("kart", t0);
        Fordelingsdiagram.Bestilling fb = Fordelingsdiagram.Bestilling.av(FORDELING_ID, "Fordeling: " + n.navn() + " " + aar + ", alle "
                + flertall + " fra høyest til lavest", n.enhet(), n.desimaler(), verdier, navn(verdier.keySet())).medGrupper(g);
        Svg fsvg = Fordelingsdiagram.tegn(fb);
        String fsti = path(n.id()) + "fordeling.svg";
        byte[] fbytes = fsvg.kode().getBytes(StandardCharsets.UTF_8);
        out.write(fsti.substring(1), "graf", fbytes);
        Bilde fordeling = Bilde.svg(fsti, fsvg.beskrivelse(), fsvg.kode());
        List<NokkeltallSide.Markering> markeringer = new ArrayList<>();
        if (kart.finnes()) {
            for (Map.Entry<String, String> e : g.tekst().entrySet()) {
                String gruppe = e.getKey();
                String merke = e.getValue() + " (" + model.regioner().gruppeForklaring("EKG" + gruppe) + ") er markert";
                markeringer.add(new NokkeltallSide.Markering("g" + gruppe, merke,
                        new Bilde(fsti + "#" + Grupper.fragment(FORDELING_ID, gruppe), fb.tittel() + ". "
                                + Fordelingsdiagram.gruppeBeskrivelse(fb, g.medlemmer(gruppe), e.getValue()), fordeling.bredde(), fordeling.hoyde())));
            }
        }
        List<Integer> andre = model.beregning().kandidatAar(n).stream().filter(a -> a != aar).toList();
        NokkeltallSide side = new NokkeltallSide(n.id(), n.navn(), n.enhet(), new Lenke(omr.navn(), "/data/" + omr.slug() + ".csv"),
                Klartekst.kilde(n.tellerTekst()), Klartekst.kilde(n.nevnerTekst()), Klartekst.kilde(n.kilde()), aar, andre, fylkesnivaa ? "fylke" : "kommune", flertall, n.erForhold(),
                medVerdi, List.copyOf(rader), kart, fordeling, List.copyOf(markeringer), List.copyOf(sammenlign),
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
        String klasse = "";
        Kommune k = model.regioner().kommuner().get(kode);
        if (k != null) {
            navn = k.navn();
            href = SiteModel.kommuneSti(k);
            fylke = model.regioner().fylke(k.fylkeKode()).navn();
            gruppe = k.kostragruppe().isBlank() ? "" : String.valueOf(Integer.parseInt(k.kostragruppe().substring(3)));
            gruppeHref = k.kostragruppe().isBlank() ? "" : "#g" + k.kostragruppe().substring(3);
            klasse = grupper.klasse(kode);
        } else if (kode.startsWith("EKA")) {
            Fylke f = model.regioner().fylke(kode.substring(3));
            navn = f.navn();
            href = SiteModel.fylkeSti(f);
        } else {
            navn = model.regionNavn(kode);
            href = kode.startsWith("EKG") ? "" : SiteModel.LANDET_STI;
            klasse = kode.startsWith("EKG") ? "g" + gruppenokkel(kode) : "";
        }
        Tall verdi = Tall.av(r.verdi(), n.desimaler(), r.dekning());
        return new NokkeltallSide.Rad(SiteModel.nokkeltallAnker(kode), klasse, plass, navn, href, fylke, gruppe, gruppeHref,
                Formatering.celle(verdi), n.erForhold() ? Formatering.celle(Tall.av(r.teller(), decimals(r.teller()))) : "",
                n.erForhold() ? Formatering.celle(Tall.av(r.nevner(), decimals(r.nevner()))) : "",
                kode.startsWith("EKG") ? model.regioner().gruppeForklaring(kode) : "");
    }

    private static int decimals(Celle c) {
        return c.harTall() && c.verdi().stripTrailingZeros().scale() > 0 ? Math.min(3, c.verdi().stripTrailingZeros().scale()) : 0;
    }

    private Map<String, String> navn(java.util.Collection<String> koder) {
        Map<String, String> m = new TreeMap<>();
        for (String k : koder) {
            m.put(k, model.regionNavn(k));
        }
        return m;
    }

    /**
     * When a row of a group (a kommune's or the group's own) is the page's target: fades the inline map's regions
     * outside the group and shows the group's legend line, shows the distribution chart with the group marked instead
     * of the plain one, and tints the group's other rows.
     */
    String gruppestil() {
        StringBuilder sb = new StringBuilder(".fg .vg{display:none}");
        if (grupper.tom()) {
            return sb.toString();
        }
        sb.append("main:has(:is(");
        boolean forste = true;
        for (String g : grupper.tekst().keySet()) {
            sb.append(forste ? "" : ",").append("tr.g").append(g);
            forste = false;
        }
        sb.append("):target) .fg .v0{display:none}");
        String kart = "#" + FigureMaps.SVG_ID;
        for (String g : grupper.tekst().keySet()) {
            String merket = "main:has(tr.g" + g + ":target) ";
            sb.append(merket).append(".fg .g").append(g).append("{display:inline}").append(merket).append("tr.g").append(g)
                    .append(":not(:target){background:#e6eef8;box-shadow:inset 4px 0 #0b57a4}")
                    .append(merket).append(kart).append(" .r path:not(.g").append(g).append("){opacity:.2}")
                    .append(merket).append(kart).append(" .r path.g").append(g).append("{stroke:#1a1a1a;stroke-width:.5}")
                    .append(merket).append('#').append(Grupper.fragment(FigureMaps.SVG_ID, g)).append("{display:inline}");
        }
        return sb.append('\n').toString();
    }
}

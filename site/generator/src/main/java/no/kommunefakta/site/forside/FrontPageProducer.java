package no.kommunefakta.site.forside;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.region.Navn;
import no.kommunefakta.site.regionside.RegionPageBuilder;
import no.kommunefakta.site.side.Fakta;
import no.kommunefakta.site.side.Lenke;

/** The front page (every kommune by fylke), the search index behind its progressive search, and the 404 page. */
public final class FrontPageProducer implements PageProducer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteModel model;

    public FrontPageProducer(SiteModel model) {
        this.model = model;
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        return List.of(() -> {
            out.page("index.html", "annet", FrontTemplates.forside(forside()).render());
            out.page("404.html", "annet", FrontTemplates.ikkeFunnet().render());
            out.binary("sok/indeks.json", "annet", o -> JSON.writeValue(o, searchIndex()));
        });
    }

    Forside forside() {
        List<Fakta> fakta = new ArrayList<>(new RegionPageBuilder(model, List.of()).landet().fakta());
        fakta.add(new Fakta("Hele landet", null, "", "Landet og landet uten Oslo", SiteModel.LANDET_STI));
        List<Forside.FylkeListe> fylker = new ArrayList<>();
        model.kommunerPerFylke().forEach((f, ks) -> fylker.add(new Forside.FylkeListe(f.navn(), SiteModel.fylkeSti(f),
                ks.stream().map(k -> new Lenke(k.navn(), SiteModel.kommuneSti(k))).toList())));
        return new Forside(fakta, fylker, model.regioner().kommuner().size(), model.regioner().fylker().size());
    }

    /** Names (with Sami/Kven names), today's and old kommunenummer, normalised for search without diacritics. */
    List<Map<String, String>> searchIndex() {
        Map<String, List<String>> gamle = new TreeMap<>();
        model.regioner().omkodinger().values().forEach(o -> o.tilKoder()
                .forEach(t -> gamle.computeIfAbsent(t, x -> new ArrayList<>()).add(o.gammelKode())));
        List<Map<String, String>> ix = new ArrayList<>();
        for (Kommune k : model.regioner().kommuner().values()) {
            StringBuilder sb = new StringBuilder(normalise(k.navn()));
            for (Navn p : k.parallelleNavn()) {
                sb.append(' ').append(normalise(p.navn()));
            }
            sb.append(' ').append(k.kode());
            gamle.getOrDefault(k.kode(), List.of()).forEach(g -> sb.append(' ').append(g));
            Map<String, String> m = new LinkedHashMap<>();
            m.put("n", k.navn());
            m.put("u", SiteModel.kommuneSti(k));
            m.put("s", sb.toString());
            ix.add(m);
        }
        return ix;
    }

    private static final Pattern MERKE = Pattern.compile("\\p{M}");

    static String normalise(String s) {
        String x = s.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        return MERKE.matcher(Normalizer.normalize(x, Normalizer.Form.NFD)).replaceAll("");
    }
}

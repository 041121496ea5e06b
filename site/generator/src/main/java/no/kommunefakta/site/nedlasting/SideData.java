package no.kommunefakta.site.nedlasting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kommunefakta.site.side.Figur;
import no.kommunefakta.site.side.FamilieBlokk;
import no.kommunefakta.site.side.RegionSide;
import no.kommunefakta.site.side.Seksjon;
import no.kommunefakta.site.side.Tall;
import no.kommunefakta.site.side.Nettsted;

/** The JSON file next to every region page: exactly the figures the page shows. */
public final class SideData {

    private SideData() {
    }

    public static Map<String, Object> av(RegionSide side, Nettsted nettsted) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("type", side.type());
        region.put("kode", side.kode());
        region.put("navn", side.navn());
        List<Map<String, String>> pn = new ArrayList<>();
        side.parallelleNavn().forEach(p -> pn.add(Map.of("navn", p.navn(), "spraak", p.spraak())));
        region.put("parallelleNavn", pn);
        region.put("side", side.sti());
        m.put("region", region);
        m.put("kolonner", side.kolonner());
        m.put("grunnlag", side.grunnlagTekst());
        m.put("symboler", Map.of("..", "Tallgrunnlag mangler", ".", "Ikke mulig å oppgi tall", ":", "Vises ikke av konfidensialitetshensyn"));
        List<Map<String, Object>> omr = new ArrayList<>();
        for (Seksjon s : side.seksjoner()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", s.slug());
            o.put("navn", s.navn());
            o.put("csv", s.csv());
            o.put("jsonstat", s.json());
            List<Map<String, Object>> fig = new ArrayList<>();
            for (FamilieBlokk fam : s.familier()) {
                for (Figur f : fam.figurer()) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("id", f.id());
                    x.put("navn", f.navn());
                    x.put("familie", fam.navn());
                    x.put("enhet", f.enhet());
                    List<Map<String, Object>> aar = new ArrayList<>();
                    for (Figur.AarRad a : f.aar()) {
                        Map<String, Object> y = new LinkedHashMap<>();
                        y.put("aar", a.aar());
                        y.put("verdi", tall(a.verdi()));
                        if (f.forhold()) {
                            y.put("teller", tall(a.teller()));
                            y.put("nevner", tall(a.nevner()));
                        }
                        List<Object> sml = new ArrayList<>();
                        a.sammenligning().forEach(t -> sml.add(tall(t)));
                        y.put("sammenligning", sml);
                        aar.add(y);
                    }
                    x.put("aar", aar);
                    fig.add(x);
                }
            }
            o.put("nokkeltall", fig);
            omr.add(o);
        }
        m.put("tjenesteomraader", omr);
        return m;
    }

    /** A number, or the SSB symbol as a string. */
    private static Object tall(Tall t) {
        if (t.harVerdi()) {
            BigDecimal v = t.verdi().setScale(Math.max(t.desimaler(), 0), java.math.RoundingMode.HALF_UP);
            return v;
        }
        return t.symbol();
    }
}

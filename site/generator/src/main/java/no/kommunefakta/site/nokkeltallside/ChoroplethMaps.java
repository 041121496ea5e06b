package no.kommunefakta.site.nokkeltallside;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.kart.Kartgrunnlag;
import no.kommunefakta.site.kart.Koropletkart;
import no.kommunefakta.site.kart.Nivaa;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.svg.Grupper;

/**
 * Figure maps from the embedded boundaries, one shape per kommune (or fylke), each a link to its region page; kommune
 * maps with the insets of {@link Kartgrunnlag#utsnitt()}. Inlined into the page with its stylesheet
 * {@code /nokkeltall/{id}/kart.css}, and written as the standalone {@code /nokkeltall/{id}/kart.svg}.
 */
public final class ChoroplethMaps implements FigureMaps {

    static final int BREDDE = 420;

    private final Kartgrunnlag grunnlag;
    private final SiteModel model;

    public ChoroplethMaps(Kartgrunnlag grunnlag, SiteModel model) {
        this.grunnlag = grunnlag;
        this.model = model;
    }

    @Override
    public Kart draw(SiteWriter out, Nokkeltall n, int aar, boolean fylkesnivaa, String tittel, Map<String, Celle> verdier, Grupper grupper) {
        Map<String, Celle> v = new LinkedHashMap<>();
        Map<String, String> navn = new LinkedHashMap<>();
        Map<String, String> lenker = new LinkedHashMap<>();
        verdier.forEach((kode, c) -> {
            String k = fylkesnivaa ? kode.substring(3) : kode;
            v.put(k, c);
            if (fylkesnivaa) {
                navn.put(k, model.regioner().fylke(k).navn());
                lenker.put(k, SiteModel.fylkeSti(model.regioner().fylke(k)));
            } else {
                navn.put(k, model.regioner().kommune(k).navn());
                lenker.put(k, SiteModel.kommuneSti(model.regioner().kommune(k)));
            }
        });
        Koropletkart.Tegning t = Koropletkart.tegning(grunnlag, Koropletkart.Bestilling.av(SVG_ID, fylkesnivaa ? Nivaa.FYLKE : Nivaa.KOMMUNE,
                tittel, n.enhet(), v, Koropletkart.norsk(n.desimaler())).medNavn(navn).medBredde(BREDDE).medGrupper(grupper)
                .medLenker(lenker).medUtsnitt(fylkesnivaa ? List.of() : grunnlag.utsnitt()));
        String mappe = SiteModel.nokkeltallSti(n.id());
        out.write(mappe.substring(1) + "kart.svg", "kart", t.fil().kode().getBytes(StandardCharsets.UTF_8));
        out.write(mappe.substring(1) + "kart.css", "kart", t.stil().getBytes(StandardCharsets.UTF_8));
        return new Kart(t.inline(), mappe + "kart.css", mappe + "kart.svg");
    }
}

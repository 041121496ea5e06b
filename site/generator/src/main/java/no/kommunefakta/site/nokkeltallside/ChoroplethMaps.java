package no.kommunefakta.site.nokkeltallside;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.kart.Kartgrunnlag;
import no.kommunefakta.site.kart.Koropletkart;
import no.kommunefakta.site.kart.Nivaa;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.svg.Grupper;
import no.kommunefakta.site.svg.Svg;

/** Figure maps from the embedded boundaries: {@code /nokkeltall/{id}/kart.svg}, one shape per kommune (or fylke). */
public final class ChoroplethMaps implements FigureMaps {

    static final int BREDDE = 420;

    private final Kartgrunnlag grunnlag;
    private final SiteModel model;

    public ChoroplethMaps(Kartgrunnlag grunnlag, SiteModel model) {
        this.grunnlag = grunnlag;
        this.model = model;
    }

    @Override
    public Bilde draw(SiteWriter out, Nokkeltall n, int aar, boolean fylkesnivaa, String tittel, String alt, Map<String, Celle> verdier,
            Grupper grupper) {
        Map<String, Celle> v = new LinkedHashMap<>();
        Map<String, String> navn = new LinkedHashMap<>();
        verdier.forEach((kode, c) -> {
            String k = fylkesnivaa ? kode.substring(3) : kode;
            v.put(k, c);
            navn.put(k, fylkesnivaa ? model.regioner().fylke(k).navn() : model.regioner().kommune(k).navn());
        });
        Svg svg = Koropletkart.tegn(grunnlag, Koropletkart.Bestilling.av(SVG_ID, fylkesnivaa ? Nivaa.FYLKE : Nivaa.KOMMUNE, tittel,
                n.enhet(), v, Koropletkart.norsk(n.desimaler())).medNavn(navn).medBredde(BREDDE).medGrupper(grupper));
        String sti = SiteModel.nokkeltallSti(n.id()) + "kart.svg";
        byte[] b = svg.kode().getBytes(StandardCharsets.UTF_8);
        out.write(sti.substring(1), "kart", b);
        return Bilde.svg(sti, alt, svg.kode());
    }
}

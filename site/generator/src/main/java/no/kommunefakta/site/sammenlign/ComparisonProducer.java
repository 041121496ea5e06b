package no.kommunefakta.site.sammenlign;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.regionside.FamilieBlokk;
import no.kommunefakta.site.regionside.Figur;
import no.kommunefakta.site.regionside.DerivedKommunePage;
import no.kommunefakta.site.regionside.RegionSide;
import no.kommunefakta.site.regionside.Seksjon;
import no.kommunefakta.site.side.Formatering;
import no.kommunefakta.site.side.Lenke;

/** {@code /sammenlign/} (up to five regions, shareable URL) and every kommune's static default comparison. */
public final class ComparisonProducer implements PageProducer, DerivedKommunePage {

    /** Most regions side by side. */
    public static final int MAKS = 5;

    private final SiteModel model;

    /** Writes the chooser; the per-kommune pages come from {@link #write} (called with each kommune page's model). */
    public ComparisonProducer(SiteModel model) {
        this.model = model;
    }

    public static String path(Kommune k) {
        return "/sammenlign/" + k.slug() + "/";
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        return List.of(() -> out.page("sammenlign/index.html", "sammenlign", ComparisonTemplates.sammenlignVelger(chooser()).render()));
    }

    @Override
    public void write(SiteWriter out, Kommune k, RegionSide side) {
        out.page(path(k).substring(1) + "index.html", "sammenlign", ComparisonTemplates.sammenlign(page(k, side)).render());
    }

    SammenlignSide page(Kommune k, RegionSide r) {
        List<String> kolonner = new ArrayList<>();
        kolonner.add(k.navn());
        // the region page's comparison columns are group, fylke, landet, landet uten Oslo: the default comparison keeps three
        int n = Math.min(3, r.kolonner().size());
        kolonner.addAll(r.kolonner().subList(0, n));
        List<SammenlignSide.Omraade> omr = new ArrayList<>();
        for (Seksjon s : r.seksjoner()) {
            List<SammenlignSide.Rad> rader = new ArrayList<>();
            for (FamilieBlokk fam : s.familier()) {
                for (Figur f : fam.figurer()) {
                    Figur.AarRad siste = f.aar().get(f.aar().size() - 1);
                    List<Object> celler = new ArrayList<>();
                    celler.add(Formatering.celle(siste.verdi()));
                    siste.sammenligning().subList(0, n).forEach(t -> celler.add(Formatering.celle(t)));
                    rader.add(new SammenlignSide.Rad(f.navn() + " (" + f.enhet() + ")", f.href(), siste.aar(), List.copyOf(celler)));
                }
            }
            omr.add(new SammenlignSide.Omraade(s.navn(), List.copyOf(rader)));
        }
        return new SammenlignSide(k.navn(), path(k), new Lenke(k.navn(), SiteModel.kommuneSti(k)), List.copyOf(kolonner), List.copyOf(omr),
                k.kostragruppe().isBlank() ? "" : model.regioner().gruppeBeskrivelse(k.kostragruppe()));
    }

    SammenlignVelger chooser() {
        List<SammenlignVelger.Valg> valg = new ArrayList<>();
        List<Lenke> standard = new ArrayList<>();
        for (Kommune k : model.regioner().kommuner().values()) {
            valg.add(new SammenlignVelger.Valg(trim(SiteModel.kommuneSti(k)), k.navn() + " (kommune)"));
            standard.add(new Lenke(k.navn(), path(k)));
        }
        for (Fylke f : model.regioner().fylker().values()) {
            valg.add(new SammenlignVelger.Valg(trim(SiteModel.fylkeSti(f)), f.navn() + " (fylke)"));
        }
        valg.add(new SammenlignVelger.Valg(trim(SiteModel.LANDET_STI), "Hele landet"));
        return new SammenlignVelger(MAKS, List.copyOf(valg), List.copyOf(standard));
    }

    private static String trim(String sti) {
        return sti.substring(1, sti.length() - 1);
    }
}

package no.kommunefakta.site.omkoding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.region.Omkoding;
import no.kommunefakta.site.side.Lenke;

/** {@code /kommunenummer/{nnnn}/}: every old and current kommunenummer leads to today's kommune(r). */
public final class RedirectProducer implements PageProducer {

    private static final int PER_JOB = 100;

    private final SiteModel model;

    public RedirectProducer(SiteModel model) {
        this.model = model;
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        List<Runnable> single = new ArrayList<>();
        for (Omkoding o : model.regioner().omkodinger().values()) {
            List<Lenke> til = o.tilKoder().stream().map(model.regioner()::kommune)
                    .map(k -> new Lenke(k.navn() + " (" + k.kode() + ")", SiteModel.kommuneSti(k))).toList();
            single.add(() -> write(out, new OmkodingSide(o.gammelKode(), o.gammeltNavn(), o.gyldigTil(), false, til)));
        }
        for (Kommune k : model.regioner().kommuner().values()) {
            single.add(() -> write(out, new OmkodingSide(k.kode(), k.navn(), 0, true,
                    List.of(new Lenke(k.navn(), SiteModel.kommuneSti(k))))));
        }
        List<Runnable> jobs = new ArrayList<>();
        for (int i = 0; i < single.size(); i += PER_JOB) {
            List<Runnable> part = single.subList(i, Math.min(single.size(), i + PER_JOB));
            jobs.add(() -> part.forEach(Runnable::run));
        }
        return jobs;
    }

    private static void write(SiteWriter out, OmkodingSide side) {
        out.page("kommunenummer/" + side.kode() + "/index.html", "omkoding", RedirectTemplates.omkoding(side).render());
    }
}

package no.kommunefakta.site.kontoplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.side.Lenke;
import no.kommunefakta.site.side.Videresending;

/**
 * Chart-of-accounts pages from the same {@link Kontoplan} the validator uses, per year and skjema, with the guidance
 * notes of {@code kontoplan-veiledning.csv}. Needs no statistics, so it runs while the data load. Pages live at
 * {@code /kontoplan/{år}/{SKJEMA}/} (upper case, as SSB writes the skjema); the lower-case form redirects there.
 */
public final class ChartOfAccountsProducer implements PageProducer {

    private final Supplier<Kontoplan> plan;
    private final DataSource source;

    /** @param plan the code lists, loaded inside the job so that loading them overlaps with the statistics */
    public ChartOfAccountsProducer(Supplier<Kontoplan> plan, DataSource source) {
        this.plan = plan;
        this.source = source;
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        return List.of(() -> {
            long t0 = System.nanoTime();
            writeAll(out, progress);
            out.time("kontoplan", t0);
        });
    }

    private void writeAll(SiteWriter out, Consumer<String> progress) {
        Kontoplan plan = this.plan.get();
        Veiledning veiledning = Veiledning.load(source);
        Map<String, SkjemaInfo> skjema = new LinkedHashMap<>();
        for (Csv.Rad r : source.csv("kommunefakta/kontoplan-skjema.csv", ';')) {
            skjema.put(r.get("skjema"), new SkjemaInfo(r.get("skjema"), r.get("navn"), r.get("enhet")));
        }
        List<KontoplanOversikt.AarRad> oversikt = new ArrayList<>();
        int sider = 0;
        for (int aar : plan.years()) {
            List<Lenke> lenker = new ArrayList<>();
            for (SkjemaInfo s : skjema.values()) {
                List<Kontoplan.Kode> funksjoner = plan.funksjoner(aar, s.kode());
                List<Kontoplan.Kode> arter = plan.arter(aar, s.kode());
                if (funksjoner.isEmpty() && arter.isEmpty()) {
                    lenker.add(new Lenke("–", ""));
                    continue;
                }
                lenker.add(new Lenke(s.kode(), path(aar, s.kode())));
                List<Lenke> aarLenker = plan.years().stream().filter(a -> a != aar)
                        .map(a -> new Lenke(String.valueOf(a), path(a, s.kode()))).toList();
                List<Lenke> skjemaLenker = skjema.values().stream().filter(x -> !x.kode().equals(s.kode()))
                        .map(x -> new Lenke(x.kode() + " " + x.navn(), path(aar, x.kode()))).toList();
                KontoplanSide side = new KontoplanSide(aar, s.kode(), s.navn(), s.enhet(),
                        veiledning.for_(s.enhet(), "funksjon", "*", aar),
                        lines(funksjoner, veiledning, s.enhet(), "funksjon", aar),
                        lines(arter, veiledning, s.enhet(), "art", aar), aarLenker, skjemaLenker);
                String sti = path(aar, s.kode());
                out.page(sti.substring(1) + "index.html", "kontoplan", KontoplanTemplates.kontoplan(side).render());
                String lower = sti.toLowerCase(Locale.ROOT);
                if (!lower.equals(sti)) {
                    out.page(lower.substring(1) + "index.html", "kontoplan",
                            Videresending.html("KOSTRA-kontoplan " + aar + " " + s.kode(), sti), false);
                }
                sider++;
            }
            oversikt.add(new KontoplanOversikt.AarRad(aar, List.copyOf(lenker)));
        }
        out.page("kontoplan/index.html", "kontoplan", KontoplanTemplates.kontoplanOversikt(new KontoplanOversikt(oversikt,
                List.copyOf(skjema.values()))).render());
        progress.accept("Kontoplan: " + sider + " sider (" + plan.years().first() + "–" + plan.years().last() + ")");
    }

    /** Code lines with the names valid in that year (a code without a verified name shows the code alone). */
    private static List<KontoplanSide.Kodelinje> lines(List<Kontoplan.Kode> koder, Veiledning v, String enhet, String dim, int aar) {
        return koder.stream().map(k -> new KontoplanSide.Kodelinje(k.code(), k.name().orElse(""), v.for_(enhet, dim, k.code(), aar)))
                .toList();
    }

    /** Canonical path of a chart-of-accounts page. */
    public static String path(int aar, String skjema) {
        return "/kontoplan/" + aar + "/" + skjema.toUpperCase(Locale.ROOT) + "/";
    }
}

package no.kommunefakta.site.kontoplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.site.SiteGenerator;
import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataKilde;
import no.kommunefakta.site.side.Lenke;
import no.kommunefakta.site.side.Sider;

/**
 * Chart-of-accounts pages from the same {@link Kontoplan} the validator uses, per year and skjema, with the guidance
 * notes of {@code kontoplan-veiledning.csv}.
 */
public final class KontoplanSider {

    /**
     * A skjema shown on the site.
     *
     * @param kode  code
     * @param navn  name
     * @param enhet kommune or fylkeskommune
     */
    public record SkjemaInfo(String kode, String navn, String enhet) {
    }

    public void skriv(SiteGenerator.Skriver skriver, Consumer<String> fremdrift) {
        DataKilde kilde = DataKilde.innebygd();
        Kontoplan plan = Kontoplan.standard();
        Veiledning veiledning = Veiledning.les(kilde);
        Map<String, SkjemaInfo> skjema = new LinkedHashMap<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/kontoplan-skjema.csv", ';')) {
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
                lenker.add(new Lenke(s.kode(), sti(aar, s.kode())));
                List<Lenke> aarLenker = plan.years().stream().filter(a -> a != aar).map(a -> new Lenke(String.valueOf(a), sti(a, s.kode()))).toList();
                List<Lenke> skjemaLenker = skjema.values().stream().filter(x -> !x.kode().equals(s.kode()))
                        .map(x -> new Lenke(x.kode() + " " + x.navn(), sti(aar, x.kode()))).toList();
                KontoplanSide side = new KontoplanSide(aar, s.kode(), s.navn(), s.enhet(),
                        veiledning.for_(s.enhet(), "funksjon", "*", aar),
                        linjer(funksjoner, veiledning, s.enhet(), "funksjon", aar),
                        linjer(arter, veiledning, s.enhet(), "art", aar), aarLenker, skjemaLenker);
                skriver.side(sti(aar, s.kode()).substring(1) + "index.html", "kontoplan", Sider.kontoplan(side).render());
                sider++;
            }
            oversikt.add(new KontoplanOversikt.AarRad(aar, List.copyOf(lenker)));
        }
        skriver.side("kontoplan/index.html", "kontoplan", Sider.kontoplanOversikt(new KontoplanOversikt(oversikt,
                List.copyOf(skjema.values()))).render());
        fremdrift.accept("Kontoplan: " + sider + " sider (" + plan.years().first() + "–" + plan.years().last() + ")");
    }

    private static List<KontoplanSide.Kodelinje> linjer(List<Kontoplan.Kode> koder, Veiledning v, String enhet, String dim, int aar) {
        // links in notes must not point to missing pages; we only show notes for codes that are in the list
        return koder.stream().map(k -> new KontoplanSide.Kodelinje(k.code(), k.name().orElse(""), v.for_(enhet, dim, k.code(), aar))).toList();
    }

    static String sti(int aar, String skjema) {
        return "/kontoplan/" + aar + "/" + skjema.toLowerCase() + "/";
    }
}

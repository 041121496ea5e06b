package no.kommunefakta.site.om;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.site.model.Innholdskilde;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.side.Datoer;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.Resultat;
import no.kommunefakta.site.nokkeltall.Tjenesteomraade;
import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;

/** {@code /om/}: the definition of every key figure, the symbols, and which figures have embedded data. */
public final class AboutPageProducer implements PageProducer {

    static final String GRUNNLAG = "Fylkes-, gruppe- og landstall er summen av tellerne delt på summen av nevnerne "
            + "(vektet etter nevneren), ikke gjennomsnitt av kommunetall. Der SSB har publisert tallet for en region "
            + "(for eksempel landet), vises SSBs tall. Der bare noen kommuner har data, står dekningen (n av m kommuner) ved tallet.";

    private final SiteModel model;

    public AboutPageProducer(SiteModel model) {
        this.model = model;
    }

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        return List.of(() -> out.page("om/index.html", "annet", AboutTemplates.om(page()).render()));
    }

    OmSide page() {
        List<OmSide.Omraade> omr = new ArrayList<>();
        for (Tjenesteomraade o : model.katalog().omraader()) {
            List<OmSide.Definisjon> defs = new ArrayList<>();
            for (Nokkeltall k : model.katalog().i(o.slug())) {
                defs.add(new OmSide.Definisjon(k.id(), k.navn(), k.familie().navn(), k.enhet(),
                        k.tellerTekst().isBlank() ? "–" : k.tellerTekst(), k.nevnerTekst(),
                        switch (k.tidspunkt()) {
                            case JAN1 -> "1. januar";
                            case DES31 -> "31. desember (befolkning 1.1. året etter)";
                            case AAR -> "regnskapsåret / kalenderåret";
                            case FAST -> "fast";
                        }, k.kilde(), status(model, k),
                        model.innholdskilder(k).stream().map(AboutPageProducer::kilde).distinct().toList(), uoppdatert(model, k)));
            }
            omr.add(new OmSide.Omraade(o.navn(), defs));
        }
        return new OmSide(omr, GRUNNLAG, uttatte(no.kommunefakta.site.data.DataSource.embedded()));
    }

    /** One table behind a figure: table, content code, SSB's label, the other cells, when the data arrived. */
    static String kilde(Innholdskilde i) {
        StringBuilder sb = new StringBuilder(i.tabell()).append(' ').append(i.tittel()).append(" (").append(i.rolle()).append("): ");
        sb.append(i.kode().isEmpty() ? "innholdskode velges etter etiketten" : "innholdskode " + i.kode());
        if (!i.etikett().isEmpty()) {
            sb.append(" «").append(i.etikett()).append('»');
        }
        if (!i.andreKoder().isEmpty()) {
            sb.append(", ").append(i.andreKoder());
        }
        sb.append("; etikettregel ").append(i.etikettregel()).append("; ");
        if (i.utfall().equals("FEIL")) {
            // the refresh kept the series' last good values (RefreshCommand.bevar): say whose they are and why
            sb.append(i.hentet().map(h -> "tallene er fra forrige henting " + Datoer.dato(h) + "; den nye hentingen feilet: ")
                    .orElse("ingen tall hentet ennå; siste henting feilet: ")).append(i.melding());
            return sb.toString();
        }
        sb.append(switch (i.utfall()) {
            case "OK" -> "kontrollert mot SSBs metadata";
            case "NY_KODE" -> "SSB har byttet kode, ny kode funnet etter etiketten";
            default -> "kontrolleres mot SSBs metadata ved neste henting";
        });
        sb.append(i.hentet().map(h -> ", data hentet " + Datoer.dato(h)).orElse(", ikke hentet ennå"));
        return sb.toString();
    }

    /** Fixed extracts a figure can read: population, roads, area, the 2015 property survey. */
    private static final java.util.Set<String> FASTE = java.util.Set.of("befolkning", "nvdb", "kommuner", "eiendom2015");

    /**
     * The parts of a figure that no PxWebApi table fills (a fixed extract such as the area of the kommune list, or the
     * NVDB lengths of europa- and riksveier), empty when every part is refreshed.
     */
    static String uoppdatert(SiteModel n, Nokkeltall k) {
        java.util.Set<String> serier = new java.util.LinkedHashSet<>();
        k.teller().ifPresent(u -> serier.addAll(u.serier()));
        k.nevner().ifPresent(u -> serier.addAll(u.serier()));
        List<String> faste = serier.stream().map(s -> n.beregning().grunnlag().serie(s).def())
                .filter(d -> FASTE.contains(d.kilde()) && !d.fraPxWebApi()).map(d -> d.navn()).toList();
        if (faste.isEmpty()) {
            return "";
        }
        boolean publiseres = !k.publisert().isEmpty()
                && k.publisert().stream().allMatch(s -> n.beregning().grunnlag().serie(s).def().fraPxWebApi());
        if (publiseres) {
            // SSB's published value (fetched) comes first; the fixed numerator/denominator only fill the years before it
            return "Årene SSBs publiserte tall ikke har, er beregnet fra fast uttrekk: " + String.join(", ", faste) + ".";
        }
        return k.kildetabeller().isEmpty() ? "Fast uttrekk; hentes ikke fra SSBs PxWebApi (kilden står over)."
                : "Fra fast uttrekk, ikke fra SSBs PxWebApi: " + String.join(", ", faste) + ".";
    }

    /** Figures taken out of the catalogue ({@code kommunefakta/uttatte-nokkeltall.csv}), grouped by their reason. */
    static List<OmSide.Uttatt> uttatte(no.kommunefakta.site.data.DataSource kilde) {
        java.util.Map<String, List<OmSide.Figur>> perGrunn = new java.util.LinkedHashMap<>();
        for (no.kommunefakta.site.data.Csv.Rad r : kilde.csv(UTTATTE, ';')) {
            perGrunn.computeIfAbsent(r.get("grunn"), g -> new ArrayList<>()).add(new OmSide.Figur(r.get("id"), r.get("navn")));
        }
        List<OmSide.Uttatt> ut = new ArrayList<>();
        perGrunn.forEach((g, f) -> ut.add(new OmSide.Uttatt(g, List.copyOf(f))));
        return List.copyOf(ut);
    }

    /** The register of figures taken out of the catalogue, with the reason shown on {@code /om/}. */
    static final String UTTATTE = "kommunefakta/uttatte-nokkeltall.csv";

    /** Which data are embedded for a figure: counted over kommuner. */
    static String status(SiteModel n, Nokkeltall k) {
        int medVerdi = 0;
        int beregnet = 0;
        for (String kode : n.regioner().kommuner().keySet()) {
            boolean har = false;
            for (Resultat r : n.beregning().resultater(k, kode).values()) {
                if (r.verdi().harTall()) {
                    har = true;
                    if ("beregnet".equals(r.grunnlag())) {
                        beregnet++;
                        break;
                    }
                }
            }
            if (har) {
                medVerdi++;
            }
        }
        if (medVerdi == 0) {
            return "Ingen kommunetall innebygd ennå; vises som .. til tabellen hentes med refresh.";
        }
        return "Tall for " + medVerdi + " av " + n.regioner().kommuner().size() + " kommuner innebygd"
                + (beregnet == 0 ? ", som publisert av SSB." : k.erForhold() ? ", beregnet fra teller og nevner." : ", direkte fra grunnlagsdata.");
    }
}

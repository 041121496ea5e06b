package no.kommunefakta.site.regionside;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.graf.Tidsserie;
import no.kommunefakta.site.graf.Tidsseriediagram;
import no.kommunefakta.site.nokkeltall.Familie;
import no.kommunefakta.site.nokkeltall.Hovedtall;
import no.kommunefakta.site.nokkeltall.Rangering;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.Resultat;
import no.kommunefakta.site.nokkeltall.Tjenesteomraade;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.region.Navn;
import no.kommunefakta.site.region.Regioner;
import no.kommunefakta.site.model.SiteModel;
import no.kommunefakta.site.side.BarChartLayout;
import no.kommunefakta.site.side.Bilde;
import no.kommunefakta.site.side.Diagram;
import no.kommunefakta.site.side.Fakta;
import no.kommunefakta.site.side.Formatering;
import no.kommunefakta.site.side.Lenke;
import no.kommunefakta.site.side.Tall;

/** Builds the view model of kommune, fylke and landet pages from the computed figures. */
public final class RegionPageBuilder {

    /** Years shown per figure. */
    public static final int AAR_PER_FIGUR = 3;

    /** Size of a figure's time-series chart (a separate SVG file) in CSS pixels. */
    static final int DIAGRAM_BREDDE = 300;
    static final int DIAGRAM_HOYDE = 130;

    static final String GRUNNLAG = "Fylkes-, gruppe- og landstall er summen av tellerne delt på summen av nevnerne "
            + "(vektet etter nevneren), ikke gjennomsnitt av kommunetallene. Der SSB har publisert tallet, vises SSBs tall.";

    /** Headline cards per page, at most. */
    static final int HOVEDKORT = 8;
    /** Headline cards per page the stand-ins fill up to where the headline figures themselves have no number. */
    static final int HOVEDKORT_MIN = 6;
    /** The id of the KOSTRA group's fact (with its description) on a kommune page, the target of every group label. */
    static final String GRUPPE_ANKER = "#kg";

    private final SiteModel nettsted;
    private final List<Hovedtall> hovedtall;

    /** @param hovedtall the headline figures in priority order ({@code hovedtall.csv}) */
    public RegionPageBuilder(SiteModel nettsted, List<Hovedtall> hovedtall) {
        this.nettsted = nettsted;
        this.hovedtall = List.copyOf(hovedtall);
    }

    /** A column of a region page: the data region code and its header. */
    record Kolonne(String kode, String overskrift, String kort) {
    }

    /** A kommune's page model (not kept: pages made from it are written in the same job, see {@link DerivedKommunePage}). */
    public RegionSide kommune(Kommune k) {
        Regioner r = nettsted.regioner();
        Fylke f = r.fylke(k.fylkeKode());
        List<Kolonne> kol = new ArrayList<>();
        kol.add(new Kolonne(k.kode(), k.navn(), k.navn()));
        if (!k.kostragruppe().isBlank()) {
            int g = Integer.parseInt(k.kostragruppe().substring(3));
            kol.add(new Kolonne(k.kostragruppe(), "KOSTRA-gruppe " + g, "Gr. " + g));
        }
        kol.add(new Kolonne(f.aggregatkode(), f.navn() + " (fylket)", "Fylket"));
        kol.add(new Kolonne(Regioner.LANDET, "Landet", "Landet"));
        kol.add(new Kolonne(Regioner.LANDET_UTEN_OSLO, "Landet uten Oslo", "U/Oslo"));
        List<Fakta> fakta = new ArrayList<>();
        Celle bef = nettsted.beregning().grunnlag().celle("bef.folkemengde", k.kode(), sisteBefolkningsaar());
        fakta.add(new Fakta("Folkemengde 1.1." + sisteBefolkningsaar(), Tall.av(bef, 0), "", "", ""));
        fakta.add(new Fakta("Kommunenummer", null, "", k.kode(), ""));
        fakta.add(new Fakta("Fylke", null, "", f.navn(), SiteModel.fylkeSti(f)));
        if (!k.kostragruppe().isBlank()) {
            fakta.add(new Fakta("KOSTRA-gruppe", null, "", r.gruppeBeskrivelse(k.kostragruppe()), ""));
        }
        if (!k.sentralitet().isBlank()) {
            fakta.add(new Fakta("Sentralitet (SSB, 1 = mest sentral)", null, "", k.sentralitet(), ""));
        }
        if (k.arealKm2() != null) {
            fakta.add(new Fakta("Areal inkl. ferskvann", new Tall(k.arealKm2(), "", 1, ""), "km²", "", ""));
        }
        fakta.add(new Fakta("Administrasjonssenter", null, "", k.administrasjonssenter(), ""));
        fakta.add(new Fakta("Målform", null, "", k.maalform(), ""));
        fakta.add(new Fakta("I ROBEK (april 2026)", null, "", k.robek(), ""));
        String beskrivelse = k.navn() + " kommune i " + f.navn() + ": folkemengde, KOSTRA-nøkkeltall med teller og nevner, "
                + "sammenlignet med KOSTRA-gruppe, fylket og landet. Åpne data for nedlasting.";
        return bygg(k.kode(), "kommune", k.navn(), k.parallelleNavn(), k.kode(), SiteModel.kommuneSti(k),
                k.navn() + " kommune – Kommunefakta", beskrivelse,
                List.of(new Lenke("Forsiden", "/"), new Lenke(f.navn(), SiteModel.fylkeSti(f))), fakta, kol, "", List.of());
    }

    public RegionSide fylke(Fylke f) {
        List<Kolonne> kol = List.of(new Kolonne(f.aggregatkode(), f.navn(), f.navn()),
                new Kolonne(Regioner.LANDET, "Landet", "Landet"),
                new Kolonne(Regioner.LANDET_UTEN_OSLO, "Landet uten Oslo", "U/Oslo"));
        Celle bef = nettsted.beregning().grunnlag().celle("bef.folkemengde", f.aggregatkode(), sisteBefolkningsaar());
        List<Fakta> fakta = List.of(new Fakta("Folkemengde 1.1." + sisteBefolkningsaar(), Tall.av(bef, 0), "", "", ""),
                new Fakta("Fylkesnummer", null, "", f.kode(), ""),
                new Fakta("Antall kommuner", new Tall(BigDecimal.valueOf(f.kommuner().size()), "", 0, ""), "", "", ""));
        List<Lenke> under = f.kommuner().stream().map(nettsted.regioner()::kommune)
                .map(k -> new Lenke(k.navn(), SiteModel.kommuneSti(k))).toList();
        return bygg(f.aggregatkode(), "fylke", f.navn(), List.of(), f.kode(), SiteModel.fylkeSti(f),
                f.navn() + " fylke – Kommunefakta",
                "Kommunene i " + f.navn() + " samlet: folkemengde og KOSTRA-nøkkeltall med teller og nevner, sammenlignet med landet.",
                List.of(new Lenke("Forsiden", "/")), fakta, kol, "Kommuner i " + f.navn(), under);
    }

    public RegionSide landet() {
        List<Kolonne> kol = List.of(new Kolonne(Regioner.LANDET, "Landet", "Landet"),
                new Kolonne(Regioner.LANDET_UTEN_OSLO, "Landet uten Oslo", "U/Oslo"));
        Celle bef = nettsted.beregning().grunnlag().celle("bef.folkemengde", Regioner.LANDET, sisteBefolkningsaar());
        List<Fakta> fakta = List.of(new Fakta("Folkemengde 1.1." + sisteBefolkningsaar(), Tall.av(bef, 0), "", "", ""),
                new Fakta("Antall kommuner", new Tall(BigDecimal.valueOf(nettsted.regioner().kommuner().size()), "", 0, ""), "", "", ""),
                new Fakta("Antall fylker", new Tall(BigDecimal.valueOf(nettsted.regioner().fylker().size()), "", 0, ""), "", "", ""));
        List<Lenke> under = nettsted.regioner().fylker().values().stream().map(f -> new Lenke(f.navn(), SiteModel.fylkeSti(f))).toList();
        return bygg(Regioner.LANDET, "landet", "Hele landet", List.of(), "", SiteModel.LANDET_STI, "Hele landet – Kommunefakta",
                "Alle kommuner i Norge samlet: folkemengde og KOSTRA-nøkkeltall med teller og nevner, med og uten Oslo.",
                List.of(new Lenke("Forsiden", "/")), fakta, kol, "Fylker", under);
    }

    private int befolkningsaar;

    int sisteBefolkningsaar() {
        if (befolkningsaar == 0) {
            befolkningsaar = nettsted.beregning().grunnlag().serie("bef.folkemengde").aar().last();
        }
        return befolkningsaar;
    }

    private RegionSide bygg(String kode, String type, String navn, List<Navn> parallelle, String nummer, String sti,
            String tittel, String beskrivelse, List<Lenke> smuler, List<Fakta> fakta, List<Kolonne> kol, String underTittel,
            List<Lenke> under) {
        List<Seksjon> seksjoner = new ArrayList<>();
        for (Tjenesteomraade o : nettsted.katalog().omraader(type)) {
            seksjoner.add(seksjon(o, kol, sti));
        }
        List<String> overskrifter = kol.subList(1, kol.size()).stream().map(Kolonne::overskrift).toList();
        return new RegionSide(tittel, beskrivelse, sti, type, navn, parallelle, nummer, smuler, fakta, kol.get(0).overskrift(),
                overskrifter, GRUNNLAG, befolkningsdiagram(kode, navn).somFil(sti + "folketall.svg"), seksjoner, underTittel, under,
                sti + "data.json", Bilde.INGEN, hovedkort(type, kol, navn), folketall(kode, navn),
                Kommunekart.INGEN);
    }

    /**
     * The headline cards: each headline figure in priority order, or where it has no number for the region the first of
     * its stand-ins ({@code reserve}) that has one; while that gives fewer than {@value #HOVEDKORT_MIN} cards, each row in
     * turn adds its next stand-in with a number (shown right after the row's other cards). At most {@value #HOVEDKORT}.
     */
    private List<Hovedkort> hovedkort(String type, List<Kolonne> kol, String navn) {
        java.util.Set<String> omraader = new java.util.HashSet<>();
        nettsted.katalog().omraader(type).forEach(o -> omraader.add(o.slug()));
        String kode = kol.get(0).kode();
        List<List<Nokkeltall>> kjeder = new ArrayList<>();
        List<List<Nokkeltall>> valgt = new ArrayList<>();
        for (Hovedtall h : hovedtall) {
            if (omraader.contains(h.nokkeltall().omraade())) {
                kjeder.add(h.kandidater().stream().filter(n -> sisteAarMedTall(n, kode) > 0).toList());
                valgt.add(new ArrayList<>());
            }
        }
        int antall = 0;
        for (int i = 0; i < kjeder.size() && antall < HOVEDKORT; i++) {
            if (!kjeder.get(i).isEmpty()) {
                valgt.get(i).add(kjeder.get(i).get(0));
                antall++;
            }
        }
        for (int runde = 1; antall < HOVEDKORT_MIN; runde++) {
            boolean flere = false;
            for (int i = 0; i < kjeder.size() && antall < HOVEDKORT_MIN; i++) {
                if (kjeder.get(i).size() > runde) {
                    valgt.get(i).add(kjeder.get(i).get(runde));
                    antall++;
                    flere = true;
                }
            }
            if (!flere) {
                break;
            }
        }
        Map<String, Hovedtall.Retning> retning = new java.util.HashMap<>();
        hovedtall.forEach(h -> retning.put(h.nokkeltall().id(), h.retning()));
        List<Hovedkort> ut = new ArrayList<>();
        for (List<Nokkeltall> l : valgt) {
            for (Nokkeltall n : l) {
                ut.add(kort(n, retning.getOrDefault(n.id(), Hovedtall.Retning.NOYTRAL), type, kol, navn));
            }
        }
        return List.copyOf(ut);
    }

    private int sisteAarMedTall(Nokkeltall n, String kode) {
        return nettsted.beregning().resultater(n, kode).entrySet().stream().filter(e -> e.getValue().verdi().harTall())
                .mapToInt(Map.Entry::getKey).max().orElse(0);
    }

    /** One card: the figure's latest value for the region, its rank, the comparisons and the change since the year before. */
    private Hovedkort kort(Nokkeltall n, Hovedtall.Retning retning, String type, List<Kolonne> kol, String navn) {
        String kode = kol.get(0).kode();
        List<String> sett = switch (type) {
            case "kommune" -> List.copyOf(nettsted.regioner().kommuner().keySet());
            case "fylke" -> nettsted.regioner().fylker().values().stream().map(Fylke::aggregatkode).toList();
            default -> List.of();
        };
        Map<Integer, Resultat> egne = nettsted.beregning().resultater(n, kode);
        int aar = sisteAarMedTall(n, kode);
        Celle v = egne.get(aar).verdi();
        String plass = "";
        int nyeste = aar;
        if (!sett.isEmpty()) {
            Rangering r = nettsted.beregning().rangering(n, type, sett, aar);
            plass = "plass " + r.plass(kode).orElseThrow() + " av " + r.antall() + (r.antall() < sett.size() ? " med tall" : "");
            for (int a : nettsted.beregning().kandidatAar(n)) {
                if (a > nyeste && nettsted.beregning().rangering(n, type, sett, a).antall() > 0) {
                    nyeste = a;
                }
            }
        }
        String eldre = nyeste > aar ? "nyeste for " + navn + "; andre har tall for " + nyeste
                : aar < nyesteAar() - 2 ? "eldre tall" : "";
        List<Hovedkort.Sammenligning> sml = new ArrayList<>();
        // a count beside the sums of other regions says nothing: comparisons only for ratios
        for (Kolonne c : n.erForhold() ? kol.subList(1, kol.size()) : List.<Kolonne>of()) {
            if (c.kode().equals(Regioner.LANDET_UTEN_OSLO) && !type.equals("landet")) {
                continue;
            }
            Celle cv = resultat(n, c.kode(), aar).verdi();
            if (cv.harTall()) {
                // the group is named by its number only: its label links to the description in the page's facts
                sml.add(new Hovedkort.Sammenligning(c.overskrift(), Formatering.tekst(Tall.av(cv, n.desimaler())),
                        c.kode().startsWith("EKG") ? GRUPPE_ANKER : ""));
            }
        }
        String endring = "";
        Resultat forrige = egne.get(aar - 1);
        if (forrige != null && forrige.verdi().harTall()) {
            BigDecimal d = v.verdi().setScale(n.desimaler(), java.math.RoundingMode.HALF_UP)
                    .subtract(forrige.verdi().verdi().setScale(n.desimaler(), java.math.RoundingMode.HALF_UP));
            endring = (d.signum() == 0 ? "uendret" : (d.signum() > 0 ? "+" : "") + Formatering.tekst(new Tall(d, "", n.desimaler(), "")))
                    + " fra " + (aar - 1);
        }
        return new Hovedkort(n.navn(), SiteModel.nokkeltallSti(n.id()) + "#" + SiteModel.nokkeltallAnker(kode),
                Formatering.tekst(Tall.av(v, n.desimaler())), kortEnhet(n.enhet()), aar, eldre, plass, List.copyOf(sml), endring,
                retning.tekst());
    }

    private static String kortEnhet(String enhet) {
        return enhet.equals("prosent") ? "%" : enhet;
    }

    private int nyesteAar;

    /** The newest year with a number for the country in any figure: figures whose latest year is well before it are marked. */
    int nyesteAar() {
        if (nyesteAar == 0) {
            int m = 0;
            for (Nokkeltall n : nettsted.katalog().nokkeltall()) {
                for (Map.Entry<Integer, Resultat> e : nettsted.beregning().resultater(n, Regioner.LANDET).entrySet()) {
                    if (e.getValue().verdi().harTall()) {
                        m = Math.max(m, e.getKey());
                    }
                }
            }
            nyesteAar = m;
        }
        return nyesteAar;
    }

    private Seksjon seksjon(Tjenesteomraade o, List<Kolonne> kol, String sti) {
        List<Nokkeltall> figurer = nettsted.katalog().i(o.slug());
        List<FamilieBlokk> familier = new ArrayList<>();
        List<Lenke> utenTall = new ArrayList<>();
        for (Familie fam : Familie.values()) {
            List<Figur> rader = new ArrayList<>();
            for (Nokkeltall n : figurer) {
                if (n.familie() != fam) {
                    continue;
                }
                // each column's results fetched once per figure: the rows and the chart ask for them year by year
                List<Map<Integer, Resultat>> res = new ArrayList<>(kol.size());
                for (Kolonne c : kol) {
                    res.add(nettsted.beregning().resultater(n, c.kode()));
                }
                List<Integer> aar = visteAar(n, kol, res);
                if (aar.isEmpty()) {
                    utenTall.add(new Lenke(n.navn(), SiteModel.nokkeltallSti(n.id()) + "#" + SiteModel.nokkeltallAnker(kol.get(0).kode())));
                    continue;
                }
                List<Figur.AarRad> aarRader = new ArrayList<>();
                for (int a : aar) {
                    Resultat egen = resultat(res.get(0), n, kol.get(0).kode(), a);
                    List<Tall> sml = new ArrayList<>();
                    for (int i = 1; i < kol.size(); i++) {
                        Resultat r = resultat(res.get(i), n, kol.get(i).kode(), a);
                        sml.add(Tall.av(r.verdi(), n.desimaler(), r.dekning()));
                    }
                    Tall verdi = Tall.av(egen.verdi(), n.desimaler(), egen.dekning());
                    Tall teller = Tall.av(egen.teller(), desimalerNevner(egen.teller()));
                    Tall nevner = Tall.av(egen.nevner(), desimalerNevner(egen.nevner()));
                    List<Object> celler = new ArrayList<>(3 + sml.size());
                    celler.add(Formatering.celle(verdi));
                    celler.add(n.erForhold() ? Formatering.celle(teller) : "");
                    celler.add(n.erForhold() ? Formatering.celle(nevner) : "");
                    sml.forEach(t -> celler.add(Formatering.celle(t)));
                    aarRader.add(new Figur.AarRad(a, verdi, teller, nevner, List.copyOf(sml), List.copyOf(celler)));
                }
                String href = SiteModel.nokkeltallSti(n.id()) + "#" + SiteModel.nokkeltallAnker(kol.get(0).kode());
                long medTall = aarRader.stream().filter(r -> r.verdi().harVerdi()).count();
                int siste = aar.get(aar.size() - 1);
                String eldre = siste < nyesteAar() - 2 ? "eldre tall" : "";
                if (medTall >= AAR_PER_FIGUR) {
                    String fil = sti + "diagram/" + n.id() + ".svg";
                    List<Tidsserie> sml = new ArrayList<>();
                    // counts and amounts are drawn on their own scale only: a kommune's persons or km beside the sums
                    // of its group, fylke or the country would flatten its bars to nothing
                    for (int i = 1; n.erForhold() && i < Math.min(kol.size(), 4); i++) {
                        sml.add(serie(res.get(i), n, kol.get(i).overskrift(), kol.get(i).kode(), aar));
                    }
                    Tidsseriediagram.Bestilling b = new Tidsseriediagram.Bestilling("d", n.navn() + ", " + kol.get(0).overskrift(),
                            n.enhet(), n.desimaler(), aar, serie(res.get(0), n, kol.get(0).overskrift(), kol.get(0).kode(), aar), sml,
                            DIAGRAM_BREDDE, DIAGRAM_HOYDE);
                    rader.add(new Figur(n.id(), n.navn(), n.enhet(), n.erForhold(), List.copyOf(aarRader), href, fil,
                            "Diagram " + aar.get(0) + "–" + aar.get(aar.size() - 1) + ", tallene står i raden", DIAGRAM_BREDDE,
                            DIAGRAM_HOYDE, Optional.of(b), eldre));
                } else {
                    rader.add(new Figur(n.id(), n.navn(), n.enhet(), n.erForhold(), List.copyOf(aarRader), href, "", "", 0, 0,
                            Optional.empty(), eldre));
                }
            }
            if (!rader.isEmpty()) {
                familier.add(new FamilieBlokk(o.slug() + "-" + fam.kode(), fam.navn(), List.copyOf(rader)));
            }
        }
        return new Seksjon(o.slug(), o.navn(), o.beskrivelse(), List.copyOf(familier),
                "/data/" + o.slug() + ".csv", "/data/" + o.slug() + ".json", List.copyOf(utenTall));
    }

    private Tidsserie serie(Map<Integer, Resultat> res, Nokkeltall n, String navn, String kode, List<Integer> aar) {
        Map<Integer, Celle> v = new java.util.TreeMap<>();
        for (int a : aar) {
            v.put(a, resultat(res, n, kode, a).verdi());
        }
        return new Tidsserie(navn, v);
    }

    private static int desimalerNevner(Celle c) {
        return c.harTall() && c.verdi().stripTrailingZeros().scale() > 0 ? Math.min(3, c.verdi().stripTrailingZeros().scale()) : 0;
    }

    private Resultat resultat(Nokkeltall n, String region, int aar) {
        return resultat(nettsted.beregning().resultater(n, region), n, region, aar);
    }

    /** From the region's results ({@code res}), computed when the year is none of the figure's candidate years. */
    private Resultat resultat(Map<Integer, Resultat> res, Nokkeltall n, String region, int aar) {
        Resultat r = res.get(aar);
        return r == null ? nettsted.beregning().beregn(n, region, aar) : r;
    }

    /**
     * The latest years where the region or a comparison column has a value, up to the region's latest year with a
     * number; empty when the region has no number in any year (the figure is then not a row).
     */
    List<Integer> visteAar(Nokkeltall n, List<Kolonne> kol, List<Map<Integer, Resultat>> res) {
        SortedSet<Integer> medData = new TreeSet<>();
        int egenSiste = 0;
        for (int a : nettsted.beregning().kandidatAar(n)) {
            if (resultat(res.get(0), n, kol.get(0).kode(), a).verdi().harTall()) {
                egenSiste = a;
            }
            for (int i = 0; i < kol.size(); i++) {
                if (resultat(res.get(i), n, kol.get(i).kode(), a).verdi().harTall()) {
                    medData.add(a);
                    break;
                }
            }
        }
        if (egenSiste == 0) {
            return List.of();
        }
        List<Integer> l = new ArrayList<>(medData.headSet(egenSiste + 1));
        return List.copyOf(l.subList(Math.max(0, l.size() - AAR_PER_FIGUR), l.size()));
    }

    /** The population over the last 22 years on its own scale, with a value axis and the first and last values labelled. */
    private Tidsseriediagram.Bestilling folketall(String kode, String navn) {
        int siste = sisteBefolkningsaar();
        List<Integer> aar = new ArrayList<>();
        Map<Integer, Celle> v = new java.util.TreeMap<>();
        for (int a = siste - 21; a <= siste; a++) {
            aar.add(a);
            v.put(a, nettsted.beregning().grunnlag().celle("bef.folkemengde", kode, a));
        }
        return new Tidsseriediagram.Bestilling("d-folketall", "Folkemengde i " + navn + " 1. januar " + aar.get(0) + "–" + siste,
                "personer", 0, aar, new Tidsserie(navn, v), List.of(), 440, 170);
    }

    private Diagram befolkningsdiagram(String kode, String navn) {
        List<BarChartLayout.Inn> inn = new ArrayList<>();
        var serie = nettsted.beregning().grunnlag().serie("bef.folkemengde");
        int siste = sisteBefolkningsaar();
        int forste = siste - 21;
        for (int a = forste; a <= siste; a++) {
            Celle c = nettsted.beregning().grunnlag().celle("bef.folkemengde", kode, a);
            inn.add(new BarChartLayout.Inn(String.valueOf(a), ((a - forste) % 5 == 0 && siste - a >= 3) || a == siste ? String.valueOf(a) : "",
                    Tall.av(c, 0), a == siste));
        }
        String desc = "Folkemengde 1. januar " + forste + "–" + siste + ": fra "
                + Formatering.tekst(inn.get(0).tall()) + " til " + Formatering.tekst(inn.get(inn.size() - 1).tall()) + ".";
        return BarChartLayout.bygg("d-folketall", "Folkemengde i " + navn + " 1. januar " + forste + "–" + siste, desc,
                "personer", 440, 170, inn, true);
    }
}

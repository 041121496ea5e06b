package no.kommunefakta.site.nokkeltall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;

/** The key-figure catalogue and service areas, read from data files and checked against the declared series. */
public record Katalog(List<Tjenesteomraade> omraader, List<Nokkeltall> nokkeltall) {

    public static Katalog load(DataSource kilde, Set<String> kjenteSerier) {
        List<Tjenesteomraade> omraader = new ArrayList<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/tjenesteomraader.csv", ';')) {
            String nivaa = r.get("nivaa");
            if (!nivaa.equals("kommune") && !nivaa.equals("fylke")) {
                throw new IllegalArgumentException("tjenesteomraader.csv line " + r.linje() + ": nivaa '" + nivaa
                        + "' is neither kommune nor fylke");
            }
            omraader.add(new Tjenesteomraade(r.get("slug"), r.get("navn"), r.get("beskrivelse"), nivaa));
        }
        Set<String> slugs = new HashSet<>();
        omraader.forEach(o -> slugs.add(o.slug()));
        Map<String, SerieDef> defs = new LinkedHashMap<>();
        GrunnlagLoader.definisjoner(kilde).forEach(d -> defs.put(d.id(), d));
        Map<String, Csv.Rad> tabeller = new LinkedHashMap<>();
        kilde.csv("kommunefakta/refresh.csv", ';').forEach(r -> tabeller.put(r.get("tabell"), r));
        List<Nokkeltall> liste = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/nokkeltall.csv", ';')) {
            String id = r.get("id");
            String feil = "nokkeltall.csv line " + r.linje() + " (" + id + "): ";
            if (!ids.add(id)) {
                throw new IllegalArgumentException(feil + "duplicate id");
            }
            if (!slugs.contains(r.get("omraade"))) {
                throw new IllegalArgumentException(feil + "omraade '" + r.get("omraade") + "' not in tjenesteomraader.csv");
            }
            Optional<Uttrykk> teller = uttrykk(r.get("teller"), kjenteSerier, feil + "teller: ");
            Optional<Uttrykk> nevner = uttrykk(r.get("nevner"), kjenteSerier, feil + "nevner: ");
            List<String> publ = r.get("publisert").isBlank() ? List.of() : Arrays.asList(r.get("publisert").split("\\|"));
            for (String p : publ) {
                if (!kjenteSerier.contains(p)) {
                    throw new IllegalArgumentException(feil + "publisert series '" + p + "' not in grunnlag.csv");
                }
            }
            List<Integer> aar = Arrays.stream(r.get("aar").split(",")).map(String::trim).map(Integer::parseInt).toList();
            int desimaler;
            BigDecimal faktor;
            try {
                desimaler = Integer.parseInt(r.get("desimaler"));
                faktor = new BigDecimal(r.get("faktor"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(feil + "desimaler/faktor not a number: '" + r.get("desimaler") + "'/'" + r.get("faktor") + "'");
            }
            liste.add(new Nokkeltall(id, r.get("omraade"), Familie.fra(r.get("familie")), r.get("navn"), r.get("enhet"),
                    desimaler, faktor, teller, r.get("teller_tekst"), nevner, r.get("nevner_tekst"),
                    Tidspunkt.fra(r.get("tidspunkt")), List.copyOf(publ), aar, r.get("kilde"),
                    kildetabeller(teller, nevner, publ, defs, tabeller)));
        }
        return new Katalog(List.copyOf(omraader), List.copyOf(liste));
    }

    private static List<Kildetabell> kildetabeller(Optional<Uttrykk> teller, Optional<Uttrykk> nevner, List<String> publ,
            Map<String, SerieDef> defs, Map<String, Csv.Rad> tabeller) {
        List<Kildetabell> ut = new ArrayList<>();
        teller.ifPresent(u -> u.serier().stream().distinct().forEach(s -> kildetabell(s, "teller", defs, tabeller).ifPresent(ut::add)));
        nevner.ifPresent(u -> u.serier().stream().distinct().forEach(s -> kildetabell(s, "nevner", defs, tabeller).ifPresent(ut::add)));
        publ.forEach(s -> kildetabell(s, "publisert", defs, tabeller).ifPresent(ut::add));
        return List.copyOf(ut);
    }

    private static Optional<Kildetabell> kildetabell(String serie, String rolle, Map<String, SerieDef> defs,
            Map<String, Csv.Rad> tabeller) {
        SerieDef d = defs.get(serie);
        if (d == null || !d.fraPxWebApi() || !tabeller.containsKey(d.tabell())) {
            return Optional.empty();
        }
        Map<String, String> filter = d.utvalg();
        Csv.Rad t = tabeller.get(d.tabell());
        return Optional.of(new Kildetabell(d.tabell(), t.get("tittel"), t.get("regiondimensjon"), java.util.Collections.unmodifiableMap(filter), serie, rolle));
    }

    /** The service areas shown on a page of this region type ({@code kommune}, {@code fylke}, {@code landet}). */
    public List<Tjenesteomraade> omraader(String regiontype) {
        return omraader.stream().filter(o -> o.gjelder(regiontype)).toList();
    }

    /** Every SSB table the catalogue uses, by table id, in first-use order. */
    public Map<String, List<Kildetabell>> kildetabeller() {
        Map<String, List<Kildetabell>> m = new LinkedHashMap<>();
        nokkeltall.forEach(n -> n.kildetabeller().forEach(k -> m.computeIfAbsent(k.tabell(), x -> new ArrayList<>()).add(k)));
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    private static Optional<Uttrykk> uttrykk(String s, Set<String> kjente, String feil) {
        if (s.isBlank()) {
            return Optional.empty();
        }
        Uttrykk u;
        try {
            u = Uttrykk.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(feil + e.getMessage());
        }
        for (String serie : u.serier()) {
            if (!kjente.contains(serie)) {
                throw new IllegalArgumentException(feil + "series '" + serie + "' not in grunnlag.csv");
            }
        }
        return Optional.of(u);
    }

    public List<Nokkeltall> i(String omraade) {
        return nokkeltall.stream().filter(n -> n.omraade().equals(omraade)).toList();
    }

    public Map<String, Nokkeltall> perId() {
        Map<String, Nokkeltall> m = new LinkedHashMap<>();
        nokkeltall.forEach(n -> m.put(n.id(), n));
        return m;
    }
}

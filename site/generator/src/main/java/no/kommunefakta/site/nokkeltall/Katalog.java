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
            omraader.add(new Tjenesteomraade(r.get("slug"), r.get("navn"), r.get("beskrivelse")));
        }
        Set<String> slugs = new HashSet<>();
        omraader.forEach(o -> slugs.add(o.slug()));
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
                    Tidspunkt.fra(r.get("tidspunkt")), List.copyOf(publ), aar, r.get("kilde")));
        }
        return new Katalog(List.copyOf(omraader), List.copyOf(liste));
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

package no.kommunefakta.site.nokkeltall;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;

/**
 * A headline figure ({@code hovedtall.csv}): one of the few figures a region page opens with.
 *
 * @param nokkeltall the catalogue figure
 * @param retning    which way is better, only where KOSTRA/SSB define it; {@link Retning#NOYTRAL} otherwise
 */
public record Hovedtall(Nokkeltall nokkeltall, Retning retning) {

    /** Which way is better. */
    public enum Retning {
        NOYTRAL(""), HOYERE("høyere er bedre"), LAVERE("lavere er bedre");

        private final String tekst;

        Retning(String tekst) {
            this.tekst = tekst;
        }

        /** "høyere er bedre", empty when neutral. */
        public String tekst() {
            return tekst;
        }

        static Retning fra(String s, String feil) {
            return switch (s) {
                case "" -> NOYTRAL;
                case "hoyere" -> HOYERE;
                case "lavere" -> LAVERE;
                default -> throw new IllegalArgumentException(feil + "retning '" + s + "' is neither empty, hoyere nor lavere");
            };
        }
    }

    /** The headline figures in priority order; every id must be in the catalogue, once. */
    public static List<Hovedtall> load(DataSource kilde, Katalog katalog) {
        Map<String, Nokkeltall> perId = katalog.perId();
        List<Hovedtall> ut = new ArrayList<>();
        Set<String> sett = new HashSet<>();
        for (Csv.Rad r : kilde.csv("kommunefakta/hovedtall.csv", ';')) {
            String id = r.get("id");
            String feil = "hovedtall.csv line " + r.linje() + " (" + id + "): ";
            Nokkeltall n = perId.get(id);
            if (n == null) {
                throw new IllegalArgumentException(feil + "id not in nokkeltall.csv");
            }
            if (!sett.add(id)) {
                throw new IllegalArgumentException(feil + "duplicate id");
            }
            Retning retning = Retning.fra(r.get("retning"), feil);
            if (retning != Retning.NOYTRAL && r.get("grunnlag_for_retning").isBlank()) {
                throw new IllegalArgumentException(feil + "a direction needs its KOSTRA/SSB definition in grunnlag_for_retning");
            }
            ut.add(new Hovedtall(n, retning));
        }
        return List.copyOf(ut);
    }
}

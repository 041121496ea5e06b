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
 * @param reserve    figures of the same service area, in order, that stand in for this one where it has no number for
 *                   the region (column {@code reserve}); they carry no direction
 */
public record Hovedtall(Nokkeltall nokkeltall, Retning retning, List<Nokkeltall> reserve) {

    public Hovedtall {
        reserve = List.copyOf(reserve);
    }

    /** The figure and its stand-ins, in the order they are tried. */
    public List<Nokkeltall> kandidater() {
        List<Nokkeltall> l = new ArrayList<>(reserve.size() + 1);
        l.add(nokkeltall);
        l.addAll(reserve);
        return l;
    }

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

    /**
     * The headline figures in priority order; every id must be in the catalogue, once as a headline and at most once as
     * a stand-in, and a stand-in must belong to its headline's service area.
     */
    public static List<Hovedtall> load(DataSource kilde, Katalog katalog) {
        Map<String, Nokkeltall> perId = katalog.perId();
        List<Hovedtall> ut = new ArrayList<>();
        Set<String> sett = new HashSet<>();
        Set<String> reserver = new HashSet<>();
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
            List<Nokkeltall> reserve = new ArrayList<>();
            String liste = r.get("reserve").trim();
            for (String rid : liste.isEmpty() ? new String[0] : liste.split("\\s+")) {
                Nokkeltall rn = perId.get(rid);
                if (rn == null) {
                    throw new IllegalArgumentException(feil + "reserve '" + rid + "' not in nokkeltall.csv");
                }
                if (!rn.omraade().equals(n.omraade())) {
                    throw new IllegalArgumentException(feil + "reserve '" + rid + "' is in service area '" + rn.omraade() + "', not '"
                            + n.omraade() + "'");
                }
                if (!reserver.add(rid)) {
                    throw new IllegalArgumentException(feil + "reserve '" + rid + "' is named twice");
                }
                reserve.add(rn);
            }
            ut.add(new Hovedtall(n, retning, reserve));
        }
        for (Hovedtall h : ut) {
            for (Nokkeltall rn : h.reserve()) {
                if (sett.contains(rn.id())) {
                    throw new IllegalArgumentException("hovedtall.csv (" + h.nokkeltall().id() + "): reserve '" + rn.id()
                            + "' is a headline figure of its own");
                }
            }
        }
        return List.copyOf(ut);
    }
}

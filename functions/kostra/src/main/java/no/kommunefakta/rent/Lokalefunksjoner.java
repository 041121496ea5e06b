package no.kommunefakta.rent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kommunefakta.kostra.CsvResource;

/**
 * The default map from a user's service function to the premises function (lokalefunksjon) that carries its premises
 * costs, as data ({@code lokalefunksjoner.csv} beside this class), per entity and year range. Each row says whether it
 * is quoted from a source or is our reading ({@code inference}); a request may override any row. A service function
 * without a row keeps its premises costs itself (identity) - also our reading.
 */
public final class Lokalefunksjoner {

    private static final String RESOURCE = "lokalefunksjoner.csv";
    private static volatile Lokalefunksjoner standard;

    private final List<Row> rows;

    private Lokalefunksjoner(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The embedded default map (loaded once). */
    public static Lokalefunksjoner standard() {
        Lokalefunksjoner s = standard;
        if (s == null) {
            synchronized (Lokalefunksjoner.class) {
                s = standard;
                if (s == null) {
                    s = load();
                    standard = s;
                }
            }
        }
        return s;
    }

    /** All rows of the default map. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Where the premises costs of a service function go.
     *
     * @param oslo      whether the reporter is Oslo, a kommune with the fylkeskommune's functions too: then a fylke
     *                  service function follows the fylkeskommune rows
     * @param overrides the request's overrides (service funksjon to premises funksjon); win over the defaults
     */
    public Mapping resolve(Enhet enhet, boolean oslo, int aargang, String serviceFunksjon,
                           Map<String, String> overrides) {
        String override = overrides.get(serviceFunksjon);
        if (override != null) {
            return new Mapping(serviceFunksjon, override.trim(), Basis.REQUEST, "premisesMap in the request");
        }
        Optional<Row> row = find(enhet, aargang, serviceFunksjon);
        if (row.isEmpty() && oslo && enhet == Enhet.KOMMUNE) {
            row = find(Enhet.FYLKESKOMMUNE, aargang, serviceFunksjon);
        }
        return row.map(r -> new Mapping(serviceFunksjon, r.premisesFunksjon(), r.basis(), r.note()))
                .orElseGet(() -> new Mapping(serviceFunksjon, serviceFunksjon, Basis.IDENTITY,
                        "no lokalefunksjon for this service: premises costs stay on the service function [inference]"));
    }

    private Optional<Row> find(Enhet enhet, int aargang, String serviceFunksjon) {
        return rows.stream()
                .filter(r -> r.enhet() == enhet && r.serviceFunksjon().equals(serviceFunksjon)
                        && r.fromYear() <= aargang && aargang <= r.toYear())
                .findFirst();
    }

    private static Lokalefunksjoner load() {
        List<Row> rows = new ArrayList<>();
        for (List<String> f : CsvResource.read("/no/kommunefakta/rent/" + RESOURCE)) {
            Enhet enhet = Enhet.fromJson(f.get(0));
            Basis basis = "source".equals(f.get(5)) ? Basis.SOURCE : Basis.INFERENCE;
            rows.add(new Row(enhet, f.get(1), f.get(2), Integer.parseInt(f.get(3)), Integer.parseInt(f.get(4)),
                    basis, f.get(6)));
        }
        return new Lokalefunksjoner(rows);
    }

    /** Where a mapping comes from. */
    public enum Basis {
        /** Quoted from a source (see the row's note). */
        SOURCE,
        /** Our reading, marked [inference]; override it per request when your practice differs. */
        INFERENCE,
        /** Given in the request's premisesMap. */
        REQUEST,
        /** No row: the service function keeps its premises costs (our reading). */
        IDENTITY
    }

    /**
     * One row of the default map.
     *
     * @param enhet            kommune or fylkeskommune
     * @param serviceFunksjon  the user's service function
     * @param premisesFunksjon the premises function that carries its premises costs
     * @param fromYear         first reporting year the row applies to
     * @param toYear           last reporting year the row applies to
     * @param basis            SOURCE or INFERENCE
     * @param note             why, with the source where there is one
     */
    public record Row(Enhet enhet, String serviceFunksjon, String premisesFunksjon, int fromYear, int toYear,
                      Basis basis, String note) {
    }

    /**
     * The resolved mapping of one service function.
     *
     * @param serviceFunksjon  the user's function
     * @param premisesFunksjon where its premises costs are reported
     * @param basis            SOURCE, INFERENCE, REQUEST or IDENTITY
     * @param note             why
     */
    public record Mapping(String serviceFunksjon, String premisesFunksjon, Basis basis, String note) {
    }
}

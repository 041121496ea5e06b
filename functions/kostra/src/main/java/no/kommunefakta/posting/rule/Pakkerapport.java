package no.kommunefakta.posting.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import no.kommunefakta.kostra.CsvResource;
import no.kommunefakta.posting.Severity;

/**
 * How one package (per-skjema program) of the 2018 and 2019 releases reports its findings
 * ({@code no/kommunefakta/posting/pakkerapporter.csv}, one row per release and package; {@link Pakke} has what it
 * checks).
 *
 * @param pakke         the package's skjema, as in {@link Pakke#pakke()}
 * @param linjerMaks    the record controls whose entry names its records only when there are at most
 *                      {@link #MAKS_LINJER} of them (more: one finding without lines; {@code ControlKvartal},
 *                      {@code ControlKommunenummer}, {@code ControlKontoklasse}, {@code ControlOrgNummer},
 *                      {@code ControlNumericalFields}, 0F {@code ControlFunksjon089}); control 006 has two entries, a
 *                      region not on the release's list and one that differs from the argument
 * @param dublettnokkel the record's fields (0-based, end exclusive) that make the key of control 015, each read up to
 *                      its first blank and concatenated ({@code ControlDubletter}: kontoklasse, funksjon/kapittel,
 *                      art/sektor; the quarterly balance packages' kapittel includes the kontoklasse), a field written
 *                      {@code =31-32} as it stands ({@code getKontoklasse}: a blank kontoklasse is a blank); the package
 *                      reports every duplicate in one finding, without lines when more than {@link #MAKS_LINJER}
 *                      keys repeat ({@code DuplicateChecker})
 * @param somDetStaar   the start positions of the {@code dublettnokkel} fields taken as they stand
 * @param orgnrFil      the severity of the package's whole-file orgnr check ({@code regnskap/ControlOrgNr}: every record
 *                      must carry the first record's orgnr field, control 007, the others' lines), if it runs it
 */
public record Pakkerapport(String pakke, Set<String> linjerMaks, List<Utgave.Intervall> dublettnokkel,
                           Set<Integer> somDetStaar, Optional<Severity> orgnrFil) {

    /** The most records an entry of these packages names. */
    public static final int MAKS_LINJER = 10;

    private static final Map<Integer, Map<String, Pakkerapport>> RAPPORTER = load();

    public Pakkerapport {
        linjerMaks = Set.copyOf(linjerMaks);
        dublettnokkel = List.copyOf(dublettnokkel);
        somDetStaar = Set.copyOf(somDetStaar);
    }

    /** The report settings of this package of the release {@code utgave}, if the release has packages. */
    public static Optional<Pakkerapport> of(Utgave utgave, Pakke pakke) {
        return Optional.ofNullable(RAPPORTER.getOrDefault(utgave.fraAar(), Map.of()).get(pakke.pakke()));
    }

    /**
     * The key of control 015 for this record: each field of {@link #dublettnokkel()} up to its first blank, those
     * starting at a position of {@link #somDetStaar()} as they stand.
     */
    public String dublett(PostingView p) {
        StringBuilder key = new StringBuilder();
        for (Utgave.Intervall i : dublettnokkel) {
            String felt = p.field(i.fra(), i.til());
            key.append(somDetStaar.contains(i.fra()) ? felt : Pakke.tilBlank(felt));
        }
        return key.toString();
    }

    private static Map<Integer, Map<String, Pakkerapport>> load() {
        Map<Integer, Map<String, Pakkerapport>> result = new TreeMap<>();
        for (List<String> r : CsvResource.read("/no/kommunefakta/posting/pakkerapporter.csv")) {
            List<Utgave.Intervall> felt = new ArrayList<>();
            Set<Integer> somDetStaar = new java.util.TreeSet<>();
            for (String f : r.get(3).trim().split(" +")) {
                if (f.startsWith("=")) {
                    f = f.substring(1);
                    somDetStaar.add(Integer.parseInt(f.split("-")[0]));
                }
                String[] fraTil = f.split("-");
                felt.add(new Utgave.Intervall(Integer.parseInt(fraTil[0]), Integer.parseInt(fraTil[1])));
            }
            Set<String> maks = r.get(2).isBlank() ? Set.of() : Set.of(r.get(2).trim().split(" +"));
            Optional<Severity> orgnr = r.get(4).isBlank() ? Optional.empty()
                    : Optional.of(Severity.valueOf(r.get(4).trim()));
            result.computeIfAbsent(Integer.parseInt(r.get(0)), k -> new TreeMap<>())
                    .put(r.get(1), new Pakkerapport(r.get(1), maks, felt, somDetStaar, orgnr));
        }
        return result;
    }
}

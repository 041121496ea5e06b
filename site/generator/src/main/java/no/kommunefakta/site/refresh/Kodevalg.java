package no.kommunefakta.site.refresh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kommunefakta.site.nokkeltall.SerieDef;

/**
 * Which content code fills a series, chosen from the table's metadata: the configured code when its label fits the
 * series' {@link Etikettregel}; otherwise the one code whose label fits (SSB renamed or renumbered the content, and
 * the outcome says so); otherwise none, and the outcome lists the labels the table has. The series' other dimension
 * values ({@code KOKfunksjon0000=FGK7}) must exist in the table.
 *
 * @param serie       series id in {@code grunnlag.csv}
 * @param tabell      SSB table id
 * @param dimensjon   the table's content dimension, e.g. {@code ContentsCode}
 * @param konfigurert the code {@code grunnlag.csv} names, empty when the series is chosen by label only
 * @param valgt       the code used, empty on {@link Utfall#FEIL}
 * @param etikett     SSB's label of the chosen code, or the rule when none was chosen
 * @param utfall      outcome
 * @param melding     one line for people: what was checked, what changed, or the labels seen
 */
public record Kodevalg(String serie, String tabell, String dimensjon, String konfigurert, Optional<String> valgt,
        String etikett, Utfall utfall, String melding) {

    /** Outcome of the choice. */
    public enum Utfall {
        /** the configured code has a fitting label (or the only fitting code was chosen for a series without one) */
        OK,
        /** the configured code is gone or means something else; another code has the label */
        NY_KODE,
        /** nothing fits: the series gets no new data */
        FEIL
    }

    /** The series' dimension values from {@code uttrekk} ({@code DIM=code,DIM=code}). */
    public static Map<String, String> uttrekk(SerieDef d) {
        return d.utvalg();
    }

    /** The series' cell selection with the chosen content code. */
    public Map<String, String> utvalg(SerieDef d) {
        Map<String, String> ut = uttrekk(d);
        valgt.ifPresent(k -> ut.put(dimensjon, k));
        return ut;
    }

    /** Chooses the content code of a series from its table's metadata. */
    public static Kodevalg velg(SerieDef d, Tabellmetadata m) {
        Map<String, String> uttrekk = uttrekk(d);
        Optional<Tabellmetadata.Variabel> innhold = m.innhold();
        if (innhold.isEmpty()) {
            return feil(d, m, "ContentsCode", uttrekk.getOrDefault("ContentsCode", ""), "table " + m.tabell() + " has no content dimension");
        }
        Tabellmetadata.Variabel c = innhold.get();
        String konfigurert = uttrekk.getOrDefault(c.id(), "");
        for (Map.Entry<String, String> e : uttrekk.entrySet()) {
            if (e.getKey().equals(c.id())) {
                continue;
            }
            Optional<Tabellmetadata.Variabel> v = m.variabel(e.getKey());
            if (v.isEmpty()) {
                return feil(d, m, c.id(), konfigurert, "dimension " + e.getKey() + " is not in table " + m.tabell()
                        + " (dimensions: " + String.join(", ", m.variabler().stream().map(Tabellmetadata.Variabel::id).toList()) + ")");
            }
            if (SerieDef.koder(e.getValue(), v.get().koder()).isEmpty()) {
                return feil(d, m, c.id(), konfigurert, e.getKey() + "=" + e.getValue() + " is not in table " + m.tabell()
                        + " (codes: " + liste(v.get().koder().stream().map(k -> k + " " + v.get().etikett(k)).toList()) + ")");
            }
        }
        if (d.etikett().isBlank()) {
            return c.koder().contains(konfigurert)
                    ? new Kodevalg(d.id(), m.tabell(), c.id(), konfigurert, Optional.of(konfigurert), c.etikett(konfigurert), Utfall.OK,
                            "no label rule: code checked for existence only")
                    : feil(d, m, c.id(), konfigurert, c.id() + "=" + konfigurert + " is not in table " + m.tabell());
        }
        Etikettregel regel = new Etikettregel(d.etikett(), d.etikettEnhet());
        List<String> passer = c.koder().stream().filter(k -> regel.passer(c.etikett(k), c.enhet(k))).toList();
        if (passer.contains(konfigurert)) {
            return new Kodevalg(d.id(), m.tabell(), c.id(), konfigurert, Optional.of(konfigurert), c.etikett(konfigurert), Utfall.OK,
                    konfigurert + " has the label " + regel.tekstform());
        }
        List<String> eksakte = passer.stream().filter(k -> regel.eksakt(c.etikett(k))).toList();
        List<String> valg = passer.size() == 1 ? passer : eksakte.size() == 1 ? eksakte : List.of();
        if (valg.size() == 1) {
            String ny = valg.get(0);
            if (konfigurert.isEmpty()) {
                return new Kodevalg(d.id(), m.tabell(), c.id(), "", Optional.of(ny), c.etikett(ny), Utfall.OK,
                        "chosen by label " + regel.tekstform() + ": " + ny);
            }
            String gammel = c.koder().contains(konfigurert)
                    ? konfigurert + " now has the label «" + c.etikett(konfigurert) + "»"
                    : konfigurert + " is no longer in the table";
            return new Kodevalg(d.id(), m.tabell(), c.id(), konfigurert, Optional.of(ny), c.etikett(ny), Utfall.NY_KODE,
                    "SSB renamed the content: " + gammel + "; " + ny + " has the label " + regel.tekstform() + ", used instead");
        }
        if (passer.size() > 1) {
            return feil(d, m, c.id(), konfigurert, "several contents of table " + m.tabell() + " fit " + regel.tekstform() + ": "
                    + liste(passer.stream().map(k -> c.etikett(k) + " [" + k + "]").toList()));
        }
        return feil(d, m, c.id(), konfigurert, "no content of table " + m.tabell() + " fits " + regel.tekstform()
                + "; labels seen: " + liste(c.koder().stream().map(k -> c.etikett(k) + " [" + k + "]").toList()));
    }

    private static Kodevalg feil(SerieDef d, Tabellmetadata m, String dim, String konfigurert, String melding) {
        String regel = d.etikett().isBlank() ? "" : new Etikettregel(d.etikett(), d.etikettEnhet()).tekstform();
        return new Kodevalg(d.id(), m.tabell(), dim, konfigurert, Optional.empty(), regel, Utfall.FEIL, melding);
    }

    private static String liste(List<String> l) {
        List<String> vist = new ArrayList<>(l.subList(0, Math.min(l.size(), 60)));
        if (l.size() > vist.size()) {
            vist.add("… " + (l.size() - vist.size()) + " more");
        }
        return String.join("; ", vist);
    }
}

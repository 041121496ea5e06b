package no.kommunefakta.posting.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.rule.Pakkerapport;
import no.kommunefakta.posting.rule.PostingView;
import no.kommunefakta.posting.rule.Profil;

/**
 * The findings of a file as a 2018/2019 package reports them ({@link Pakkerapport}): the entries that name at most
 * {@link Pakkerapport#MAKS_LINJER} records, and the whole-file orgnr check ({@code regnskap/ControlOrgNr}).
 */
final class Pakkefunn {

    private final Pakkerapport rapport;
    private final Set<String> gyldigeRegioner;
    /**
     * The package counts a region not on its list without printing it ({@code 006/ugyldig}, 2018 0A): that entry
     * stands only when the report has no other region entry.
     */
    private final boolean ukjentUtenOppforing;
    /** The first controlled record's orgnr field, null before it. */
    private String forsteOrgnr;
    private final List<Integer> andreOrgnr = new ArrayList<>();

    private Pakkefunn(Pakkerapport rapport, Set<String> gyldigeRegioner, boolean ukjentUtenOppforing) {
        this.rapport = rapport;
        this.gyldigeRegioner = gyldigeRegioner;
        this.ukjentUtenOppforing = ukjentUtenOppforing;
    }

    /** The report rules of the run's package, null when the release has no packages. */
    static Pakkefunn of(Profil profil) {
        return profil.pakkerapport().map(r -> new Pakkefunn(r, profil.gyldigeRegioner(),
                profil.pakke().filter(pk -> pk.utenLinje("006/ugyldig")).isPresent())).orElse(null);
    }

    /** Sees a record that the package controls (of the right length, not skipped). */
    void add(PostingView p) {
        if (rapport.orgnrFil().isEmpty()) {
            return;
        }
        String orgnr = p.field(13, 22);
        if (forsteOrgnr == null) {
            forsteOrgnr = orgnr;
        } else if (!forsteOrgnr.equalsIgnoreCase(orgnr)) {
            andreOrgnr.add(p.lineNo());
        }
    }

    /**
     * Replaces, in place, the findings of each entry of a {@link Pakkerapport#linjerMaks()} control that names more
     * records than the package does by one finding without lines, and adds the whole-file orgnr finding.
     */
    void rapporter(List<Finding> findings) {
        // 2018 regn0A/ControlKommunenummer: foundError() counts the unknown regions, the report prints only the
        // records that differ from the argument; the unknown ones are a finding of their own only without those
        if (ukjentUtenOppforing && findings.stream().anyMatch(f -> "006".equals(f.control()) && !ukjent(f))) {
            findings.removeIf(f -> "006".equals(f.control()) && ukjent(f));
        }
        Map<String, List<Integer>> grupper = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (rapport.linjerMaks().contains(f.control()) && f.lines().size() == 1) {
                grupper.computeIfAbsent(oppforing(f), k -> new ArrayList<>()).add(i);
            }
        }
        Feltkontroller.slaaSammen(findings, grupper, Pakkerapport.MAKS_LINJER, n -> " Gjelder " + n + " poster.");
        if (!andreOrgnr.isEmpty()) {
            Severity severity = rapport.orgnrFil().orElseThrow();
            String message = "Filen har ulike organisasjonsnummer: " + andreOrgnr.size() + " poster har et annet enn"
                    + " den første posten ('" + forsteOrgnr.trim() + "'). Alle postene skal ha samme"
                    + " organisasjonsnummer.";
            if (andreOrgnr.size() > Pakkerapport.MAKS_LINJER) {
                findings.add(new Finding("007", severity, "orgnr", forsteOrgnr, message, List.of()));
            } else {
                for (Integer line : andreOrgnr) {
                    findings.add(new Finding("007", severity, "orgnr", forsteOrgnr, message, List.of(line)));
                }
            }
        }
    }

    /** The entry of the package's report a finding belongs to: control 006 has one for unknown regions. */
    private String oppforing(Finding f) {
        if ("006".equals(f.control()) && ukjent(f)) {
            return "006 ukjent";
        }
        return f.control() + " " + f.severity();
    }

    /** Whether a finding of control 006 is the entry for a region not on the release's list. */
    private boolean ukjent(Finding f) {
        return !gyldigeRegioner.isEmpty() && !gyldigeRegioner.contains(f.value());
    }
}

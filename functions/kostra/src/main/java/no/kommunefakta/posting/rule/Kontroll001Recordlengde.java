package no.kommunefakta.posting.rule;

import java.util.List;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Kontostreng;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 001 : Recordlengde. Every line must be exactly 48 characters without TAB; otherwise FATAL (ERROR for the
 * release without FATAL, {@link Utgave#k001Alvorlighet()}), and no other control runs. Works on raw lines, before a
 * record is parsed.
 */
public final class Kontroll001Recordlengde {

    public static final String CONTROL = "001";

    private Kontroll001Recordlengde() {
    }

    /** Whether the line passes: 48 characters, and no TAB when {@code tabFeil} ({@code Utgave#k001Tab()}). */
    public static boolean ok(char[] buf, int off, int len, boolean tabFeil) {
        if (len != Kontostreng.RECORD_LENGTH) {
            return false;
        }
        if (!tabFeil) {
            return true;
        }
        for (int i = off; i < off + len; i++) {
            if (buf[i] == '\t') {
                return false;
            }
        }
        return true;
    }

    /** Control 001 for a file without records, as the 2020 release reports it ({@link Utgave.TomFil#K001}). */
    public static Finding tomFil(Severity severity) {
        return new Finding(CONTROL, severity, "record", "0",
                "Filen har ingen records. Hver linje skal være en record på nøyaktig 48 tegn.", List.of());
    }

    /**
     * One finding for every bad line of a file, naming them all ({@link Utgave#k001Samlet()}: the Java releases'
     * single "Kontroll 01 Recordlengde" entry).
     */
    public static Finding samlet(List<Finding> perLinje, Severity severity) {
        List<Integer> lines = perLinje.stream().flatMap(f -> f.lines().stream()).toList();
        return new Finding(CONTROL, severity, "record", perLinje.get(0).value(),
                "Linjene " + lines + " er ikke på nøyaktig 48 tegn. Hver record skal være nøyaktig 48 tegn: bruk"
                        + " mellomrom i alle blanke posisjoner og avslutt hver record med linjeskift. Denne feilen"
                        + " hindrer de andre kontrollene i å bli kjørt.", lines);
    }

    /**
     * One check's finding for the file in the per-skjema programs ({@link Utgave#k001Stopper()} off): the lines of the
     * wrong length ({@code ControlRecordlengde}) or with a TAB ({@code ControlRecord}), named when at most 10.
     */
    public static Finding perKontroll(List<Integer> lines, boolean tab, Severity severity) {
        String what = tab ? "inneholder tabulator" : "er ikke på nøyaktig 48 tegn";
        return new Finding(CONTROL, severity, "record", tab ? "TAB" : "lengde",
                "Linjene " + lines + " " + what + ". Hver record skal være nøyaktig 48 tegn, med mellomrom (ikke"
                        + " tabulator) i alle blanke posisjoner." + (tab ? "" : " Disse linjene kontrolleres ikke videre."),
                lines.size() <= 10 ? lines : List.of());
    }

    /** The finding for a bad line (line 0 = single posting, no line list), with the release's severity. */
    public static Finding finding(int lineNo, int length, boolean tab, Severity severity) {
        String what = tab && length == Kontostreng.RECORD_LENGTH
                ? "inneholder tabulator"
                : "har " + length + " tegn";
        return new Finding(CONTROL, severity, "record", Integer.toString(length),
                "Posteringen " + what + ", men hver record skal være nøyaktig 48 tegn. Bruk mellomrom (ikke"
                        + " tabulator) i alle blanke posisjoner og avslutt hver record med linjeskift. Denne feilen"
                        + " hindrer de andre kontrollene i å bli kjørt.",
                lineNo == 0 ? List.of() : List.of(lineNo));
    }
}

package no.kommunefakta.rent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kommunefakta.kostra.CsvResource;

/**
 * Which whole-file controls apply to the postings of an allocation (a partial file) and why the others cannot,
 * as data ({@code file-controls.csv}). A control not listed counts as applicable, so nothing is excused silently.
 */
final class FileControls {

    private static final FileControls STANDARD = load();

    private final Map<String, String> notApplicable;
    private final Map<String, String> withoutLines;

    private FileControls(Map<String, String> notApplicable, Map<String, String> withoutLines) {
        this.notApplicable = Map.copyOf(notApplicable);
        this.withoutLines = Map.copyOf(withoutLines);
    }

    static FileControls standard() {
        return STANDARD;
    }

    /** The reason a control cannot apply to a partial file, or null when it applies. */
    String notApplicableReason(String control) {
        return notApplicable.get(control);
    }

    /**
     * For an applicable control that a release also runs without lines of its kind (2022: 150 without depreciation
     * lines): the reason such a finding is not the allocation's, or null.
     */
    String reasonWithoutLines(String control) {
        return withoutLines.get(control);
    }

    private static FileControls load() {
        Map<String, String> na = new HashMap<>();
        Map<String, String> wl = new HashMap<>();
        for (List<String> f : CsvResource.read("/no/kommunefakta/rent/file-controls.csv")) {
            if ("N".equals(f.get(1))) {
                na.put(f.get(0), f.get(2));
            }
            if (f.size() > 3 && !f.get(3).isBlank()) {
                wl.put(f.get(0), f.get(3));
            }
        }
        return new FileControls(na, wl);
    }
}

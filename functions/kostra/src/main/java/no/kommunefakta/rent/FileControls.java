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

    private FileControls(Map<String, String> notApplicable) {
        this.notApplicable = Map.copyOf(notApplicable);
    }

    static FileControls standard() {
        return STANDARD;
    }

    /** The reason a control cannot apply to a partial file, or null when it applies. */
    String notApplicableReason(String control) {
        return notApplicable.get(control);
    }

    private static FileControls load() {
        Map<String, String> na = new HashMap<>();
        for (List<String> f : CsvResource.read("/no/kommunefakta/rent/file-controls.csv")) {
            if ("N".equals(f.get(1))) {
                na.put(f.get(0), f.get(2));
            }
        }
        return new FileControls(na);
    }
}

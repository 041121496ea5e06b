package no.kommunefakta.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.ValidationResult;

/** Writes the control report, as JSON (same shape as the validateFile answer plus the run context) or as text. */
final class Report {
    private Report() {
    }

    static void json(ValidationContext context, ValidationResult result, OutputStream stream) throws IOException {
        Utf8Out b = new Utf8Out(stream);
        b.ascii("{\"skjema\":").string(context.skjema());
        b.ascii(",\"aargang\":").string(context.aargang());
        b.ascii(",\"kvartal\":").string(context.kvartal());
        b.ascii(",\"region\":").string(context.region());
        b.ascii(",\"orgnr\":").string(context.orgnr());
        if (!context.foretaksnr().equals(ValidationContext.BLANK_ORGNR)) {
            b.ascii(",\"foretaksnr\":").string(context.foretaksnr());
        }
        b.ascii(",\"verdict\":\"").ascii(result.verdict().name()).ascii("\",\"exitCode\":")
                .number(result.verdict().exitCode()).ascii(",\"counts\":{");
        boolean first = true;
        for (Map.Entry<Severity, Integer> e : counts(result.findings()).entrySet()) {
            b.ascii(first ? "\"" : ",\"").ascii(e.getKey().name()).ascii("\":").number(e.getValue());
            first = false;
        }
        b.ascii("},\"findings\":[");
        first = true;
        for (Finding f : result.findings()) {
            b.ascii(first ? "\n{\"control\":" : ",\n{\"control\":");
            first = false;
            b.string(f.control());
            b.ascii(",\"severity\":\"").ascii(f.severity().name()).ascii("\",\"field\":").string(f.field());
            b.ascii(",\"value\":").string(f.value());
            b.ascii(",\"message\":").string(f.message());
            b.ascii(",\"lines\":[");
            List<Integer> lines = f.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    b.ascii(',');
                }
                b.number(lines.get(i));
            }
            b.ascii("]}");
        }
        b.ascii("]}\n");
        b.flush();
    }

    static void text(ValidationContext context, ValidationResult result, Writer out) throws IOException {
        out.write("KOSTRA-kontroll " + context.skjema() + " " + context.aargang() + " region " + context.region()
                + ": " + result.verdict() + "\n");
        for (Map.Entry<Severity, Integer> e : counts(result.findings()).entrySet()) {
            out.write("  " + e.getKey() + ": " + e.getValue() + "\n");
        }
        for (Finding f : result.findings()) {
            out.write(f.severity() + " Kontroll " + f.control() + " [" + f.field() + "='" + f.value() + "']"
                    + (f.lines().isEmpty() ? "" : " linje " + abbreviated(f.lines())) + ": " + f.message() + "\n");
        }
    }

    private static String abbreviated(List<Integer> lines) {
        if (lines.size() <= 10) {
            return lines.toString();
        }
        return lines.subList(0, 10) + " (+" + (lines.size() - 10) + " til)";
    }

    private static Map<Severity, Integer> counts(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }
}

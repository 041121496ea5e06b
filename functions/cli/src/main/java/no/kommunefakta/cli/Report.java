package no.kommunefakta.cli;

import java.io.IOException;
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

    static void json(ValidationContext context, ValidationResult result, Writer out) throws IOException {
        out.write("{\"skjema\":");
        string(context.skjema(), out);
        out.write(",\"aargang\":");
        string(context.aargang(), out);
        out.write(",\"kvartal\":");
        string(context.kvartal(), out);
        out.write(",\"region\":");
        string(context.region(), out);
        out.write(",\"orgnr\":");
        string(context.orgnr(), out);
        out.write(",\"verdict\":\"" + result.verdict() + "\",\"exitCode\":" + result.verdict().exitCode());
        out.write(",\"counts\":{");
        Map<Severity, Integer> counts = counts(result.findings());
        boolean first = true;
        for (Map.Entry<Severity, Integer> e : counts.entrySet()) {
            out.write((first ? "\"" : ",\"") + e.getKey() + "\":" + e.getValue());
            first = false;
        }
        out.write("},\"findings\":[");
        first = true;
        for (Finding f : result.findings()) {
            out.write(first ? "\n{\"control\":" : ",\n{\"control\":");
            first = false;
            string(f.control(), out);
            out.write(",\"severity\":\"" + f.severity() + "\",\"field\":");
            string(f.field(), out);
            out.write(",\"value\":");
            string(f.value(), out);
            out.write(",\"message\":");
            string(f.message(), out);
            out.write(",\"lines\":[");
            List<Integer> lines = f.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(Integer.toString(lines.get(i)));
            }
            out.write("]}");
        }
        out.write("]}\n");
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

    private static void string(String s, Writer out) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}

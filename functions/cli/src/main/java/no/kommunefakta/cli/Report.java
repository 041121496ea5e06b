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
    private static final int FLUSH_AT = 1 << 16;

    private Report() {
    }

    static void json(ValidationContext context, ValidationResult result, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("{\"skjema\":");
        string(context.skjema(), b);
        b.append(",\"aargang\":");
        string(context.aargang(), b);
        b.append(",\"kvartal\":");
        string(context.kvartal(), b);
        b.append(",\"region\":");
        string(context.region(), b);
        b.append(",\"orgnr\":");
        string(context.orgnr(), b);
        if (!context.foretaksnr().equals(ValidationContext.BLANK_ORGNR)) {
            b.append(",\"foretaksnr\":");
            string(context.foretaksnr(), b);
        }
        b.append(",\"verdict\":\"").append(result.verdict()).append("\",\"exitCode\":")
                .append(result.verdict().exitCode()).append(",\"counts\":{");
        boolean first = true;
        for (Map.Entry<Severity, Integer> e : counts(result.findings()).entrySet()) {
            b.append(first ? "\"" : ",\"").append(e.getKey()).append("\":").append(e.getValue());
            first = false;
        }
        b.append("},\"findings\":[");
        first = true;
        for (Finding f : result.findings()) {
            b.append(first ? "\n{\"control\":" : ",\n{\"control\":");
            first = false;
            string(f.control(), b);
            b.append(",\"severity\":\"").append(f.severity()).append("\",\"field\":");
            string(f.field(), b);
            b.append(",\"value\":");
            string(f.value(), b);
            b.append(",\"message\":");
            string(f.message(), b);
            b.append(",\"lines\":[");
            List<Integer> lines = f.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(lines.get(i).intValue());
                if (b.length() > FLUSH_AT) {
                    out.append(b);
                    b.setLength(0);
                }
            }
            b.append("]}");
            if (b.length() > FLUSH_AT) {
                out.append(b);
                b.setLength(0);
            }
        }
        b.append("]}\n");
        out.append(b);
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

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}

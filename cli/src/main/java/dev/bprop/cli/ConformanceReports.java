package dev.bprop.cli;

import dev.bprop.conformance.launch.Outcome;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bprop.conformance.naming.Level;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reports of {@code bprop conform} for CI systems: the clause table as text, JSON (verdict, clauses, and every
 * test with its status and message) and a standalone HTML page, each written whole or not at all ({@link OutputFile}).
 */
final class ConformanceReports {
    private ConformanceReports() {
    }

    static String table(List<ClauseTally> rows) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-20s %-9s %6s %7s %7s %8s%n", "clause",
                "level", "cases", "passed", "failed", "skipped"));
        rows.forEach(row -> text.append(String.format(Locale.ROOT, "%-20s %-9s %6d %7d %7d %8d%n", row.clause(),
                row.level().prefix(), row.cases(), row.passed(), row.failed(), row.skipped())));
        return text.toString();
    }

    static void json(OutputFile file, String implementation, List<ClauseTally> rows, List<Outcome> outcomes) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("implementation", implementation);
        report.put("conforms", ClauseTally.conforms(rows));
        report.put("verdict", ClauseTally.verdict(rows));
        report.put("clauses", rows.stream().map(row -> Map.of("clause", row.clause(), "level", row.level().prefix(),
                "cases", row.cases(), "passed", row.passed(), "failed", row.failed(), "skipped", row.skipped()))
                .toList());
        report.put("tests", outcomes.stream().map(o -> Map.of("name", o.name().toString(), "status",
                o.status().name().toLowerCase(Locale.ROOT), "message", o.message())).toList());
        file.write(out -> new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, report));
    }

    static void html(OutputFile file, String implementation, List<ClauseTally> rows, List<Outcome> outcomes) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>bprop "
                + "conformance</title><style>body{font-family:sans-serif}td,th{padding:2px 8px;text-align:left}"
                + ".failed{color:#b00}.required.failed{font-weight:bold}pre{background:#f4f4f4;padding:6px}</style>"
                + "</head><body>\n<h1>bprop conformance: ").append(escape(implementation)).append("</h1>\n<p>")
                .append(escape(ClauseTally.verdict(rows))).append("</p>\n<table><tr><th>clause</th><th>level</th>"
                        + "<th>cases</th><th>passed</th><th>failed</th><th>skipped</th></tr>\n");
        rows.forEach(row -> page.append("<tr class=\"").append(row.level().prefix()).append(row.failed() > 0
                ? " failed" : "").append("\"><td>").append(row.clause()).append("</td><td>")
                .append(row.level().prefix()).append("</td><td>").append(row.cases()).append("</td><td>")
                .append(row.passed()).append("</td><td>").append(row.failed()).append("</td><td>")
                .append(row.skipped()).append("</td></tr>\n"));
        page.append("</table>\n<h2>Failures</h2>\n");
        outcomes.stream().filter(o -> o.status() == Outcome.Status.FAILED).forEach(o -> page
                .append("<h3 class=\"failed").append(o.name().level() == Level.REQUIRED ? " required" : "")
                .append("\">").append(escape(o.name().toString())).append("</h3><pre>").append(escape(o.message()))
                .append("</pre>\n"));
        page.append("</body></html>\n");
        file.write(out -> out.write(page.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package dev.bprop.cli;

import dev.bprop.conformance.launch.Level;
import dev.bprop.conformance.launch.Outcome;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone HTML page of {@code bprop conform} ({@code --html}): the verdict, the clause table with every
 * failing clause linked to its failures, and the failures grouped by clause, each with its message (long lines
 * wrapped), the implementation's stack frames when it threw, and the problem or graph file folded away.
 */
final class HtmlReport {
    /** Where a failure message's file begins: a heading line of {@code Failure.file} followed by a JSON object. */
    private static final Pattern FILE = Pattern.compile("\\n  ([^\\n]*:)\\n(\\{.*)", Pattern.DOTALL);
    private static final String STYLE = "body{font-family:sans-serif}td,th{padding:2px 8px;text-align:left}"
            + ".failed{color:#b00}.required.failed{font-weight:bold}"
            + "pre{background:#f4f4f4;padding:6px;white-space:pre-wrap;overflow-wrap:anywhere}";

    private HtmlReport() {
    }

    static String of(String implementation, List<ClauseTally> rows, List<Outcome> outcomes) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>bprop "
                + "conformance</title><style>" + STYLE + "</style></head><body>\n<h1>bprop conformance: ")
                .append(escape(implementation)).append("</h1>\n<p>").append(escape(ClauseTally.verdict(rows)))
                .append("</p>\n<table><tr><th>clause</th><th>level</th><th>cases</th><th>passed</th><th>failed</th>"
                        + "<th>skipped</th></tr>\n");
        rows.forEach(row -> page.append("<tr class=\"").append(row.level().prefix()).append(row.failed() > 0
                ? " failed" : "").append("\"><td>").append(row.failed() > 0 ? "<a href=\"#" + anchor(row) + "\">"
                + row.clause() + "</a>" : row.clause()).append("</td><td>").append(row.level().prefix())
                .append("</td><td>").append(row.cases()).append("</td><td>").append(row.passed()).append("</td><td>")
                .append(row.failed()).append("</td><td>").append(row.skipped()).append("</td></tr>\n"));
        page.append("</table>\n");
        if (rows.stream().anyMatch(row -> row.failed() > 0)) {
            page.append("<h2>Failures</h2>\n");
            rows.stream().filter(row -> row.failed() > 0).forEach(row -> clause(page, row, outcomes));
        }
        return page.append("</body></html>\n").toString();
    }

    private static void clause(StringBuilder page, ClauseTally row, List<Outcome> outcomes) {
        String level = row.level() == Level.REQUIRED ? " required" : "";
        page.append("<h3 id=\"").append(anchor(row)).append("\" class=\"failed").append(level).append("\">")
                .append(row.clause()).append(" (").append(row.level().prefix()).append("): ").append(row.failed())
                .append(row.failed() == 1 ? " failure" : " failures").append("</h3>\n");
        ClauseTally.failures(row, outcomes).forEach(o -> failure(page, o, level));
    }

    private static void failure(StringBuilder page, Outcome outcome, String level) {
        page.append("<h4 class=\"failed").append(level).append("\">").append(escape(outcome.name().toString()))
                .append("</h4>");
        Matcher file = FILE.matcher(outcome.message());
        boolean folded = file.find();
        page.append("<pre>").append(escape(folded ? outcome.message().substring(0, file.start())
                : outcome.message())).append("</pre>\n");
        if (!outcome.frames().isEmpty()) {
            page.append("<p>").append(escape(outcome.thrown())).append("</p><pre>at ")
                    .append(escape(String.join("\nat ", outcome.frames()))).append("</pre>\n");
        }
        if (folded) {
            page.append("<details><summary>").append(escape(file.group(1).strip())).append("</summary><pre>")
                    .append(escape(file.group(2))).append("</pre></details>\n");
        }
    }

    private static String anchor(ClauseTally row) {
        return row.level().prefix() + "-" + row.clause();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package dev.bprop.cli;

import dev.bprop.conformance.launch.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The reports of {@code bprop conform}: on the console each failing clause's first failure in full and the clause
 * table; for CI systems a JSON file ({@link JsonReport}) and a standalone HTML page ({@link HtmlReport}), each written
 * whole or not at all ({@link OutputFile}).
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

    /**
     * For each failing clause, in the table's order, its first failure in full (numbers, diagnosis, smallest
     * problem) and a count of the others, which the JSON report ({@code --report}) holds in full.
     */
    static String firstFailures(List<ClauseTally> rows, List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (ClauseTally row : rows) {
            List<Outcome> failures = ClauseTally.failures(row, outcomes);
            if (failures.isEmpty()) {
                continue;
            }
            text.append(failures.get(0).message().strip()).append(System.lineSeparator());
            if (failures.size() > 1) {
                text.append("… and ").append(failures.size() - 1).append(" more failure")
                        .append(failures.size() == 2 ? "" : "s").append(" of ").append(row.clause())
                        .append(": see --report").append(System.lineSeparator());
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    static void json(OutputFile file, String implementation, List<ClauseTally> rows, List<Outcome> outcomes) {
        write(file, JsonReport.of(implementation, rows, outcomes));
    }

    static void html(OutputFile file, String implementation, List<ClauseTally> rows, List<Outcome> outcomes) {
        write(file, HtmlReport.of(implementation, rows, outcomes));
    }

    private static void write(OutputFile file, String content) {
        file.write(out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}

package dev.bprop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bprop.conformance.launch.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON report of {@code bprop conform} ({@code --report}): the verdict, one entry per clause with its counts,
 * and every test with its status and message; a test whose implementation threw also has what it threw
 * ({@code thrown}) and the implementation's top stack frames ({@code frames}), which the console leaves out.
 */
final class JsonReport {
    private JsonReport() {
    }

    static String of(String implementation, List<ClauseTally> rows, List<Outcome> outcomes) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("implementation", implementation);
        report.put("conforms", ClauseTally.conforms(rows));
        report.put("verdict", ClauseTally.verdict(rows));
        report.put("clauses", rows.stream().map(row -> Map.of("clause", row.clause(), "level", row.level().prefix(),
                "cases", row.cases(), "passed", row.passed(), "failed", row.failed(), "skipped", row.skipped()))
                .toList());
        report.put("tests", outcomes.stream().map(JsonReport::test).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (JsonProcessingException e) {
            // Maps of strings, numbers and lists always serialise.
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> test(Outcome outcome) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", outcome.name().toString());
        test.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        test.put("message", outcome.message());
        if (!outcome.thrown().isEmpty()) {
            test.put("thrown", outcome.thrown());
            test.put("frames", outcome.frames());
        }
        return test;
    }
}

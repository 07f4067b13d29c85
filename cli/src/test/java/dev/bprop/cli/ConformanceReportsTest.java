package dev.bprop.cli;

import dev.bprop.conformance.launch.Outcome;
import static dev.bprop.cli.ClauseTallyTest.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.conformance.launch.Outcome.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table, JSON and HTML reports of {@code bprop conform}, field by field. */
class ConformanceReportsTest {
    @TempDir
    Path folder;

    private final List<Outcome> outcomes = List.of(
            new Outcome(outcome("required_BP2_a", Status.FAILED).name(), Status.FAILED, "W<1> & b"),
            outcome("required_BP3_a", Status.PASSED), outcome("optional_ACT-KINK_a", Status.FAILED));
    private final List<ClauseTally> rows = ClauseTally.of(outcomes);

    @Test
    void theTableHasOneLinePerClause() {
        assertEquals("""
                clause               level      cases  passed  failed  skipped
                BP2                  required       1       0       1        0
                BP3                  required       1       1       0        0
                ACT-KINK             optional       1       0       1        0
                """, ConformanceReports.table(rows).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void theJsonReportHoldsVerdictClausesAndTests() throws IOException {
        Path file = folder.resolve("r.json");
        ConformanceReports.json(OutputFile.checked("--report", file), "my.Adapter", rows, outcomes);
        JsonNode report = new ObjectMapper().readTree(file.toFile());
        assertEquals("my.Adapter", report.get("implementation").asText());
        assertEquals(false, report.get("conforms").asBoolean());
        assertEquals(ClauseTally.verdict(rows), report.get("verdict").asText());
        JsonNode bp2 = report.get("clauses").get(0);
        assertEquals("BP2 required 1 0 1 0", bp2.get("clause").asText() + " " + bp2.get("level").asText() + " "
                + bp2.get("cases") + " " + bp2.get("passed") + " " + bp2.get("failed") + " " + bp2.get("skipped"));
        JsonNode test = report.get("tests").get(0);
        assertEquals("required_BP2_a failed W<1> & b", test.get("name").asText() + " " + test.get("status").asText()
                + " " + test.get("message").asText());
    }

    @Test
    void theHtmlReportMarksFailedClausesAndEscapesMessages() throws IOException {
        Path file = folder.resolve("r.html");
        ConformanceReports.html(OutputFile.checked("--html", file), "my<Adapter>", rows, outcomes);
        String page = Files.readString(file);
        assertTrue(page.contains("<h1>bprop conformance: my&lt;Adapter&gt;</h1>"), page);
        assertTrue(page.contains("<tr class=\"required failed\"><td>BP2</td>"), page);
        assertTrue(page.contains("<tr class=\"required\"><td>BP3</td>"), page);
        assertTrue(page.contains("<tr class=\"optional failed\"><td>ACT-KINK</td>"), page);
        assertTrue(page.contains("<h3 class=\"failed required\">required_BP2_a</h3><pre>W&lt;1&gt; &amp; b</pre>"),
                page);
        assertTrue(page.contains("<h3 class=\"failed\">optional_ACT-KINK_a</h3>"), page);
        assertTrue(!page.contains("required_BP3_a</h3>"), page);
    }
}

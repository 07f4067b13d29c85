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
        assertTrue(page.contains("<tr class=\"required failed\"><td><a href=\"#required-BP2\">BP2</a></td>"),
                page);
        assertTrue(page.contains("<tr class=\"required\"><td>BP3</td>"), page);
        assertTrue(page.contains("<tr class=\"optional failed\"><td><a href=\"#optional-ACT-KINK\">ACT-KINK</a></td>"),
                page);
        assertTrue(page.contains("<h4 class=\"failed required\">required_BP2_a</h4><pre>W&lt;1&gt; &amp; b</pre>"),
                page);
        assertTrue(page.contains("<h4 class=\"failed\">optional_ACT-KINK_a</h4>"), page);
        assertTrue(!page.contains("required_BP3_a</h4>"), page);
    }

    /** Each failing clause is linked from its row to its failures, which are grouped under it. */
    @Test
    void theHtmlReportGroupsFailuresByClauseLinkedFromTheTable() throws IOException {
        Path file = folder.resolve("r.html");
        List<Outcome> twoFailures = List.of(outcome("required_BP2_a", Status.FAILED),
                outcome("required_BP3_a", Status.FAILED), outcome("required_BP2_b", Status.FAILED));
        ConformanceReports.html(OutputFile.checked("--html", file), "x", ClauseTally.of(twoFailures), twoFailures);
        String page = Files.readString(file);
        assertTrue(page.contains("<td><a href=\"#required-BP2\">BP2</a></td>"), page);
        assertTrue(page.contains("<h3 id=\"required-BP2\" class=\"failed required\">BP2 (required): 2 failures</h3>\n"
                + "<h4 class=\"failed required\">required_BP2_a</h4><pre>FAILED required_BP2_a</pre>\n"
                + "<h4 class=\"failed required\">required_BP2_b</h4>"), page);
        assertTrue(page.indexOf("id=\"required-BP3\"") > page.indexOf("required_BP2_b</h4>"), page);
        assertTrue(page.contains("white-space:pre-wrap"), "long lines wrap: " + page);
    }

    @Test
    void theHtmlReportHasNoFailuresHeadingWhenNothingFailed() throws IOException {
        Path file = folder.resolve("r.html");
        List<Outcome> passed = List.of(outcome("required_BP3_a", Status.PASSED));
        ConformanceReports.html(OutputFile.checked("--html", file), "x", ClauseTally.of(passed), passed);
        assertTrue(!Files.readString(file).contains("Failures"), Files.readString(file));
    }

    /** The problem file of a failure is folded; what the implementation threw and where stay in JSON and HTML. */
    @Test
    void theProblemIsFoldedAndTheImplementationsFramesAreKept() throws IOException {
        Outcome threw = new Outcome(outcome("required_BP2_a", Status.FAILED).name(), Status.FAILED,
                "required_BP2_a failed (clause BP2): the implementation threw java.lang.StackOverflowError at "
                        + "my.Net.back(Net.java:93)\n  case: vector\n  the problem:\n{\n  \"loss\" : \"mse\"\n}",
                "java.lang.StackOverflowError", List.of("my.Net.back(Net.java:93)", "my.Net.back(Net.java:94)"));
        List<Outcome> one = List.of(threw);
        Path html = folder.resolve("r.html");
        ConformanceReports.html(OutputFile.checked("--html", html), "x", ClauseTally.of(one), one);
        String page = Files.readString(html);
        assertTrue(page.contains("<pre>required_BP2_a failed (clause BP2): the implementation threw "
                + "java.lang.StackOverflowError at my.Net.back(Net.java:93)\n  case: vector</pre>\n"
                + "<p>java.lang.StackOverflowError</p><pre>at my.Net.back(Net.java:93)\nat my.Net.back(Net.java:94)"
                + "</pre>\n<details><summary>the problem:</summary><pre>{\n  &quot;loss&quot; : &quot;mse&quot;\n}"
                + "</pre></details>"), page);
        Path json = folder.resolve("r.json");
        ConformanceReports.json(OutputFile.checked("--report", json), "x", ClauseTally.of(one), one);
        JsonNode test = new ObjectMapper().readTree(json.toFile()).get("tests").get(0);
        assertEquals("java.lang.StackOverflowError", test.get("thrown").asText());
        assertEquals("my.Net.back(Net.java:94)", test.get("frames").get(1).asText());
    }

    /** The console shows each failing clause's first failure and counts the others. */
    @Test
    void theConsoleShowsTheFirstFailureOfEachClauseAndCountsTheRest() {
        List<Outcome> failures = List.of(outcome("required_BP2_a", Status.FAILED),
                outcome("required_BP2_b", Status.FAILED), outcome("required_BP2_c", Status.FAILED),
                outcome("required_BP3_a", Status.FAILED), outcome("required_BP3_b", Status.PASSED));
        assertEquals("""
                FAILED required_BP2_a
                … and 2 more failures of BP2: see --report

                FAILED required_BP3_a

                """, ConformanceReports.firstFailures(ClauseTally.of(failures), failures)
                .replace(System.lineSeparator(), "\n"));
    }
}

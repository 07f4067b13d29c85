package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.Outcome.Status;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.spec.json.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bprop conform} in the test's own JVM (FMT-CLI): what its options ask of the run, the bad input it refuses
 * before any JVM starts, and what it makes of the outcomes (the console, the reports and the exit status), without
 * running the suites ({@link ConformCommandTest} and {@link AdapterFaultsTest} run them).
 */
class ConformOptionsTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();

    private ConformCommand parsed(String... args) {
        CommandLine line = new CommandLine(new ConformCommand());
        line.setOut(new PrintWriter(out, true));
        line.parseArgs(args);
        return line.getCommand();
    }

    private static Outcome outcome(String name, Status status) {
        return new Outcome(TestName.parse(name).orElseThrow(), status, status + " " + name);
    }

    @Test
    void FMT_CLI_theDefaultsRunTheReferenceWithBoundsEveryClauseAMinutePerCallAndAGigabyte() {
        IsolatedRun.Settings settings = parsed().settings();
        assertEquals(new IsolatedRun.Settings(null, true, List.of(), Set.of(), Duration.ofSeconds(60), "1g",
                Map.of("bprop.conformance.caseTimeout", "60.0"), Duration.ofSeconds(60)), settings);
    }

    @Test
    void FMT_CLI_theOptionsReachTheRun() throws IOException {
        Path jar = Files.createFile(folder.resolve("my.jar"));
        IsolatedRun.Settings settings = parsed("--implementation", "my.Adapter", "--classpath", jar.toString(),
                "--skip-bounds", "--clauses", "BP2,BP3", "--case-timeout", "2.5", "--max-heap", "512m", "--seed", "7",
                "--property", "mylib.backend=cpu").settings();
        assertEquals(new IsolatedRun.Settings("my.Adapter", false, List.of(jar), Set.of("BP2", "BP3"),
                Duration.ofMillis(2500), "512m", Map.of("mylib.backend", "cpu", "bprop.conformance.seed", "7",
                        "bprop.conformance.caseTimeout", "2.5"), IsolatedRun.WATCHDOG_SLACK), settings);
    }

    /** 0.0004 s rounds to 0 ms; the limit is never below 1 ms, which the watchdog could not tell from none. */
    @Test
    void FMT_CLI_aCaseTimeoutBelowAMillisecondIsOneMillisecond() {
        assertEquals(Duration.ofMillis(1), parsed("--case-timeout", "0.0004").settings().caseTimeout());
        assertEquals(Duration.ofMillis(2), parsed("--case-timeout", "0.0015").settings().caseTimeout());
    }

    @Test
    void FMT_CLI_aTimeoutThatIsNoPositiveNumberOfSecondsIsBadInput() {
        for (String timeout : List.of("0", "-1", "NaN", "Infinity")) {
            InvalidInputException bad = assertThrows(InvalidInputException.class,
                    () -> parsed("--case-timeout", timeout).settings());
            assertEquals("--case-timeout: expected a positive number of seconds, found "
                    + Double.parseDouble(timeout), bad.getMessage());
        }
    }

    @Test
    void FMT_CLI_aHeapThatIsNoSizeIsBadInput() {
        for (String heap : List.of("2g", "96M", "1048576", "4096k")) {
            assertEquals(heap, parsed("--max-heap", heap).settings().maxHeap());
        }
        for (String heap : List.of("lots", "0m", "512mb", "1.5g", "")) {
            InvalidInputException bad = assertThrows(InvalidInputException.class,
                    () -> parsed("--max-heap", heap).settings());
            assertEquals("--max-heap: expected a size such as 512m or 2g, found " + heap, bad.getMessage());
        }
    }

    /** The whole command line: bad input ends with exit status 2 and one line, before any JVM starts. */
    @Test
    void FMT_CLI_badOptionsEndTheCommandBeforeTheSuitesRun() {
        assertBadInput("--case-timeout: expected a positive number of seconds, found 0.0", "conform",
                "--case-timeout", "0");
        assertBadInput("--max-heap: expected a size such as 512m or 2g, found lots", "conform", "--max-heap", "lots");
        assertBadInput("--classpath: " + folder.resolve("missing.jar") + " does not exist", "conform", "--classpath",
                folder.resolve("missing.jar").toString());
        assertBadInput("--report " + folder.resolve("no/r.json") + ": cannot be written: the folder "
                + folder.resolve("no") + " does not exist", "conform", "--report", folder.resolve("no/r.json")
                .toString());
    }

    @Test
    void FMT_CLI_noOutcomeIsBadInputNamingTheImplementationOrTheClauses() {
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> parsed("--implementation", "my.Suite").report(List.of(), null, null));
        assertEquals("--implementation: my.Suite ran no conformance test", none.getMessage());
        InvalidInputException noClause = assertThrows(InvalidInputException.class,
                () -> parsed("--clauses", "NO-SUCH,BP9").report(List.of(), null, null));
        assertEquals("--clauses: no conformance test of NO-SUCH,BP9 ran", noClause.getMessage());
    }

    @Test
    void FMT_CLI_everyCaseFailingWithOneLinkageErrorIsASetupError() {
        List<Outcome> outcomes = List.of(
                new Outcome(TestName.required("BP2", "a"), Status.FAILED, "a", "java.lang.NoClassDefFoundError: "
                        + "lib/Net", List.of()),
                new Outcome(TestName.required("BP3", "b"), Status.FAILED, "b", "java.lang.NoClassDefFoundError: "
                        + "lib/Net", List.of()));
        SetupException error = assertThrows(SetupException.class,
                () -> parsed("--implementation", "app.Calls").report(outcomes, null, null));
        assertEquals("--implementation: every case failed with java.lang.NoClassDefFoundError: lib/Net: a class the "
                + "implementation needs is missing or does not link; add its jar with --classpath",
                error.getMessage());
    }

    /** One required failure: the failure, the table and the verdict on the console, exit status 1. */
    @Test
    void FMT_CLI_aFailedRequiredClauseIsExitStatusOneAfterTheFailureTheTableAndTheVerdict() {
        int status = parsed("--implementation", "my.Adapter").report(List.of(outcome("required_BP2_a",
                Status.FAILED), outcome("required_BP3_a", Status.PASSED)), null, null);
        assertEquals(1, status);
        assertEquals("""
                FAILED required_BP2_a

                clause               level      cases  passed  failed  skipped
                BP2                  required       1       0       1        0
                BP3                  required       1       1       0        0
                DOES NOT CONFORM: 1 required clause failed (2 cases, 0 skipped)
                """, out.toString().replace(System.lineSeparator(), "\n"));
    }

    /** Only an optional clause failed: the implementation conforms, exit status 0; the reports name the reference. */
    @Test
    void FMT_CLI_onlyOptionalFailuresConformAndTheReportsAreWritten() throws IOException {
        Path json = folder.resolve("r.json");
        Path html = folder.resolve("r.html");
        int status = parsed().report(List.of(outcome("required_BP2_a", Status.PASSED),
                outcome("optional_ACT-KINK_a", Status.FAILED)), OutputFile.checked("--report", json),
                OutputFile.checked("--html", html));
        assertEquals(0, status);
        assertTrue(out.toString().endsWith("CONFORMS: every required clause passed; 1 optional clause differ "
                + "(2 cases, 0 skipped)" + System.lineSeparator()), out.toString());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("bprop reference", report.get("implementation").asText());
        assertTrue(report.get("conforms").asBoolean());
        assertTrue(Files.readString(html).contains("<h1>bprop conformance: bprop reference</h1>"));
    }
}

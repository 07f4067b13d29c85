package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.Outcome.Status;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.spec.json.InvalidInputException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * FMT-CLI: how {@code bprop conform} reads the JVMs that run the suites, with scripted JVMs ({@link ScriptedJvm}) in
 * the test's own JVM: the records it collects, the case it fails when a JVM ends or hangs in it, the JVM it starts
 * for the remaining cases, the setup errors, the progress lines and the command line of the child. The watchdog
 * ticks every 10 ms here instead of every second, so progress shows every 50 ms.
 */
class IsolatedRunScriptedTest {
    private static final Duration TICK = Duration.ofMillis(10);
    private static final TestName A = TestName.required("BP2", "a");
    private static final TestName B = TestName.required("BP2", "b");
    private static final TestName C = TestName.required("BP3", "c");

    private final StringWriter err = new StringWriter();
    /** The command line of every JVM started, and the finished tests its done file listed when it started. */
    private final List<List<String>> commands = new ArrayList<>();
    private final List<List<String>> doneFiles = new ArrayList<>();

    /**
     * Case timeout 0.1 s and slack 0.7 s: the watchdog stops a JVM silent for 3 × 0.1 + 0.7 = 1 s; heap 256m, the
     * clause BP2, the property mylib.backend=cpu, a --classpath entry "extra.jar".
     */
    private static IsolatedRun.Settings settings(Map<String, String> properties) {
        return new IsolatedRun.Settings("my.Adapter", false, List.of(Path.of("extra.jar")), Set.of("BP2"),
                Duration.ofMillis(100), "256m", properties, Duration.ofMillis(700));
    }

    private IsolatedRun run(ScriptedJvm... jvms) {
        return run(Map.of(), jvms);
    }

    private IsolatedRun run(Map<String, String> properties, ScriptedJvm... jvms) {
        Iterator<ScriptedJvm> next = List.of(jvms).iterator();
        return new IsolatedRun(settings(properties), new PrintWriter(err, true), command -> {
            commands.add(command);
            doneFiles.add(Files.readAllLines(Path.of(command.get(command.size() - 1))));
            return next.next();
        }, TICK);
    }

    private static String finished(TestName name, Status status) {
        return ChildProtocol.finished(new Outcome(name, status, name + " " + status));
    }

    private static Outcome outcome(TestName name, Status status) {
        return new Outcome(name, status, name + " " + status);
    }

    @Test
    void FMT_CLI_aJvmThatRunsEveryCaseGivesItsOutcomesAndWhatElseItPrintsIsIgnored() throws IOException {
        List<Outcome> outcomes = run(ScriptedJvm.ending(0, "the adapter says hello", ChildProtocol.started(A),
                finished(A, Status.PASSED), ChildProtocol.started(B), finished(B, Status.FAILED),
                ChildProtocol.complete(), "printed after the end")).outcomes();
        assertEquals(List.of(outcome(A, Status.PASSED), outcome(B, Status.FAILED)), outcomes);
        assertEquals(1, commands.size());
        assertEquals(List.of(List.of()), doneFiles);
    }

    @Test
    void FMT_CLI_aJvmThatEndsInACaseFailsThatCaseAndANewJvmRunsTheRest() throws IOException {
        List<Outcome> outcomes = run(
                ScriptedJvm.ending(3, ChildProtocol.started(A), finished(A, Status.PASSED), ChildProtocol.started(B)),
                ScriptedJvm.ending(0, ChildProtocol.started(C), finished(C, Status.PASSED), ChildProtocol.complete()))
                .outcomes();
        assertEquals(List.of(outcome(A, Status.PASSED), new Outcome(B, Status.FAILED, "required_BP2_b failed (clause "
                + "BP2): the JVM running the suites ended with exit status 3 during this case (the implementation "
                + "called System.exit or Runtime.halt, or the JVM crashed)"), outcome(C, Status.PASSED)), outcomes);
        assertEquals(List.of(List.of(), List.of("required_BP2_a", "required_BP2_b")), doneFiles);
    }

    /** Limit 1 s (a whole number of seconds is printed without a point), case timeout 0.1 s. */
    @Test
    void FMT_CLI_aJvmSilentInACaseBeyondTheLimitIsStoppedAndShowsProgressMeanwhile() throws IOException {
        ScriptedJvm hangs = ScriptedJvm.hanging(ChildProtocol.started(A), finished(A, Status.PASSED),
                ChildProtocol.started(B));
        List<Outcome> outcomes = run(hangs, ScriptedJvm.ending(0, ChildProtocol.complete())).outcomes();
        assertTrue(hangs.wasStopped());
        assertEquals(List.of(outcome(A, Status.PASSED), new Outcome(B, Status.FAILED, "required_BP2_b failed (clause "
                + "BP2): exceeded the per-case time limit of 0.1 s: no answer within 1 s, so the JVM running the "
                + "suites was stopped")), outcomes);
        List<String> progress = err.toString().lines().toList();
        assertTrue(progress.size() >= 2 && progress.stream().allMatch(line -> line.matches("bprop conform: 1 cases "
                + "done in [01] s, running BP2 \\(required_BP2_b\\) for 0 s")), err.toString());
    }

    @Test
    void FMT_CLI_progressBetweenCasesNamesNoCase() throws IOException {
        List<Outcome> outcomes = run(ScriptedJvm.hanging(ChildProtocol.started(A), finished(A, Status.PASSED)),
                ScriptedJvm.ending(0, ChildProtocol.complete())).outcomes();
        assertEquals(List.of(outcome(A, Status.PASSED)), outcomes);
        assertEquals(List.of(List.of(), List.of("required_BP2_a")), doneFiles);
        List<String> progress = err.toString().lines().toList();
        assertTrue(progress.size() >= 2 && progress.stream().allMatch(line -> line.matches("bprop conform: 1 cases "
                + "done in [01] s")), err.toString());
    }

    /** Five records 0.3 s apart: 1.5 s in all, longer than the 1 s limit, but never silent that long. */
    @Test
    void FMT_CLI_aJvmThatKeepsAnsweringIsNotStopped() throws IOException {
        List<Outcome> outcomes = run(ScriptedJvm.slow(Duration.ofMillis(300), 0, ChildProtocol.started(A),
                finished(A, Status.PASSED), ChildProtocol.started(B), finished(B, Status.PASSED),
                ChildProtocol.complete())).outcomes();
        assertEquals(List.of(outcome(A, Status.PASSED), outcome(B, Status.PASSED)), outcomes);
    }

    @Test
    void FMT_CLI_aJvmSilentBeforeTheFirstCaseIsASetupErrorWithoutProgress() {
        SetupException error = assertThrows(SetupException.class, () -> run(ScriptedJvm.hanging()).outcomes());
        assertEquals("--implementation: no answer within 1 s before the first case; the JVM running the suites was "
                + "stopped", error.getMessage());
        assertEquals("", err.toString());
    }

    @Test
    void FMT_CLI_aJvmThatEndsBeforeTheFirstCaseIsASetupError() {
        SetupException error = assertThrows(SetupException.class, () -> run(ScriptedJvm.ending(1, "Error: "
                + "Could not create the Java Virtual Machine.")).outcomes());
        assertEquals("--implementation: the JVM running the suites ended with exit status 1 before the first case "
                + "(the implementation called System.exit, or the JVM crashed)", error.getMessage());
    }

    /** Status 2 of the setup record is bad input, 3 a setup error; the place is what precedes the first ": ". */
    @Test
    void FMT_CLI_aSetupRecordEndsTheRunWithItsStatus() {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> run(ScriptedJvm.ending(0,
                ChildProtocol.setup(2, "--implementation: x is abstract: name a concrete subclass"))).outcomes());
        assertEquals("--implementation", bad.place());
        assertEquals("x is abstract: name a concrete subclass", bad.detail());
        SetupException setup = assertThrows(SetupException.class, () -> run(ScriptedJvm.ending(0,
                ChildProtocol.setup(3, "--implementation: cannot load x"))).outcomes());
        assertEquals("--implementation: cannot load x", setup.getMessage());
    }

    @Test
    void FMT_CLI_aRunGivesUpAfterThirtyJvms() throws IOException {
        ScriptedJvm[] crashing = new ScriptedJvm[IsolatedRun.MAX_JVMS];
        for (int jvm = 0; jvm < crashing.length; jvm++) {
            crashing[jvm] = ScriptedJvm.ending(134, ChildProtocol.started(TestName.required("BP2", "case" + jvm)));
        }
        List<Outcome> outcomes = run(crashing).outcomes();
        assertEquals(30, commands.size());
        assertEquals(30, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o.status() == Status.FAILED), outcomes.toString());
        assertEquals(29, doneFiles.get(29).size());
        assertEquals("bprop conform: 30 JVMs were started, a new one after each case that hung, exhausted or ended "
                + "the JVM; the remaining cases were not run", err.toString().strip());
    }

    /**
     * The child is this JVM's java with the heap limit, this JVM's bprop.* properties and then --property (which wins),
     * this class path followed by --classpath, ConformChild and its four arguments; its done file is gone after the
     * run.
     */
    @Test
    void FMT_CLI_theChildJvmGetsTheHeapThePropertiesAndTheClassPath() throws IOException {
        System.setProperty("bprop.test.inherited", "from bprop");
        System.setProperty("bprop.test.overridden", "from bprop");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("bprop.test.overridden", "from --property");
        properties.put("mylib.backend", "cpu");
        try {
            run(properties, ScriptedJvm.ending(0, ChildProtocol.complete())).outcomes();
        } finally {
            System.clearProperty("bprop.test.inherited");
            System.clearProperty("bprop.test.overridden");
        }
        List<String> command = commands.get(0);
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), command.get(0));
        assertEquals("-Xmx256m", command.get(1));
        assertTrue(command.contains("-Dbprop.test.inherited=from bprop"), command.toString());
        assertTrue(command.contains("-Dbprop.test.overridden=from --property"), command.toString());
        assertFalse(command.contains("-Dbprop.test.overridden=from bprop"), command.toString());
        assertTrue(command.contains("-Dmylib.backend=cpu"), command.toString());
        assertTrue(command.stream().noneMatch(argument -> argument.startsWith("-Djava.")), "only bprop.* properties "
                + "are passed on: " + command);
        List<String> tail = command.subList(command.size() - 7, command.size());
        assertEquals(List.of("-cp", System.getProperty("java.class.path") + File.pathSeparator + "extra.jar",
                ConformChild.class.getName(), "my.Adapter", "no-bounds", "BP2"), tail.subList(0, 6));
        assertFalse(Files.exists(Path.of(tail.get(6))), "the done file is deleted after the run");
    }
}

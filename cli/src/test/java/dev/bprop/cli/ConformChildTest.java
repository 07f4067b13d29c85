package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.launch.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FMT-CLI: the JVM that runs the suites for {@code bprop conform} writes one record a line (ChildProtocol), runs only
 * the clauses asked for, leaves out the cases an earlier JVM finished, and ends with {@code complete} or a setup
 * record. Run here in the test's own JVM.
 */
class ConformChildTest {
    @TempDir
    Path folder;

    private List<ChildProtocol.Record> records(String implementation, String clauses, List<String> done)
            throws IOException {
        Path doneFile = Files.write(folder.resolve("done.txt"), done, StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConformChild.run(ConformChild.arguments(implementation, false, clauses.isEmpty() ? Set.of()
                : Set.of(clauses.split(",")), doneFile).toArray(String[]::new), out, status -> {
                    throw new AssertionError("the reference never makes the JVM untrusted: " + status);
                });
        return bytes.toString(StandardCharsets.UTF_8).lines().map(ChildProtocol::parse).flatMap(Optional::stream)
                .toList();
    }

    private static List<Outcome> finished(List<ChildProtocol.Record> records) {
        return records.stream().filter(ChildProtocol.Finished.class::isInstance)
                .map(record -> ((ChildProtocol.Finished) record).outcome()).toList();
    }

    @Test
    void FMT_CLI_onlyTheClausesAskedForRunAndFinishedCasesAreLeftOut() throws IOException {
        List<ChildProtocol.Record> all = records(ReferenceMlpImplementation.class.getName(), "BP4,LOSS-MSE",
                List.of());
        List<Outcome> outcomes = finished(all);
        assertTrue(outcomes.size() >= 3 && outcomes.stream().allMatch(o -> o.status() == Outcome.Status.PASSED
                && Set.of("BP4", "LOSS-MSE").contains(o.name().clause())), outcomes.toString());
        assertEquals(new ChildProtocol.Started(outcomes.get(0).name()), all.get(0));
        assertEquals(new ChildProtocol.Complete(), all.get(all.size() - 1));

        String first = outcomes.get(0).name().toString();
        List<Outcome> rest = finished(records(ReferenceMlpImplementation.class.getName(), "BP4,LOSS-MSE",
                List.of(first)));
        assertEquals(outcomes.size() - 1, rest.size());
        assertTrue(rest.stream().noneMatch(o -> o.name().toString().equals(first)), rest.toString());
    }

    @Test
    void FMT_CLI_aClassThatCannotBeUsedEndsWithASetupRecord() throws IOException {
        assertEquals(List.of(new ChildProtocol.Setup(3, "--implementation: cannot load no.such.Adapter "
                + "(java.lang.ClassNotFoundException: no.such.Adapter); add its jar, and the jars it needs, with "
                + "--classpath")), records("no.such.Adapter", "", List.of()));
        assertEquals(List.of(new ChildProtocol.Setup(2, "--implementation: java.lang.String is neither a conformance "
                + "suite nor an adapter (MlpImplementation, GraphImplementation)")),
                records(String.class.getName(), "", List.of()));
    }

    /** No implementation named: the reference's own adapters run, all passing. */
    @Test
    void FMT_CLI_withoutAnImplementationTheReferenceRuns() throws IOException {
        List<ChildProtocol.Record> all = records(null, "BP4", List.of());
        List<Outcome> outcomes = finished(all);
        assertTrue(!outcomes.isEmpty() && outcomes.stream().allMatch(o -> o.status() == Outcome.Status.PASSED
                && o.name().clause().equals("BP4")), outcomes.toString());
        assertEquals(new ChildProtocol.Complete(), all.get(all.size() - 1));
    }

    /** An adapter that throws when asked its capabilities fails every group before any case: a setup record. */
    @Test
    void FMT_CLI_suitesThatCannotStartEndWithASetupRecord() throws IOException {
        List<ChildProtocol.Record> all = records(FaultyAdapters.NoCapabilities.class.getName(), "BP4", List.of());
        assertEquals(1, all.size(), all.toString());
        ChildProtocol.Setup setup = (ChildProtocol.Setup) all.get(0);
        assertEquals(3, setup.status());
        assertTrue(setup.message().matches("--implementation: the suites could not start: [a-zA-Z_]+\\(\\) threw "
                + "java.lang.UnsupportedOperationException: operator registry not initialised"), setup.message());
    }

    /** The four arguments, always given: an absent implementation is empty, the clauses joined by commas. */
    @Test
    void FMT_CLI_theChildsArgumentsAreAlwaysFour() {
        Path done = Path.of("done.txt");
        assertEquals(List.of("", "bounds", "", "done.txt"), ConformChild.arguments(null, true, Set.of(), done));
        assertEquals(List.of("my.Adapter", "no-bounds", "BP4", "done.txt"),
                ConformChild.arguments("my.Adapter", false, Set.of("BP4"), done));
    }

    @Test
    void FMT_CLI_recordsReadBackAsWritten() {
        Outcome threw = new Outcome(dev.bprop.conformance.launch.TestName.required("BP2", "a"),
                Outcome.Status.FAILED, "line 1\nline 2 \"quoted\"", "java.lang.StackOverflowError",
                List.of("my.Net.back(Net.java:93)"));
        assertEquals(Optional.of(new ChildProtocol.Finished(threw)),
                ChildProtocol.parse(ChildProtocol.finished(threw)));
        assertEquals(Optional.empty(), ChildProtocol.parse("bprop-case finished {not json"));
        assertEquals(Optional.empty(), ChildProtocol.parse("what the implementation printed"));
        assertEquals(Optional.of(new ChildProtocol.Setup(3, "x: y z")), ChildProtocol.parse(ChildProtocol.setup(3,
                "x: y\nz")));
    }
}

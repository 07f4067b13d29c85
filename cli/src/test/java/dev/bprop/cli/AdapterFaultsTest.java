package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.cli.ValidateCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FMT-CLI: whatever an adapter does on a case — hang, exit the JVM, exhaust the heap, overflow the stack, answer
 * slowly, answer null — {@code bprop conform} reports that case against its clause, runs the others, ends in bounded
 * time with exit status 1; an adapter that cannot be set up ends with exit status 3. Each fault adapter
 * ({@link FaultyAdapters}) breaks only the BP4 case {@value FaultyAdapters#TRIGGER}; BP4 has eight cases (five of
 * the plan, three of the hiding places: widths 65, 97 and 130), so the row "BP4 required 8 7 1 0" says the seven
 * others passed.
 */
class AdapterFaultsTest {
    private static final String FAULTY_BP4_ROW = "\nBP4                  required       8       7       1        0\n";

    @TempDir
    Path folder;

    private static Run timed(Duration bound, String... args) {
        long start = System.nanoTime();
        Run run = run(args);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(bound) < 0, "took " + took + ", more than " + bound + ": " + run.out() + run.err());
        return run;
    }

    private static Run bp4(Class<?> adapter, Duration bound, String... more) {
        List<String> args = new ArrayList<>(List.of("conform", "--implementation", adapter.getName(), "--skip-bounds",
                "--clauses", "BP4"));
        args.addAll(List.of(more));
        return timed(bound, args.toArray(String[]::new));
    }

    private static void assertReported(Run run, String text) {
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.out().contains(FAULTY_BP4_ROW), run.out());
        assertTrue(run.out().contains(text), run.out());
        assertTrue(run.out().strip().endsWith("DOES NOT CONFORM: 1 required clause failed (8 cases, 0 skipped)"),
                run.out());
    }

    @Test
    void FMT_CLI_aHangingCaseFailsAtTheTimeLimitAndTheOthersRun() {
        Run run = bp4(FaultyAdapters.Hanging.class, Duration.ofSeconds(60), "--case-timeout", "2");
        assertReported(run, "required_BP4_edge-zero-weights");
        assertTrue(run.out().contains("exceeded the per-case time limit of 2 s"), run.out());
    }

    @Test
    void FMT_CLI_anAdapterThatExitsTheJvmFailsItsCaseAndTheOthersRun() {
        Run run = bp4(FaultyAdapters.Exiting.class, Duration.ofSeconds(60));
        assertReported(run, "the JVM running the suites ended with exit status 3 during this case");
    }

    @Test
    void FMT_CLI_anAdapterThatExhaustsTheHeapFailsItsCase() {
        Run run = bp4(FaultyAdapters.Hoarding.class, Duration.ofSeconds(60), "--max-heap", "96m");
        assertReported(run, "the implementation threw java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void FMT_CLI_aStackOverflowIsReportedWithTheImplementationsFrame() throws IOException {
        Path json = folder.resolve("report.json");
        Run run = bp4(FaultyAdapters.Recursing.class, Duration.ofSeconds(60), "--report", json.toString());
        String frame = FaultyAdapters.Recursing.class.getName() + ".depth(FaultyAdapters.java:";
        assertReported(run, "the implementation threw java.lang.StackOverflowError at " + frame);
        JsonNode failed = failedTests(json).get(0);
        assertEquals("java.lang.StackOverflowError", failed.get("thrown").asText());
        assertTrue(failed.get("frames").size() == 8 && failed.get("frames").get(0).asText().startsWith(frame),
                failed.toString());
    }

    @Test
    void FMT_CLI_aSlowAdapterShowsProgressOnStandardError() {
        // 10 calls of 1 s (BP4 8 cases, LOSS-MSE 2): progress lines come every 5 s
        Run run = timed(Duration.ofSeconds(60), "conform", "--implementation", FaultyAdapters.Slow.class.getName(),
                "--skip-bounds", "--clauses", "BP4,LOSS-MSE");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.err().matches("(?s)bprop conform: \\d+ cases done in \\d+ s, running [A-Z0-9-]+ \\(required_"
                + ".*"), run.err());
    }

    @Test
    void FMT_RESULT_aNullResultIsABrokenResultNotANondeterministicOne() {
        Run run = timed(Duration.ofSeconds(60), "conform", "--implementation",
                FaultyAdapters.NullResult.class.getName(), "--skip-bounds", "--clauses",
                "KIT-DETERMINISTIC,FMT-RESULT");
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("required_KIT-DETERMINISTIC_") && run.out().contains("failed (clause "
                + "KIT-DETERMINISTIC): the result breaks FMT-RESULT: the implementation returned null instead of a "
                + "result"), run.out());
        assertTrue(!run.out().contains("randomness"), run.out());
        // KIT-DETERMINISTIC has three cases: two of the plan and one of 10⁵ weights called from several threads.
        assertTrue(run.out().contains("… and 2 more failures of KIT-DETERMINISTIC: see --report"), run.out());
    }

    @Test
    void FMT_RESULT_aNullGradientListIsNamed() {
        Run run = bp4(FaultyAdapters.NullGradients.class, Duration.ofSeconds(60));
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("the result breaks FMT-RESULT: gradients is null"), run.out());
        assertTrue(run.out().contains("\nBP4                  required       8       0       8        0\n"),
                run.out());
        assertTrue(!run.out().contains("NullPointerException"), run.out());
    }

    @Test
    void FMT_CLI_theShrinkerGivesUpOnAWrappedOutOfMemoryError() {
        Run run = bp4(FaultyAdapters.WrappedOutOfMemory.class, Duration.ofSeconds(60));
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("the problem as posed (not shrunk: a fresh instance of the adapter failed to "
                + "answer, the implementation threw java.lang.IllegalStateException: native allocation failed"),
                run.out());
        assertTrue(run.out().contains("\nBP4                  required       8       0       8        0\n"),
                run.out());
    }

    @Test
    void FMT_CLI_anAdapterThatCannotBeConstructedIsASetupError() {
        Run run = timed(Duration.ofSeconds(60), "conform", "--implementation",
                FaultyAdapters.Unconstructible.class.getName());
        assertEquals(3, run.status(), run.out() + run.err());
        assertEquals("", run.out());
        assertEquals("--implementation: cannot construct " + FaultyAdapters.Unconstructible.class.getName()
                + ": its constructor threw java.lang.IllegalStateException: no CUDA device", run.err().strip());
    }

    @Test
    void FMT_CLI_anAdapterThatCannotTellItsCapabilitiesIsASetupError() {
        Run run = timed(Duration.ofSeconds(60), "conform", "--implementation",
                FaultyAdapters.NoCapabilities.class.getName(), "--skip-bounds");
        assertEquals(3, run.status(), run.out() + run.err());
        assertEquals("", run.out());
        assertTrue(run.err().matches("--implementation: the suites could not start: [a-zA-Z_]+\\(\\) threw "
                + "java.lang.UnsupportedOperationException: operator registry not initialised\\s*"), run.err());
    }

    /**
     * Two adapters compiled here against a library class {@code lib.Net} that is then deleted, as a forgotten jar:
     * one extends it (it cannot load), one calls it in every case (every case throws NoClassDefFoundError).
     */
    @Test
    void FMT_CLI_aMissingLibraryIsASetupErrorNotTwentyFailedClauses() throws IOException {
        Path lib = Files.createDirectories(folder.resolve("src/lib"));
        Path app = Files.createDirectories(folder.resolve("src/app"));
        List<Path> sources = List.of(Files.writeString(lib.resolve("Net.java"), """
                package lib;
                public class Net {
                    public static dev.bprop.spec.mlp.Result backprop(dev.bprop.spec.mlp.Problem problem) {
                        return null;
                    }
                }
                """), Files.writeString(app.resolve("Calls.java"), """
                package app;
                public class Calls implements dev.bprop.conformance.spi.MlpImplementation {
                    public dev.bprop.spec.mlp.Result gradient(dev.bprop.spec.mlp.Problem problem) {
                        return lib.Net.backprop(problem);
                    }
                }
                """), Files.writeString(app.resolve("Extends.java"), """
                package app;
                public class Extends extends lib.Net implements dev.bprop.conformance.spi.MlpImplementation {
                    public dev.bprop.spec.mlp.Result gradient(dev.bprop.spec.mlp.Problem problem) {
                        return null;
                    }
                }
                """));
        Path classes = folder.resolve("classes");
        List<String> javac = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                System.getProperty("java.class.path")));
        sources.forEach(source -> javac.add(source.toString()));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)));
        Files.delete(classes.resolve("lib/Net.class"));

        Supplier<String[]> calls = () -> new String[] {"conform", "--implementation", "app.Calls", "--classpath",
                classes.toString(), "--skip-bounds", "--clauses", "BP4,FMT-RESULT"};
        Run everyCase = timed(Duration.ofSeconds(60), calls.get());
        assertEquals(3, everyCase.status(), everyCase.out() + everyCase.err());
        assertEquals("--implementation: every case failed with java.lang.NoClassDefFoundError: lib/Net: a class the "
                + "implementation needs is missing or does not link; add its jar with --classpath",
                everyCase.err().lines().filter(line -> !line.startsWith("bprop conform: ")).findFirst().orElse(""));
        assertTrue(!everyCase.out().contains("DOES NOT CONFORM"), everyCase.out());

        Run cannotLoad = timed(Duration.ofSeconds(60), "conform", "--implementation", "app.Extends", "--classpath",
                classes.toString());
        assertEquals(3, cannotLoad.status(), cannotLoad.out() + cannotLoad.err());
        assertEquals("--implementation: cannot load app.Extends (java.lang.NoClassDefFoundError: lib/Net); add its "
                + "jar, and the jars it needs, with --classpath", cannotLoad.err().strip());
    }

    private static List<JsonNode> failedTests(Path json) throws IOException {
        List<JsonNode> failed = new ArrayList<>();
        new ObjectMapper().readTree(json.toFile()).get("tests").forEach(test -> {
            if (test.get("status").asText().equals("failed")) {
                failed.add(test);
            }
        });
        return failed;
    }
}

package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.assertBadInput;
import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.cli.ValidateCommandTest.Run;
import dev.bprop.conformance.GraphConformanceSuite;
import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.reference.ReferenceGraphImplementation;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bprop conform}: the clause table, the verdict and exit status, the reports, and bad input. */
class ConformCommandTest {
    @TempDir
    Path folder;

    /** An adapter whose every gradient has the wrong sign. */
    public static final class SignFlipped implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            Result result = new ReferenceMlpImplementation().gradient(problem);
            List<LayerGradient> flipped = result.gradients().stream().map(g -> new LayerGradient(
                    negate(g.weights()), negate(new double[][] {g.bias()})[0])).toList();
            return new Result(result.loss(), result.outputs(), flipped);
        }

        private static double[][] negate(double[][] matrix) {
            double[][] negated = new double[matrix.length][];
            for (int r = 0; r < matrix.length; r++) {
                negated[r] = java.util.Arrays.stream(matrix[r]).map(x -> -x).toArray();
            }
            return negated;
        }
    }

    /** A suite subclass, as an adopter writes it. */
    public static final class ReferenceSuite extends MlpConformanceSuite {
        @Override
        protected MlpImplementation implementation() {
            return new ReferenceMlpImplementation();
        }
    }

    /** The reference, with the runtime-bounds profile, which runs by default (on a short budget here). */
    @Test
    void theReferenceConformsClauseByClause() throws IOException {
        Path json = folder.resolve("report.json");
        Path html = folder.resolve("report.html");
        System.setProperty("bprop.bounds.budget", "0.3");
        System.setProperty("bprop.bounds.warmup", "0.05");
        Run run;
        try {
            run = run("conform", "--report", json.toString(), "--html", html.toString());
        } finally {
            System.clearProperty("bprop.bounds.budget");
            System.clearProperty("bprop.bounds.warmup");
        }
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("clause "), run.out());
        assertTrue(run.out().matches("(?s).*\\nBP2 +required +\\d+ +\\d+ +0 +0\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nGBP-BUILDGRAD +required.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nACT-KINK +optional.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nBOUND-WEIGHTS +required +1 .*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nBOUND-MEMORY +required +2 .*"), run.out());
        assertTrue(run.out().strip().endsWith("skipped)") && run.out().contains("\nCONFORMS: every required clause "
                + "passed"), run.out());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertTrue(report.get("conforms").asBoolean());
        assertEquals("bprop reference", report.get("implementation").asText());
        assertTrue(report.get("tests").size() > 100);
        assertTrue(Files.readString(html).contains("<td>BP-BATCH</td><td>required</td>"));
    }

    @Test
    void aWrongAdapterFailsItsRequiredClausesWithExitStatusOne() throws IOException {
        Path json = folder.resolve("report.json");
        Run run = run("conform", "--implementation", SignFlipped.class.getName(), "--report", json.toString(),
                "--seed", "7", "--skip-bounds");
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(!run.out().contains("\nBOUND-"), "--skip-bounds leaves the runtime bounds out: " + run.out());
        assertTrue(run.out().contains("\nDOES NOT CONFORM: "), run.out());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertTrue(report.toString().contains("sign flipped"));
        assertTrue(report.toString().contains("seed="));
        assertEquals(SignFlipped.class.getName(), report.get("implementation").asText());
    }

    @Test
    void aSuiteSubclassRunsAsItIs() {
        Run run = run("conform", "--implementation", ReferenceSuite.class.getName(), "--classpath",
                System.getProperty("java.io.tmpdir"));
        assertEquals(0, run.status(), run.err());
        assertTrue(!run.out().contains("GBP-"), "only the MLP suite ran: " + run.out());
    }

    /** A suite whose every group is switched off, as an adopter would by overriding without @TestFactory. */
    public static final class EmptySuite extends MlpConformanceSuite {
        @Override
        protected MlpImplementation implementation() {
            return new ReferenceMlpImplementation();
        }

        @Override
        public java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> required_specVectors() {
            return java.util.stream.Stream.empty();
        }

        @Override
        public java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> required_generatedProblems() {
            return java.util.stream.Stream.empty();
        }

        @Override
        public java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> required_implementationContract() {
            return java.util.stream.Stream.empty();
        }

        @Override
        public java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> optional_kinkConvention() {
            return java.util.stream.Stream.empty();
        }
    }

    /** A graph suite subclass. */
    public static final class ReferenceGraphSuite extends GraphConformanceSuite {
        @Override
        protected GraphImplementation implementation() {
            return new ReferenceGraphImplementation();
        }
    }

    @Test
    void graphSuitesAndGraphAdaptersRunTheGraphClausesOnly() {
        for (String chosen : List.of(ReferenceGraphSuite.class.getName(), ReferenceGraphImplementation.class.getName())) {
            Run run = run("conform", "--implementation", chosen);
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("\nGBP-BUILDGRAD ") && !run.out().contains("\nBP2 "), run.out());
        }
    }

    @Test
    void theSeedChoosesTheGeneratedCasesAndIsRestoredAfterARun() throws IOException {
        Path seeded = folder.resolve("seeded.json");
        Path plain = folder.resolve("plain.json");
        run("conform", "--implementation", ReferenceSuite.class.getName(), "--seed", "7", "--report", seeded.toString());
        run("conform", "--implementation", ReferenceSuite.class.getName(), "--report", plain.toString());
        JsonNode seededTests = new ObjectMapper().readTree(seeded.toFile()).get("tests");
        JsonNode plainTests = new ObjectMapper().readTree(plain.toFile()).get("tests");
        assertEquals(seededTests.size(), plainTests.size());
        assertTrue(!seededTests.toString().equals(plainTests.toString()) && seededTests.toString().contains("seed="));
        System.setProperty("bprop.conformance.seed", "5");
        try {
            assertEquals(0, run("conform", "--implementation", ReferenceSuite.class.getName(), "--seed", "7").status());
            assertEquals("5", System.getProperty("bprop.conformance.seed"));
        } finally {
            System.clearProperty("bprop.conformance.seed");
        }
        assertEquals(0, run("conform", "--implementation", ReferenceSuite.class.getName(), "--seed", "7").status());
        assertEquals(null, System.getProperty("bprop.conformance.seed"));
    }

    /** FMT-CLI: exit status 3, nothing on standard output, one line on standard error starting with {@code error}. */
    static void assertSetupError(String error, String... args) {
        Run run = run(args);
        assertEquals(3, run.status(), run.out() + run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(error) && run.err().strip().lines().count() == 1, run.err());
    }

    @Test
    void FMT_CLI_aClassThatCannotBeLoadedIsASetupError() {
        assertSetupError("--implementation: cannot load no.such.Adapter (java.lang.ClassNotFoundException: "
                + "no.such.Adapter); add its jar", "conform", "--implementation", "no.such.Adapter");
    }

    @Test
    void FMT_CLI_propertiesReachTheAdapter() {
        String adapter = FaultyAdapters.NeedsProperty.class.getName();
        Run without = run("conform", "--implementation", adapter, "--skip-bounds", "--clauses", "BP3");
        assertEquals(1, without.status(), without.out() + without.err());
        assertTrue(without.out().contains("the implementation threw java.lang.IllegalStateException: no backend: set "
                + "mylib.backend at " + adapter + ".gradient("), without.out());
        Run with = run("conform", "--implementation", adapter, "--skip-bounds", "--clauses", "BP3", "--property",
                "mylib.backend=cpu", "--property", "mylib.threads=1");
        assertEquals(0, with.status(), with.out() + with.err());
        assertTrue(with.out().contains("\nBP3 "), with.out());
        assertEquals(null, System.getProperty("mylib.backend"), "set in the suites' JVM, not in bprop's");
    }

    @Test
    void badInputEndsWithStatusTwoAndOneLine() {
        assertBadInput("--implementation: " + EmptySuite.class.getName() + " ran no conformance test", "conform",
                "--implementation", EmptySuite.class.getName());
        assertBadInput("--implementation: java.lang.String is neither a conformance suite nor an adapter", "conform",
                "--implementation", String.class.getName());
        assertBadInput("--classpath: " + folder.resolve("missing.jar") + " does not exist", "conform", "--classpath",
                folder.resolve("missing.jar").toString());
        assertBadInput("--implementation: " + MlpConformanceSuite.class.getName() + " is abstract", "conform",
                "--implementation", MlpConformanceSuite.class.getName());
        assertBadInput("--clauses: no conformance test of NO-SUCH ran", "conform", "--clauses", "NO-SUCH",
                "--skip-bounds");
        assertBadInput("--case-timeout: expected a positive number of seconds, found 0.0", "conform",
                "--case-timeout", "0");
        assertBadInput("--max-heap: expected a size such as 512m or 2g, found lots", "conform", "--max-heap",
                "lots");
    }
}

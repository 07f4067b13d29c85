package dev.bprop.cli.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.conformance.reference.ReferenceGraphImplementation;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FMT-GRADE-ASSIGNMENT, the Java path in the test's own JVM: the runner that the grader starts in a JVM of its own
 * answers each problem file of the example assignment ({@value ExampleSubmissions#NETWORK}, a sigmoid network, and
 * {@value ExampleSubmissions#GRAPH}, a graph of input, mul, sin, … nodes) with the adapter: a result file
 * (FMT-RESULT, FMT-GRAPH-RESULT), a declared skip (KIT-CAPABILITY), or for a wrong network answer also the smallest
 * problem still answered wrong; an exception costs that problem alone. {@code GradeSeparateJvmTest} runs it in a
 * JVM of its own.
 */
class AdapterRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** A graph adapter that does not declare sin. */
    public static final class NoSine implements GraphImplementation {
        @Override
        public GraphResult gradient(Graph graph) {
            return new ReferenceGraphImplementation().gradient(graph);
        }

        @Override
        public Set<GraphOp> operations() {
            return EnumSet.complementOf(EnumSet.of(GraphOp.SIN));
        }
    }

    /** A network adapter for relu and identity layers only. */
    public static final class ReluOnly implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            throw new AssertionError("never asked: the problem has sigmoid layers");
        }

        @Override
        public Set<Activation> activations() {
            return EnumSet.of(Activation.RELU, Activation.IDENTITY);
        }
    }

    /** Throws on every problem. */
    public static final class Throws implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            throw new IllegalStateException("no backend");
        }
    }

    /** Runs {@code adapter} on the example's problem files; returns what it printed on standard error. */
    private String answer(Class<?> adapter) throws Exception {
        Path problems = folder.resolve("problems");
        GradeCommand.writeProblems(AssignmentReader.read(ExampleSubmissions.EXAMPLES.resolve("assignment.json")),
                "s1", problems);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            AdapterRunner.main(new String[] {adapter.getName(), problems.toString(), folder.resolve("answers")
                    .toString()});
        } finally {
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonNode answerOf(String problem) throws IOException {
        return JSON.readTree(folder.resolve("answers").resolve(problem + ".json").toFile());
    }

    private boolean hasSmallest(String problem) {
        return Files.exists(folder.resolve("answers").resolve(problem + ".smallest.json"));
    }

    @Test
    void fmtGradeAssignment_aCorrectNetworkAdapterAnswersAndANonGraphAdapterSkipsTheGraph() throws Exception {
        assertEquals("", answer(StudentAdapters.Correct.class));
        JsonNode network = answerOf(ExampleSubmissions.NETWORK);
        assertEquals(2, network.get("gradients").size(), network.toString());
        assertTrue(network.get("loss").isNumber(), network.toString());
        assertEquals("the adapter is not a GraphImplementation", answerOf(ExampleSubmissions.GRAPH).get("skipped")
                .asText());
        assertFalse(hasSmallest(ExampleSubmissions.NETWORK), "a right answer has nothing to shrink");
    }

    /** σ'(a) for σ'(z) is wrong on any sigmoid network: the smallest is a problem file, at most as deep (2). */
    @Test
    void fmtGradeAssignment_aWrongNetworkAnswerComesWithTheSmallestProblemStillWrong() throws Exception {
        answer(StudentAdapters.SigmaPrimeOfA.class);
        assertEquals(2, answerOf(ExampleSubmissions.NETWORK).get("gradients").size());
        Path smallest = folder.resolve("answers").resolve(ExampleSubmissions.NETWORK + ".smallest.json");
        assertEquals(BpropJson.Kind.PROBLEM, BpropJson.kindOf(smallest));
        Problem problem = BpropJson.readProblem(smallest);
        assertTrue(problem.depth() <= 2, problem.toString());
        assertTrue(problem.layers().stream().anyMatch(layer -> layer.activation() == Activation.SIGMOID),
                "σ' only differs where there is a sigmoid: " + problem);
    }

    @Test
    void kitCapability_anOperationOrActivationNotDeclaredIsSkippedWithItsReason() throws Exception {
        answer(NoSine.class);
        assertEquals("the adapter does not declare the operation SIN", answerOf(ExampleSubmissions.GRAPH)
                .get("skipped").asText());
        assertEquals("the adapter is not an MlpImplementation", answerOf(ExampleSubmissions.NETWORK).get("skipped")
                .asText());
        Files.walk(folder.resolve("answers")).forEach(f -> assertFalse(f.toString().endsWith(".smallest.json")));

        answer(ReluOnly.class);
        String reason = answerOf(ExampleSubmissions.NETWORK).get("skipped").asText();
        assertTrue(reason.contains("sigmoid"), reason);
        assertFalse(hasSmallest(ExampleSubmissions.NETWORK));
    }

    @Test
    void fmtGradeAssignment_anExceptionCostsThatProblemAloneAndIsPrinted() throws Exception {
        String err = answer(Throws.class);
        assertEquals(ExampleSubmissions.NETWORK + ".json: the adapter threw java.lang.IllegalStateException: "
                + "no backend", err.strip());
        assertFalse(Files.exists(folder.resolve("answers").resolve(ExampleSubmissions.NETWORK + ".json")));
        assertEquals("the adapter is not a GraphImplementation", answerOf(ExampleSubmissions.GRAPH).get("skipped")
                .asText());
    }
}

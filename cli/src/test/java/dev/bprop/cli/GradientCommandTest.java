package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.cli.ValidateCommandTest.Run;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code bprop gradient} and {@code bprop forward} end to end, and every kind of bad problem file. */
class GradientCommandTest {
    static final String SHIFTED_XOR = """
            {"id": "xor-relu-shifted",
             "layers": [{"activation": "relu", "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
                        {"activation": "identity", "weights": [[1, -2]], "bias": [0.3]}],
             "loss": "mse", "inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]}
            """;
    private static final double TOLERANCE = 1e-15;

    @TempDir
    Path folder;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    /*
     * The FMT-RESULT example (EX-XOR-SHIFTED), worked by hand in the reference's XorExamplesTest: outputs 0.3, 1.3,
     * 1.3, 0.3; J = 0.045; ∂J/∂W¹ = [[0.15, 0.15], [−0.15, −0.15]], ∂J/∂b¹ = (0.225, −0.15);
     * ∂J/∂W² = [[0.3, 0.075]], ∂J/∂b² = (0.3).
     */
    @Test
    void fmtResult_gradientPrintsTheResultFileOfTheContractsExample() throws IOException {
        Path file = write("xor.json", SHIFTED_XOR);
        Run run = run("gradient", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        Problem problem = BpropJson.readProblem(file);
        Result result = BpropJson.parseResult(run.out(), problem);
        assertEquals(0.045, result.loss(), TOLERANCE);
        double[][] outputs = result.outputs();
        double[] expectedOutputs = {0.3, 1.3, 1.3, 0.3};
        for (int e = 0; e < 4; e++) {
            assertArrayEquals(new double[] {expectedOutputs[e]}, outputs[e], TOLERANCE);
        }
        assertArrayEquals(new double[] {0.15, 0.15}, result.gradient(1).weights()[0], TOLERANCE);
        assertArrayEquals(new double[] {-0.15, -0.15}, result.gradient(1).weights()[1], TOLERANCE);
        assertArrayEquals(new double[] {0.225, -0.15}, result.gradient(1).bias(), TOLERANCE);
        assertArrayEquals(new double[] {0.3, 0.075}, result.gradient(2).weights()[0], TOLERANCE);
        assertArrayEquals(new double[] {0.3}, result.gradient(2).bias(), TOLERANCE);
    }

    @Test
    void forwardPrintsTheLossAndOutputsOnly() throws IOException {
        Run run = run("forward", write("xor.json", SHIFTED_XOR).toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(2, root.size(), "fields: " + root);
        assertEquals(0.045, root.get("loss").asDouble(), TOLERANCE);
        double[] expectedOutputs = {0.3, 1.3, 1.3, 0.3};
        assertEquals(4, root.get("outputs").size());
        for (int e = 0; e < 4; e++) {
            assertEquals(1, root.get("outputs").get(e).size());
            assertEquals(expectedOutputs[e], root.get("outputs").get(e).get(0).asDouble(), TOLERANCE);
        }
        assertTrue(run.out().endsWith("\n"));
    }

    /* x = 10 times w = 1e308 overflows: z = a = ∞ and J = ∞, which must not be printed (or checked) as a result. */
    @ParameterizedTest
    @MethodSource("commands")
    void aResultThatOverflowsIsRefusedNotPrinted(String command) throws IOException {
        Path file = write("huge.json", """
                {"layers": [{"activation": "identity", "weights": [[1e308]], "bias": [0]}],
                 "loss": "mse", "inputs": [[10]], "targets": [[0]]}
                """);
        Run run = run(command, file.toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        // z^1 = 1e308 · 10 = 1e309 overflows in layer 1, the first place the forward pass leaves the doubles.
        assertEquals("layers[0]: z^1 of example 0, unit 0 is Infinity: the problem's numbers are too large for "
                + "double precision (E-EVAL)\n", run.err());
    }

    /*
     * w = 1e−290, x = 1e300, y = 0 under mse: a = 1e10 and J = ½·1e20 are finite, and so is ∂J/∂b = δ = 1e10,
     * but ∂J/∂w = δ·x = 1e310 overflows. forward has nothing to refuse; gradient, validate and explain (FMT-CLI:
     * one validation) name the weight.
     */
    @Test
    void aGradientThatOverflowsNamesItsPlace() throws IOException {
        Path file = write("steep.json", """
                {"layers": [{"activation": "identity", "weights": [[1e-290]], "bias": [0]}],
                 "loss": "mse", "inputs": [[1e300]], "targets": [[0]]}
                """);
        Run forward = run("forward", file.toString());
        assertEquals(0, forward.status(), forward.err());
        for (String command : new String[] {"gradient", "validate", "explain"}) {
            Run run = run(command, file.toString());
            assertEquals(2, run.status());
            assertEquals("", run.out());
            assertEquals("gradients[0].weights[0][0]: the reference computed Infinity: the problem's numbers "
                    + "overflow double precision, so there is no result to print\n", run.err());
        }
    }

    static Stream<String> commands() {
        return Stream.of("gradient", "forward", "check");
    }

    static Stream<Arguments> badProblems() {
        return Stream.of(
                Arguments.of("not JSON", "{\"layers\": [", "not valid JSON"),
                Arguments.of("wrong row length", """
                        {"layers": [{"activation": "relu", "weights": [[1, 1], [1]], "bias": [0, 0]}],
                         "loss": "mse", "inputs": [[0, 0]], "targets": [[0, 0]]}""", "layers[0].weights[1]"),
                Arguments.of("wrong bias length", """
                        {"layers": [{"activation": "relu", "weights": [[1, 1]], "bias": [0, 0]}],
                         "loss": "mse", "inputs": [[0, 0]], "targets": [[0]]}""", "layers[0].bias"),
                Arguments.of("unknown activation", """
                        {"layers": [{"activation": "swish", "weights": [[1]], "bias": [0]}],
                         "loss": "mse", "inputs": [[0]], "targets": [[0]]}""", "layers[0].activation"),
                Arguments.of("softmax not last", """
                        {"layers": [{"activation": "softmax", "weights": [[1]], "bias": [0]},
                                    {"activation": "identity", "weights": [[1]], "bias": [0]}],
                         "loss": "mse", "inputs": [[0]], "targets": [[0]]}""", "layers[0].activation"),
                Arguments.of("loss that does not fit", """
                        {"layers": [{"activation": "relu", "weights": [[1]], "bias": [0]}],
                         "loss": "cross_entropy", "inputs": [[0]], "targets": [[1]]}""", "loss"),
                Arguments.of("unknown loss", """
                        {"layers": [{"activation": "relu", "weights": [[1]], "bias": [0]}],
                         "loss": "hinge", "inputs": [[0]], "targets": [[1]]}""", "loss"),
                Arguments.of("NaN", """
                        {"layers": [{"activation": "relu", "weights": [[NaN]], "bias": [0]}],
                         "loss": "mse", "inputs": [[0]], "targets": [[1]]}""", "layers[0].weights[0][0]"),
                Arguments.of("infinite number", """
                        {"layers": [{"activation": "relu", "weights": [[1]], "bias": [0]}],
                         "loss": "mse", "inputs": [[1e999]], "targets": [[1]]}""", "inputs[0][0]"),
                Arguments.of("empty batch", """
                        {"layers": [{"activation": "relu", "weights": [[1]], "bias": [0]}],
                         "loss": "mse", "inputs": [], "targets": []}""", "inputs"),
                Arguments.of("targets of the wrong width", """
                        {"layers": [{"activation": "relu", "weights": [[1]], "bias": [0]}],
                         "loss": "mse", "inputs": [[1]], "targets": [[1, 2]]}""", "targets[0]"),
                Arguments.of("missing layers", """
                        {"loss": "mse", "inputs": [[1]], "targets": [[1]]}""", "layers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProblems")
    void fmtErrors_aBadProblemEndsWithStatus2AndOneLineNamingThePlace(String kind, String content, String place)
            throws IOException {
        Path file = write("bad.json", content);
        for (String command : new String[] {"gradient", "forward"}) {
            Run run = run(command, file.toString());
            assertEquals(2, run.status(), command + " " + kind + ": " + run.err());
            assertEquals("", run.out(), command + " " + kind);
            assertTrue(run.err().contains(place), command + " " + kind + ": " + run.err());
            assertEquals(1, run.err().lines().count(), command + " " + kind + ": " + run.err());
            assertTrue(run.err().endsWith("\n"), run.err());
        }
    }

    @Test
    void fmtErrors_aFileThatCannotBeReadEndsWithStatus2() {
        for (String command : new String[] {"gradient", "forward"}) {
            Path missing = folder.resolve("missing.json");
            Run run = run(command, missing.toString());
            assertEquals(2, run.status());
            assertEquals("", run.out());
            assertTrue(run.err().startsWith(missing + ": cannot be read"), run.err());
            assertEquals(1, run.err().lines().count());
        }
    }

    @Test
    void helpDocumentsTheOutputOfBothCommands() {
        assertTrue(run("help", "forward").out().contains("{\"loss\": J, \"outputs\""));
        assertTrue(run("help", "gradient").out().contains("\"gradients\""));
    }
}

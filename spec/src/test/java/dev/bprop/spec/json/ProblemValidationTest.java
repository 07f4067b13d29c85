package dev.bprop.spec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Clause FMT-ERRORS for problem files: every rule has its own bad input, and the message names the place. */
class ProblemValidationTest {
    /** FMT-PROBLEM (EX-XOR-SHIFTED): the slides' XOR network with its output moved by 0.3. */
    static final String XOR_SHIFTED = """
            {
              "id": "xor-relu-shifted",
              "layers": [
                {"activation": "relu",     "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
                {"activation": "identity", "weights": [[1, -2]],        "bias": [0.3]}
              ],
              "loss": "mse",
              "inputs":  [[0, 0], [0, 1], [1, 0], [1, 1]],
              "targets": [[0], [1], [1], [0]]
            }
            """;

    private static final String SOFTMAX = """
            {"layers": [{"activation": "softmax", "weights": [[1], [2]], "bias": [0, 0]}],
             "loss": "cross_entropy", "inputs": [[1]], "targets": [%s]}
            """;

    private static final String SIGMOID = """
            {"layers": [{"activation": "sigmoid", "weights": [[1]], "bias": [0]}],
             "loss": "binary_cross_entropy", "inputs": [[1]], "targets": [%s]}
            """;

    @Test
    void fmtProblem_readsTheContractExampleWithSpecIndices() {
        Problem problem = BpropJson.parseProblem(XOR_SHIFTED);
        assertEquals("xor-relu-shifted", problem.id().orElseThrow());
        assertEquals(2, problem.depth());
        assertEquals(Activation.RELU, problem.layer(1).activation());
        assertEquals(Activation.IDENTITY, problem.layer(2).activation());
        assertEquals(-2.0, problem.layer(2).weight(0, 1));
        assertEquals(-1.0, problem.layer(1).bias(1));
        assertEquals(0.3, problem.layer(2).bias(0));
        assertEquals(Loss.MSE, problem.loss());
        assertEquals(4, problem.batchSize());
        assertEquals(2, problem.width(0));
        assertEquals(2, problem.width(1));
        assertEquals(1, problem.width(2));
        assertEquals(1.0, problem.input(3, 1));
        assertEquals(1.0, problem.target(2, 0));
        assertEquals(9, problem.parameterCount());
    }

    @Test
    void fmtProblem_idIsOptional() {
        Problem problem = BpropJson.parseProblem(XOR_SHIFTED.replace("\"id\": \"xor-relu-shifted\",", ""));
        assertEquals(java.util.Optional.empty(), problem.id());
    }

    @Test
    void fmtProblemLossFit_crossEntropyAcceptsADistributionWithRoundingError() {
        Problem problem = BpropJson.parseProblem(SOFTMAX.formatted("[0.1, 0.9000000001]"));
        assertEquals(Loss.CROSS_ENTROPY, problem.loss());
    }

    @Test
    void fmtProblemLossFit_crossEntropyAcceptsAOneHotRow() {
        assertEquals(0.0, BpropJson.parseProblem(SOFTMAX.formatted("[0, 1]")).target(0, 0));
    }

    @Test
    void fmtProblemLossFit_binaryCrossEntropyAcceptsBothEndsOfTheInterval() {
        assertEquals(Loss.BINARY_CROSS_ENTROPY, BpropJson.parseProblem(SIGMOID.formatted("[0]")).loss());
        assertEquals(Loss.BINARY_CROSS_ENTROPY, BpropJson.parseProblem(SIGMOID.formatted("[1]")).loss());
    }

    static Stream<Arguments> brokenProblems() {
        return Stream.of(
                broken("not JSON", "{\"layers\": [", "document: not valid JSON at line 1"),
                broken("empty text", "", "document: is empty, expected a JSON object"),
                broken("trailing tokens", XOR_SHIFTED + " {}", "document: not valid JSON"),
                broken("duplicate key", XOR_SHIFTED.replace("\"loss\": \"mse\",", "\"loss\": \"mse\", \"loss\": \"mse\","),
                        "document: not valid JSON"),
                broken("not an object", "[1, 2]", "document: expected an object, found an array"),
                broken("id not a string", XOR_SHIFTED.replace("\"xor-relu-shifted\"", "7"),
                        "id: expected a string, found a number"),
                broken("layers missing", "{\"loss\": \"mse\"}", "layers: missing"),
                broken("layers not an array", "{\"layers\": {}}", "layers: expected an array, found an object"),
                broken("layers empty", "{\"layers\": []}", "layers: is empty"),
                broken("layer not an object", "{\"layers\": [3]}", "layers[0]: expected an object, found a number"),
                broken("activation missing", XOR_SHIFTED.replace("\"activation\": \"identity\",", ""),
                        "layers[1].activation: missing"),
                broken("activation not a string", XOR_SHIFTED.replace("\"identity\"", "true"),
                        "layers[1].activation: expected a string, found true"),
                broken("activation unknown", XOR_SHIFTED.replace("\"identity\"", "\"swish\""),
                        "layers[1].activation: unknown activation \"swish\", expected one of identity, sigmoid, "
                                + "tanh, hardtanh, relu, leaky_relu, softmax"),
                broken("softmax not last", XOR_SHIFTED.replace("\"relu\"", "\"softmax\""),
                        "layers[0].activation: softmax is allowed on the last layer only"),
                broken("weights missing", XOR_SHIFTED.replace("\"weights\": [[1, -2]],", ""),
                        "layers[1].weights: missing"),
                broken("weights empty", XOR_SHIFTED.replace("[[1, -2]]", "[]"), "layers[1].weights: is empty"),
                broken("weight row not an array", XOR_SHIFTED.replace("[[1, -2]]", "[5]"),
                        "layers[1].weights[0]: expected an array, found a number"),
                broken("first layer without inputs", XOR_SHIFTED.replace("[[1, 1], [1, 1]]", "[[], []]"),
                        "layers[0].weights[0]: is empty, expected at least one input"),
                broken("first layer ragged", XOR_SHIFTED.replace("[[1, 1], [1, 1]]", "[[1, 1], [1]]"),
                        "layers[0].weights[1]: expected 2 numbers (as many as in layers[0].weights[0]), found 1"),
                broken("columns do not fit the layer below", XOR_SHIFTED.replace("[[1, -2]]", "[[1, -2, 3]]"),
                        "layers[1].weights[0]: expected 2 numbers (one per unit of the layer below), found 3"),
                broken("weight not a number", XOR_SHIFTED.replace("[[1, -2]]", "[[1, \"-2\"]]"),
                        "layers[1].weights[0][1]: expected a number, found a string"),
                broken("weight NaN", XOR_SHIFTED.replace("[[1, -2]]", "[[1, NaN]]"),
                        "layers[1].weights[0][1]: NaN is not allowed, numbers must be finite"),
                broken("weight infinite", XOR_SHIFTED.replace("[[1, -2]]", "[[1, -Infinity]]"),
                        "layers[1].weights[0][1]: -Infinity is not allowed, numbers must be finite"),
                broken("weight overflows a double", XOR_SHIFTED.replace("[[1, -2]]", "[[1, 1e999]]"),
                        "layers[1].weights[0][1]: Infinity is not allowed, numbers must be finite"),
                broken("bias missing", XOR_SHIFTED.replace("\"bias\": [0.3]", "\"bais\": [0.3]"), "layers[1].bias: missing"),
                broken("bias too long", XOR_SHIFTED.replace("[0.3]", "[0.3, 0.4]"),
                        "layers[1].bias: expected 1 number (one per row of weights), found 2"),
                broken("bias null", XOR_SHIFTED.replace("[0.3]", "null"),
                        "layers[1].bias: expected an array, found null"),
                broken("bias NaN", XOR_SHIFTED.replace("[0, -1]", "[NaN, -1]"),
                        "layers[0].bias[0]: NaN is not allowed, numbers must be finite"),
                broken("loss missing", XOR_SHIFTED.replace("\"loss\": \"mse\",", ""), "loss: missing"),
                broken("loss unknown", XOR_SHIFTED.replace("\"mse\"", "\"hinge\""),
                        "loss: unknown loss \"hinge\", expected one of mse, cross_entropy, binary_cross_entropy"),
                broken("cross entropy without softmax", XOR_SHIFTED.replace("\"mse\"", "\"cross_entropy\""),
                        "loss: cross_entropy needs softmax on the last layer, found identity (layers[1].activation)"),
                broken("binary cross entropy without sigmoid",
                        XOR_SHIFTED.replace("\"mse\"", "\"binary_cross_entropy\""),
                        "loss: binary_cross_entropy needs sigmoid on the last layer, found identity "
                                + "(layers[1].activation)"),
                broken("inputs missing", XOR_SHIFTED.replace("\"inputs\":  [[0, 0], [0, 1], [1, 0], [1, 1]],", ""),
                        "inputs: missing"),
                broken("empty batch", XOR_SHIFTED.replace("[[0, 0], [0, 1], [1, 0], [1, 1]]", "[]"),
                        "inputs: the batch is empty, expected at least one example"),
                broken("input row too short", XOR_SHIFTED.replace("[[0, 0], [0, 1], [1, 0], [1, 1]]",
                        "[[0, 0], [0, 1], [1], [1, 1]]"),
                        "inputs[2]: expected 2 numbers (one per column of layers[0].weights), found 1"),
                broken("targets missing", XOR_SHIFTED.replace(",\n  \"targets\": [[0], [1], [1], [0]]", ""),
                        "targets: missing"),
                broken("targets fewer than inputs", XOR_SHIFTED.replace("[[0], [1], [1], [0]]", "[[0], [1], [1]]"),
                        "targets: expected 4 rows (one per example in inputs), found 3"),
                broken("target row too wide", XOR_SHIFTED.replace("[[0], [1], [1], [0]]", "[[0], [1, 0], [1], [0]]"),
                        "targets[1]: expected 1 number (one per unit of the last layer), found 2"),
                broken("target infinite", XOR_SHIFTED.replace("[[0], [1], [1], [0]]", "[[0], [1], [Infinity], [0]]"),
                        "targets[2][0]: Infinity is not allowed, numbers must be finite"),
                broken("cross entropy target negative", SOFTMAX.formatted("[1.5, -0.5]"),
                        "targets[0][1]: -0.5 is negative; cross_entropy targets are probability distributions"),
                broken("cross entropy targets not summing to 1", SOFTMAX.formatted("[0.5, 0.4]"),
                        "targets[0]: sums to 0.9; cross_entropy targets must sum to 1"),
                broken("binary cross entropy target above 1", SIGMOID.formatted("[1.5]"),
                        "targets[0][0]: 1.5 is outside [0, 1]; binary_cross_entropy targets are probabilities"),
                broken("binary cross entropy target below 0", SIGMOID.formatted("[-0.25]"),
                        "targets[0][0]: -0.25 is outside [0, 1]; binary_cross_entropy targets are probabilities"));
    }

    private static Arguments broken(String rule, String json, String expectedMessage) {
        if (json.equals(XOR_SHIFTED)) {
            throw new IllegalArgumentException(rule + ": the edit of the valid problem did not apply");
        }
        return Arguments.of(rule, json, expectedMessage);
    }

    @ParameterizedTest(name = "FMT-ERRORS: {0}")
    @MethodSource("brokenProblems")
    void fmtErrors_rejectsWithTheNamedPlace(String rule, String json, String expectedMessage) {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> BpropJson.parseProblem(json));
        assertEquals(expectedMessage, error.getMessage().substring(0, Math.min(error.getMessage().length(),
                expectedMessage.length())), rule);
        assertEquals(error.place() + ": " + error.detail(), error.getMessage());
    }
}

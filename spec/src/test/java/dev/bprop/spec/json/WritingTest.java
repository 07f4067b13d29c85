package dev.bprop.spec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clauses FMT-RESULT, FMT-GRAPH-RESULT and FMT-NUMBERS: what is written reads back to the same values. */
class WritingTest {
    /** FMT-RESULT: the result of the shifted XOR problem (EX-XOR-SHIFTED), as the clause writes it. */
    private static final Result CONTRACT_RESULT = new Result(0.045,
            new double[][] {{0.3}, {1.3}, {1.3}, {0.3}},
            List.of(new LayerGradient(new double[][] {{0.15, 0.15}, {-0.15, -0.15}}, new double[] {0.225, -0.15}),
                    new LayerGradient(new double[][] {{0.3, 0.075}}, new double[] {0.3})));

    @Test
    void fmtResult_writesTheContractExampleInItsOwnWords() {
        String written = BpropJson.write(CONTRACT_RESULT);
        assertEquals("""
                {
                  "loss" : 0.045,
                  "outputs" : [ [ 0.3 ], [ 1.3 ], [ 1.3 ], [ 0.3 ] ],
                  "gradients" : [ {
                    "weights" : [ [ 0.15, 0.15 ], [ -0.15, -0.15 ] ],
                    "bias" : [ 0.225, -0.15 ]
                  }, {
                    "weights" : [ [ 0.3, 0.075 ] ],
                    "bias" : [ 0.3 ]
                  } ]
                }
                """, written);
    }

    @Test
    void fmtResult_aForwardPassAloneIsAResultWithoutGradients() {
        assertEquals("""
                {
                  "loss" : 0.045,
                  "outputs" : [ [ 0.3 ], [ 1.3 ] ]
                }
                """, BpropJson.writeForward(0.045, new double[][] {{0.3}, {1.3}}));
    }

    @Test
    void fmtResult_readsBackToTheSameResult() {
        Problem problem = BpropJson.parseProblem(ProblemValidationTest.XOR_SHIFTED);
        assertEquals(CONTRACT_RESULT, BpropJson.parseResult(BpropJson.write(CONTRACT_RESULT), problem));
    }

    @Test
    void fmtProblem_writtenProblemReadsBackEqual() {
        Problem problem = BpropJson.parseProblem(ProblemValidationTest.XOR_SHIFTED);
        assertEquals(problem, BpropJson.parseProblem(BpropJson.write(problem)));
    }

    @Test
    void fmtGraph_writtenGraphReadsBackEqual() {
        Graph graph = BpropJson.parseGraph(GraphValidationTest.ADJOINT);
        assertEquals(graph, BpropJson.parseGraph(BpropJson.write(graph)));
    }

    @Test
    void fmtGraphResult_writesValueAndGradientInFileOrder() {
        Map<String, Double> gradient = new LinkedHashMap<>();
        gradient.put("x2", 0.7);
        gradient.put("x1", -0.5);
        String written = BpropJson.write(new GraphResult(0.5, gradient));
        assertEquals("""
                {
                  "value" : 0.5,
                  "gradient" : {
                    "x2" : 0.7,
                    "x1" : -0.5
                  }
                }
                """, written);
    }

    /**
     * 2.82879384806159E17 is a double whose shortest representation JDK 17's Double.toString misses (it writes
     * 2.82879384806159008E17, JDK-4511638); 0.1 + 0.2 needs all seventeen digits.
     */
    @Test
    void fmtNumbers_doublesAreWrittenInShortestRoundTripForm() {
        double[] values = {2.82879384806159E17, 0.1 + 0.2, 1e-300, -0.0, 5e-324, Double.MAX_VALUE, 1.0 / 3};
        String[] shortest = {"2.82879384806159E17", "0.30000000000000004", "1.0E-300", "-0.0", "4.9E-324",
                "1.7976931348623157E308", "0.3333333333333333"};
        for (int index = 0; index < values.length; index++) {
            String written = BpropJson.write(new GraphResult(values[index], Map.of()));
            assertTrue(written.contains("\"value\" : " + shortest[index] + ","), written);
            Graph empty = BpropJson.parseGraph("{\"nodes\": [{\"name\": \"c\", \"op\": \"const\", \"value\": 1}],"
                    + " \"output\": \"c\"}");
            assertEquals(Double.doubleToRawLongBits(values[index]),
                    Double.doubleToRawLongBits(BpropJson.parseGraphResult(written, empty).value()));
        }
    }

    @Test
    void fmtResult_readingChecksShapesAgainstTheProblem() {
        Problem problem = BpropJson.parseProblem(ProblemValidationTest.XOR_SHIFTED);
        String written = BpropJson.write(CONTRACT_RESULT);
        assertMessage("outputs: expected 4 rows (one per example), found 3",
                () -> BpropJson.parseResult(written.replace("[ [ 0.3 ], [ 1.3 ], [ 1.3 ], [ 0.3 ] ]",
                        "[ [ 0.3 ], [ 1.3 ], [ 1.3 ] ]"), problem));
        assertMessage("outputs[1]: expected 1 number (one per unit of the last layer), found 2",
                () -> BpropJson.parseResult(written.replace("[ 1.3 ], [ 1.3 ]", "[ 1.3, 1 ], [ 1.3 ]"), problem));
        assertMessage("gradients: expected 2 entries (one per layer), found 1",
                () -> BpropJson.parseResult(written.replace("""
                        }, {
                            "weights" : [ [ 0.3, 0.075 ] ],
                            "bias" : [ 0.3 ]
                          }""", "}"), problem));
        assertMessage("gradients[1].weights: expected 1 rows (one per unit of the layer), found 2",
                () -> BpropJson.parseResult(written.replace("[ [ 0.3, 0.075 ] ]", "[ [ 0.3, 0.075 ], [ 1, 1 ] ]"),
                        problem));
        assertMessage("gradients[1].weights[0]: expected 2 numbers (one per unit of the layer below), found 1",
                () -> BpropJson.parseResult(written.replace("[ [ 0.3, 0.075 ] ]", "[ [ 0.3 ] ]"), problem));
        assertMessage("gradients[0].bias: expected 2 numbers (one per unit of the layer), found 1",
                () -> BpropJson.parseResult(written.replace("[ 0.225, -0.15 ]", "[ 0.225 ]"), problem));
        assertMessage("gradients[0]: expected an object, found an array",
                () -> BpropJson.parseResult(written.replace("""
                        [ {
                            "weights" : [ [ 0.15, 0.15 ], [ -0.15, -0.15 ] ],
                            "bias" : [ 0.225, -0.15 ]
                          }""", "[ [ ]"), problem));
    }

    @Test
    void fmtGraphResult_readingWantsEveryInputAndNoOther() {
        Graph graph = BpropJson.parseGraph(GraphValidationTest.ADJOINT);
        assertMessage("gradient.x2: missing",
                () -> BpropJson.parseGraphResult("{\"value\": 1, \"gradient\": {\"x1\": 1}}", graph));
        assertMessage("gradient.w3: the graph has no input node of that name",
                () -> BpropJson.parseGraphResult("{\"value\": 1, \"gradient\": {\"x1\": 1, \"x2\": 2, \"w3\": 0}}",
                        graph));
        assertMessage("value: missing", () -> BpropJson.parseGraphResult("{\"gradient\": {}}", graph));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable reading) {
        assertEquals(expected, assertThrows(InvalidInputException.class, reading).getMessage());
    }
}

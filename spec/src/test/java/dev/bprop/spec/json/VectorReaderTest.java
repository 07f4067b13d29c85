package dev.bprop.spec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.vectors.TestVector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clause FMT-VECTOR: the vector file format and what makes a vector file invalid. */
class VectorReaderTest {
    private static final String GRAPH_VECTOR = """
            {
              "id": "square",
              "title": "d(x·x)/dx at 3",
              "clauses": ["GBP-OP-MUL"],
              "source": "hand calculation: 3·3 = 9, d/dx = 2·3 = 6",
              "graph": {"nodes": [{"name": "x", "op": "input", "value": 3},
                                  {"name": "y", "op": "mul", "inputs": ["x", "x"]}], "output": "y"},
              "expected": {"value": 9, "gradient": {"x": 6}},
              "expected_exact": {"value": "9", "gradient": {"x": "6/1"}},
              "tolerance": {"absolute": 0, "relative": 1e-15}
            }
            """;

    private static final String PROBLEM_VECTOR = """
            {
              "id": "one-weight",
              "title": "J = ½(2·1 − 1)² = 1/2",
              "clauses": ["LOSS-MSE", "BP4"],
              "source": "hand calculation: δ = 2·1 − 1 = 1, ∂J/∂w = δ·x = 1, ∂J/∂b = 1",
              "problem": {"layers": [{"activation": "identity", "weights": [[2]], "bias": [0]}],
                          "loss": "mse", "inputs": [[1]], "targets": [[1]]},
              "expected": {"loss": 0.5, "outputs": [[2]], "gradients": [{"weights": [[1]], "bias": [1]}]},
              "tolerance": {"absolute": 1e-300, "relative": 0},
              "kinks": false,
              "notes": "the smallest network"
            }
            """;

    @Test
    void fmtVector_readsAGraphVectorWithExactValues() {
        TestVector vector = BpropJson.parseVector(GRAPH_VECTOR, "square.json");
        assertEquals("square", vector.id());
        assertEquals("d(x·x)/dx at 3", vector.title());
        assertEquals(List.of("GBP-OP-MUL"), vector.clauses());
        assertEquals("hand calculation: 3·3 = 9, d/dx = 2·3 = 6", vector.source());
        assertFalse(vector.isProblem());
        assertFalse(vector.kinks());
        assertEquals("", vector.notes());
        assertEquals(9.0, vector.expectedGraphResult().orElseThrow().value());
        assertEquals(Map.of("x", 6.0), vector.expectedGraphResult().orElseThrow().gradient());
        assertEquals(Map.of("value", "9", "gradient.x", "6/1"), vector.expectedExact());
        assertEquals(1e-15, vector.tolerance().relative());
        assertEquals(0.0, vector.tolerance().absolute());
    }

    @Test
    void fmtVector_readsAProblemVector() {
        TestVector vector = BpropJson.parseVector(PROBLEM_VECTOR, "one-weight.json");
        assertTrue(vector.isProblem());
        assertEquals(0.5, vector.expectedResult().orElseThrow().loss());
        assertEquals(1.0, vector.expectedResult().orElseThrow().gradient(1).weight(0, 0));
        assertEquals(Map.of(), vector.expectedExact());
        assertEquals("the smallest network", vector.notes());
        assertEquals(1e-300, vector.tolerance().absolute());
        assertTrue(BpropJson.parseVector(PROBLEM_VECTOR.replace("\"kinks\": false", "\"kinks\": true"), "k.json")
                .kinks());
    }

    @Test
    void fmtVector_theIndexListsFiles() {
        assertEquals(List.of("a.json", "b.json"),
                BpropJson.parseVectorIndex("{\"vectors\": [\"a.json\", \"b.json\"]}", "index.json"));
        assertEquals("index.json: vectors[0]: expected a string, found a number".substring(12),
                assertThrows(InvalidInputException.class,
                        () -> BpropJson.parseVectorIndex("{\"vectors\": [1]}", "index.json")).getMessage());
    }

    @Test
    void fmtErrors_brokenVectorsNameTheFileAndThePlace() {
        assertBroken("v.json: id: missing", GRAPH_VECTOR.replace("\"id\": \"square\",", ""));
        assertBroken("v.json: clauses: is empty", GRAPH_VECTOR.replace("[\"GBP-OP-MUL\"]", "[]"));
        assertBroken("v.json: clauses[0]: expected a string, found a number",
                GRAPH_VECTOR.replace("[\"GBP-OP-MUL\"]", "[7]"));
        assertBroken("v.json: title: missing", GRAPH_VECTOR.replace("\"title\": \"d(x·x)/dx at 3\",", ""));
        assertBroken("v.json: source: missing", GRAPH_VECTOR.replace(
                "\"source\": \"hand calculation: 3·3 = 9, d/dx = 2·3 = 6\",", ""));
        assertBroken("v.json: notes: expected a string, found a number", PROBLEM_VECTOR.replace(
                "\"the smallest network\"", "1"));
        assertBroken("v.json: tolerance.absolute: missing", GRAPH_VECTOR.replace("\"absolute\": 0, ", ""));
        assertBroken("v.json: tolerance.relative: missing", GRAPH_VECTOR.replace(", \"relative\": 1e-15", ""));
        assertBroken("v.json: graph.nodes[1].inputs: mul takes 2 inputs, found 1",
                GRAPH_VECTOR.replace("[\"x\", \"x\"]", "[\"x\"]"));
        assertBroken("v.json: problem: missing, a vector holds a problem or a graph", GRAPH_VECTOR.replace("\"graph\"", "\"grph\""));
        assertBroken("v.json: expected: missing", GRAPH_VECTOR.replace("\"expected\":", "\"expect\":"));
        assertBroken("v.json: expected.gradient.x: missing",
                GRAPH_VECTOR.replace("\"gradient\": {\"x\": 6}", "\"gradient\": {}"));
        assertBroken("v.json: problem.layers[0].bias: expected 1 number (one per row of weights), found 0",
                PROBLEM_VECTOR.replace("\"bias\": [0]", "\"bias\": []"));
        assertBroken("v.json: expected.gradients[0].bias[0]: expected a number, found a string",
                PROBLEM_VECTOR.replace("\"bias\": [1]", "\"bias\": [\"1\"]"));
        assertBroken("v.json: expected_exact.gradient.x: \"6.0\" is not a rational p/q",
                GRAPH_VECTOR.replace("\"6/1\"", "\"6.0\""));
        assertBroken("v.json: expected_exact.gradient.x: \"6/0\" is not a rational p/q",
                GRAPH_VECTOR.replace("\"6/1\"", "\"6/0\""));
        assertBroken("v.json: expected_exact.gradient.x: expected a string, found a number",
                GRAPH_VECTOR.replace("\"6/1\"", "6"));
        assertBroken("v.json: expected_exact.gradient.y: has no counterpart in expected",
                GRAPH_VECTOR.replace("{\"x\": \"6/1\"}", "{\"x\": \"6/1\", \"y\": \"1\"}"));
        assertBroken("v.json: expected_exact.gradient.x: missing",
                GRAPH_VECTOR.replace("\"gradient\": {\"x\": \"6/1\"}", "\"gradient\": {}"));
        assertBroken("v.json: not valid JSON", "{");
    }

    @Test
    void fmtVector_exactValuesOfAProblemAreKeyedByThePlacesOfTheResult() {
        TestVector vector = BpropJson.parseVector(PROBLEM_VECTOR.replace("\"kinks\": false", """
                "expected_exact": {"loss": "1/2", "outputs": [["2"]], "gradients": [{"weights": [["1"]], "bias": ["1"]}]}
                """), "v.json");
        assertEquals(Map.of("loss", "1/2", "outputs[0][0]", "2", "gradients[0].weights[0][0]", "1",
                "gradients[0].bias[0]", "1"), vector.expectedExact());
    }

    @Test
    void fmtErrors_aVectorPartThatIsNotAnObjectIsNamedByThePart() {
        assertBroken("v.json: problem: expected an object, found a number",
                PROBLEM_VECTOR.replace(PROBLEM_VECTOR.substring(PROBLEM_VECTOR.indexOf("{\"layers\""),
                        PROBLEM_VECTOR.indexOf(",\n  \"expected\"")), "5"));
    }

    @Test
    void fmtVector_exactValuesMayBeNegativeOrWhole() {
        TestVector vector = BpropJson.parseVector(GRAPH_VECTOR.replace("\"6/1\"", "\"-60/10\""), "v.json");
        assertEquals("-60/10", vector.expectedExact().get("gradient.x"));
    }

    private static void assertBroken(String expectedStart, String json) {
        String message = assertThrows(InvalidInputException.class, () -> BpropJson.parseVector(json, "v.json"))
                .getMessage();
        assertTrue(message.startsWith(expectedStart), message);
    }
}

package dev.bprop.spec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Clause FMT-ERRORS for graph files: every rule has its own bad input, and the message names the place. */
class GraphValidationTest {
    /** FMT-GRAPH (EX-ADJOINT): f(x1, x2) = sin(x1) + x1·x2, the adjoint example. */
    static final String ADJOINT = """
            {
              "id": "adjoint",
              "nodes": [
                {"name": "x1", "op": "input", "value": 0.7},
                {"name": "x2", "op": "input", "value": -1.3},
                {"name": "w3", "op": "mul", "inputs": ["x1", "x2"]},
                {"name": "w4", "op": "sin", "inputs": ["x1"]},
                {"name": "w5", "op": "add", "inputs": ["w3", "w4"]}
              ],
              "output": "w5"
            }
            """;

    @Test
    void fmtGraph_readsTheContractExample() {
        Graph graph = BpropJson.parseGraph(ADJOINT);
        assertEquals("adjoint", graph.optionalId().orElseThrow());
        assertEquals(List.of(
                GraphNode.leaf("x1", GraphOp.INPUT, 0.7),
                GraphNode.leaf("x2", GraphOp.INPUT, -1.3),
                GraphNode.operation("w3", GraphOp.MUL, "x1", "x2"),
                GraphNode.operation("w4", GraphOp.SIN, "x1"),
                GraphNode.operation("w5", GraphOp.ADD, "w3", "w4")), graph.nodes());
        assertEquals("w5", graph.output());
        assertEquals(List.of("x1", "x2"), graph.inputNodes().stream().map(GraphNode::name).toList());
    }

    @Test
    void fmtGraph_constantsAreLeavesWithAValue() {
        Graph graph = BpropJson.parseGraph("""
                {"nodes": [{"name": "c", "op": "const", "value": 2},
                           {"name": "y", "op": "exp", "inputs": ["c"]}], "output": "y"}
                """);
        assertEquals(GraphNode.leaf("c", GraphOp.CONST, 2.0), graph.nodes().get(0));
        assertEquals(List.of(), graph.inputNodes());
        assertEquals(java.util.Optional.empty(), graph.optionalId());
    }

    /* FMT-GRAPH: inputs "only and always on operation nodes"; E-G-INPUTS-ON-LEAF: inputs "present" on a leaf. */
    @Test
    void fmtErrors_eGInputsOnLeaf_anEmptyInputListOnALeafIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 2, "inputs": []},
                           {"name": "y", "op": "exp", "inputs": ["x"]}], "output": "y"}
                """));
        assertEquals("nodes[0].inputs", error.place());
    }

    static Stream<Arguments> brokenGraphs() {
        return Stream.of(
                broken("not an object", "\"x\"", "document: expected an object, found a string"),
                broken("nodes missing", "{\"output\": \"y\"}", "nodes: missing"),
                broken("nodes empty", "{\"nodes\": [], \"output\": \"y\"}", "nodes: is empty"),
                broken("node not an object", "{\"nodes\": [[]], \"output\": \"y\"}",
                        "nodes[0]: expected an object, found an array"),
                broken("name missing", ADJOINT.replace("\"name\": \"w4\", ", ""), "nodes[3].name: missing"),
                broken("name empty", ADJOINT.replace("\"name\": \"w4\"", "\"name\": \"\""), "nodes[3].name: is empty"),
                broken("duplicate name", ADJOINT.replace("\"name\": \"w4\"", "\"name\": \"x2\""),
                        "nodes[3].name: \"x2\" is already the name of nodes[1]"),
                broken("op missing", ADJOINT.replace("\"op\": \"sin\", ", ""), "nodes[3].op: missing"),
                broken("unknown op", ADJOINT.replace("\"sin\"", "\"sinh\""),
                        "nodes[3].op: unknown operation \"sinh\", expected one of input, const, add, sub, mul, div, "
                                + "pow, neg, sin, cos, exp, log, tanh, sigmoid, relu"),
                broken("value missing on an input", ADJOINT.replace(", \"value\": 0.7", ""),
                        "nodes[0].value: missing"),
                broken("value NaN", ADJOINT.replace("0.7", "NaN"),
                        "nodes[0].value: NaN is not allowed, numbers must be finite"),
                broken("value not a number", ADJOINT.replace("0.7", "\"0.7\""),
                        "nodes[0].value: expected a number, found a string"),
                broken("inputs on a leaf", ADJOINT.replace("\"value\": 0.7", "\"value\": 0.7, \"inputs\": [\"x2\"]"),
                        "nodes[0].inputs: input nodes have no inputs, not even an empty list (FMT-GRAPH: inputs only on operation nodes)"),
                broken("value on an operation", ADJOINT.replace("\"op\": \"sin\",", "\"op\": \"sin\", \"value\": 1,"),
                        "nodes[3].value: only input and const nodes carry a value, this is a sin node"),
                broken("inputs missing on an operation", ADJOINT.replace(", \"inputs\": [\"x1\"]", ""),
                        "nodes[3].inputs: missing"),
                broken("too few inputs", ADJOINT.replace("[\"x1\", \"x2\"]", "[\"x1\"]"),
                        "nodes[2].inputs: mul takes 2 inputs, found 1"),
                broken("too many inputs", ADJOINT.replace("[\"x1\"]", "[\"x1\", \"x2\"]"),
                        "nodes[3].inputs: sin takes 1 input, found 2"),
                broken("input name not a string", ADJOINT.replace("[\"x1\"]", "[1]"),
                        "nodes[3].inputs[0]: expected a string, found a number"),
                broken("unknown input name", ADJOINT.replace("[\"x1\"]", "[\"x9\"]"),
                        "nodes[3].inputs[0]: no node is named \"x9\""),
                broken("used before it is defined", ADJOINT.replace("[\"x1\"]", "[\"w5\"]"),
                        "nodes[3].inputs[0]: \"w5\" closes a cycle: w4 → w5 → w4"),
                broken("forward reference without a cycle", ADJOINT.replace("[\"x1\", \"x2\"]", "[\"x1\", \"w4\"]"),
                        "nodes[2].inputs[1]: \"w4\" is used before it is defined (at nodes[3])"),
                broken("forward reference into an unknown name",
                        ADJOINT.replace("[\"x1\", \"x2\"]", "[\"x1\", \"w4\"]").replace("[\"x1\"]", "[\"zz\"]"),
                        "nodes[2].inputs[1]: \"w4\" is used before it is defined (at nodes[3])"),
                broken("forward reference into a cycle elsewhere", """
                        {"nodes": [{"name": "a", "op": "input", "value": 1},
                                   {"name": "b", "op": "neg", "inputs": ["c"]},
                                   {"name": "c", "op": "neg", "inputs": ["d"]},
                                   {"name": "d", "op": "add", "inputs": ["c", "a"]}], "output": "b"}
                        """, "nodes[1].inputs[0]: \"c\" is used before it is defined (at nodes[2])"),
                broken("self cycle", ADJOINT.replace("[\"x1\"]", "[\"w4\"]"),
                        "nodes[3].inputs[0]: \"w4\" closes a cycle: w4 → w4"),
                broken("output missing", ADJOINT.replace(",\n  \"output\": \"w5\"", ""), "output: missing"),
                broken("output unknown", ADJOINT.replace("\"output\": \"w5\"", "\"output\": \"w6\""),
                        "output: no node is named \"w6\""));
    }

    private static Arguments broken(String rule, String json, String expectedMessage) {
        if (json.equals(ADJOINT)) {
            throw new IllegalArgumentException(rule + ": the edit of the valid graph did not apply");
        }
        return Arguments.of(rule, json, expectedMessage);
    }

    @ParameterizedTest(name = "FMT-ERRORS: {0}")
    @MethodSource("brokenGraphs")
    void fmtErrors_rejectsWithTheNamedPlace(String rule, String json, String expectedMessage) {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> BpropJson.parseGraph(json));
        assertEquals(expectedMessage, error.getMessage(), rule);
    }
}

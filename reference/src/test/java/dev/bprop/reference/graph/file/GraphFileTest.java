package dev.bprop.reference.graph.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.reference.graph.Node;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Expression graph files (clauses GBP-GRAPH, FMT-GRAPH-RESULT) through general backpropagation. */
class GraphFileTest {
    static final Graph ADJOINT = new Graph("adjoint", List.of(
            GraphNode.leaf("x1", GraphOp.INPUT, 0.7),
            GraphNode.leaf("x2", GraphOp.INPUT, -1.3),
            GraphNode.operation("w3", GraphOp.MUL, "x1", "x2"),
            GraphNode.operation("w4", GraphOp.SIN, "x1"),
            GraphNode.operation("w5", GraphOp.ADD, "w3", "w4")), "w5");

    static Stream<TestVector> graphVectors() {
        return VectorCatalog.all().stream().filter(vector -> vector.graph().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphVectors")
    void gbpBuildgrad_everyGraphVectorOfTheSpec(TestVector vector) {
        GraphResult expected = vector.expectedGraphResult().orElseThrow();
        GraphResult found = GraphFile.gradient(vector.graph().orElseThrow());
        assertTrue(vector.tolerance().accepts(expected.value(), found.value()), "value " + found.value());
        assertEquals(List.copyOf(expected.gradient().keySet()), List.copyOf(found.gradient().keySet()));
        expected.gradient().forEach((name, value) -> assertTrue(vector.tolerance().accepts(value,
                found.gradient().get(name)), name + ": expected " + value + ", found " + found.gradient().get(name)));
    }

    @Test
    void gbpGraph_thereAreGraphVectors() {
        assertFalse(graphVectors().toList().isEmpty());
    }

    @Test
    void exAdjoint_theContractExampleGivesValueAndGradientInFileOrder() {
        GraphResult result = GraphFile.gradient(ADJOINT);
        assertEquals(Math.sin(0.7) - 0.7 * 1.3, result.value(), 1e-15);
        assertEquals(List.of("x1", "x2"), List.copyOf(result.gradient().keySet()));
        assertEquals(Math.cos(0.7) - 1.3, result.gradient().get("x1"), 1e-15);
        assertEquals(0.7, result.gradient().get("x2"), 1e-15);
    }

    @Test
    void gbpGraph_translationKeepsOrderNamesAndOperations() {
        GraphFile file = GraphFile.of(ADJOINT);
        assertEquals(List.of("x1", "x2", "w3", "w4", "w5"), file.nodes().stream().map(Node::name).toList());
        assertEquals("w5", file.output().name());
        assertEquals(List.of("x1", "x2"), file.inputs().stream().map(Node::name).toList());
        assertEquals("nodes[3] (w4)", file.place(file.nodes().get(3)));
        assertEquals(file.nodes().subList(0, 2), file.graph().getInputs(file.nodes().get(2)));
        for (GraphOp op : GraphOp.values()) {
            if (!op.isLeaf()) {
                assertEquals(op.fileName(), GraphFile.operation(op).name());
                assertEquals(op.arity(), GraphFile.operation(op).arity());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> GraphFile.operation(GraphOp.CONST));
    }

    @Test
    void gbpOpConst_aConstantGetsNoGradientAndAnUnusedInputGetsZero() {
        Graph graph = new Graph(null, List.of(
                GraphNode.leaf("c", GraphOp.CONST, 2),
                GraphNode.leaf("x", GraphOp.INPUT, 3),
                GraphNode.leaf("u", GraphOp.INPUT, 4),
                GraphNode.operation("f", GraphOp.MUL, "c", "x")), "f");
        assertEquals(new GraphResult(6, Map.of("x", 2.0, "u", 0.0)), GraphFile.gradient(graph));
    }

    @Test
    void gbpOpLog_aValueThatIsNotFiniteNamesItsNode() {
        Graph graph = new Graph(null, List.of(
                GraphNode.leaf("x", GraphOp.INPUT, -1.5),
                GraphNode.operation("y", GraphOp.SIN, "x"),
                GraphNode.operation("z", GraphOp.NEG, "y"),
                GraphNode.operation("w4", GraphOp.LOG, "x")), "w4");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GraphFile.gradient(graph));
        assertEquals("nodes[3] (w4): log of -1.5 is not finite", e.getMessage());
    }

    @Test
    void gbpOpDiv_divisionByZeroNamesItsNodeAndBothInputs() {
        Graph graph = new Graph(null, List.of(
                GraphNode.leaf("x", GraphOp.INPUT, 1),
                GraphNode.leaf("zero", GraphOp.CONST, 0),
                GraphNode.operation("q", GraphOp.DIV, "x", "zero")), "q");
        assertEquals("nodes[2] (q): div of 1.0 and 0.0 is not finite",
                assertThrows(InvalidInputException.class, () -> GraphFile.gradient(graph)).getMessage());
    }

    @Test
    void gbpOpPow_aGradientThatIsNotFiniteNamesTheFirstNodeWhoseAdjointIsNot() {
        Graph graph = new Graph(null, List.of(
                GraphNode.leaf("x", GraphOp.INPUT, 0),
                GraphNode.leaf("half", GraphOp.CONST, 0.5),
                GraphNode.operation("root", GraphOp.POW, "x", "half"),
                GraphNode.operation("f", GraphOp.SIN, "root")), "f");
        assertEquals("nodes[0] (x): the gradient ∂f/∂x is not finite (Infinity)",
                assertThrows(InvalidInputException.class, () -> GraphFile.gradient(graph)).getMessage());
    }
}

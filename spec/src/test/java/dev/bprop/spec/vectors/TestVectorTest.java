package dev.bprop.spec.vectors;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Clause FMT-VECTOR: a vector holds a problem with its result, or a graph with its result, never a mix. */
class TestVectorTest {
    private static final Optional<Problem> PROBLEM = Optional.of(new Problem(null,
            List.of(new Layer(Activation.IDENTITY, new double[][] {{1}}, new double[] {0})), Loss.MSE,
            new double[][] {{1}}, new double[][] {{1}}));
    private static final Optional<Result> RESULT = Optional.of(new Result(0, new double[][] {{1}},
            List.of(new LayerGradient(new double[][] {{0}}, new double[] {0}))));
    private static final Optional<Graph> GRAPH = Optional.of(new Graph(null,
            List.of(GraphNode.leaf("x", GraphOp.INPUT, 1)), "x"));
    private static final Optional<GraphResult> GRAPH_RESULT = Optional.of(new GraphResult(1, Map.of("x", 1.0)));

    private static TestVector vector(Optional<Problem> problem, Optional<Result> result, Optional<Graph> graph,
            Optional<GraphResult> graphResult) {
        return new TestVector("v", "t", List.of("BP1"), "s", new Tolerance(0, 0), false, "", problem, result, graph,
                graphResult, Map.of());
    }

    @Test
    void fmtVector_aProblemWithItsResultOrAGraphWithItsResult() {
        assertTrue(vector(PROBLEM, RESULT, Optional.empty(), Optional.empty()).isProblem());
        assertTrue(!vector(Optional.empty(), Optional.empty(), GRAPH, GRAPH_RESULT).isProblem());
    }

    @Test
    void fmtVector_mixturesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> vector(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> vector(PROBLEM, RESULT, GRAPH, GRAPH_RESULT));
        assertThrows(IllegalArgumentException.class,
                () -> vector(PROBLEM, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> vector(PROBLEM, Optional.empty(), Optional.empty(), GRAPH_RESULT));
        assertThrows(IllegalArgumentException.class,
                () -> vector(Optional.empty(), Optional.empty(), GRAPH, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> vector(Optional.empty(), RESULT, GRAPH, GRAPH_RESULT));
    }
}

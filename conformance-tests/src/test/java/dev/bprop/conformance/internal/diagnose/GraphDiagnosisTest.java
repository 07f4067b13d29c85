package dev.bprop.conformance.internal.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The graph diagnosis (KIT-DIAGNOSIS) on f = x·y at (2, 3): f = 6, ∂f/∂x = 3, ∂f/∂y = 2; and f = x·x at 3. */
class GraphDiagnosisTest {
    private static final Graph PRODUCT = new Graph("product", List.of(GraphNode.leaf("x", GraphOp.INPUT, 2),
            GraphNode.leaf("y", GraphOp.INPUT, 3), GraphNode.operation("f", GraphOp.MUL, "x", "y")), "f");
    private static final GraphResult EXPECTED = result(6, Map.of("x", 3.0, "y", 2.0));

    @Test
    void KIT_DIAGNOSIS_swappedPartialsAreReproduced() {
        assertEquals(List.of("reproduced by model `mul-partials-swapped` (GBP-OP-MUL): your result equals the "
                + "reference computed with ∂(a·b)/∂a taken as a and ∂(a·b)/∂b as b — every number within its "
                + "tolerance and the model's own rounding, the largest difference 0 ulps"), diagnose(PRODUCT,
                EXPECTED, result(6, Map.of("x", 2.0, "y", 3.0))));
    }

    /**
     * f = x·x at 3: f = 9, ∂f/∂x = 6. Found 3: the repeated input counted once. The fan-out model would give 3 too
     * (its second contribution overwriting the first), but x·x is one consumer of x and it does not apply.
     */
    @Test
    void KIT_DIAGNOSIS_onlyModelsThatApplyAreTried() {
        Graph square = new Graph("square", List.of(GraphNode.leaf("x", GraphOp.INPUT, 3), GraphNode.operation("f",
                GraphOp.MUL, "x", "x")), "f");
        GraphResult found = result(9, Map.of("x", 3.0));
        GraphComparison comparison = GraphComparison.of(square, result(9, Map.of("x", 6.0)), found,
                Sides.referenceAgainst(Precision.FLOAT64));
        assertEquals(List.of("repeated-input-counted-once"), GraphDiagnosis.reproduced(square, found, comparison)
                .stream().map(Reproduced::name).toList());
    }

    @Test
    void KIT_DIAGNOSIS_otherwiseTheValueTheInputsAndAFactor() {
        assertEquals(List.of("the value f differs: the forward evaluation differs (GBP-OPS)",
                "the gradients of the inputs [y] differ",
                "no known bug of the kit's catalogue (28 models) reproduces these numbers"), diagnose(PRODUCT, EXPECTED,
                result(7, Map.of("x", 3.0, "y", 2.5))));
        assertEquals(List.of("the gradients of the inputs [x, y] differ",
                "every gradient number is 2.0 × the reference's, each within its tolerance",
                "no known bug of the kit's catalogue (28 models) reproduces these numbers"), diagnose(PRODUCT, EXPECTED,
                result(6, Map.of("x", 6.0, "y", 4.0))));
    }

    @Test
    void KIT_DIAGNOSIS_aDifferentValueAloneNamesNoInput() {
        assertEquals(List.of("the value f differs: the forward evaluation differs (GBP-OPS)",
                "no known bug of the kit's catalogue (28 models) reproduces these numbers"), diagnose(PRODUCT, EXPECTED,
                result(7, Map.of("x", 3.0, "y", 2.0))));
    }

    @Test
    void FMT_GRAPH_RESULT_aMissingEntryIsNamedAlone() {
        assertEquals(List.of("FMT-GRAPH-RESULT: gradient: expected one entry for each input node [x, y], found [x]"),
                diagnose(PRODUCT, EXPECTED, result(6, Map.of("x", 2.0))));
    }

    private static List<String> diagnose(Graph graph, GraphResult expected, GraphResult found) {
        return GraphDiagnosis.of(graph, found, GraphComparison.of(graph, expected, found,
                Sides.referenceAgainst(Precision.FLOAT64)));
    }

    /** A result with the gradient in input order x, y. */
    private static GraphResult result(double value, Map<String, Double> gradient) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String input : List.of("x", "y")) {
            if (gradient.containsKey(input)) {
                ordered.put(input, gradient.get(input));
            }
        }
        return new GraphResult(value, ordered);
    }
}

package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.GraphCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The graph cases that reach where bugs hide, by construction (GBP-GRADTABLE, GBP-BPROP, GBP-OP-*). */
class GraphHidingPlacesTest {
    private static Map<String, Graph> byLabel(long baseSeed) {
        return GraphHidingPlaces.cases(baseSeed).stream().collect(Collectors.toMap(
                c -> c.name().caseName().replaceAll("_seed=.*", ""), GraphCase::graph));
    }

    /** The nodes as "name=op(inputs)", leaves as "name=op". */
    private static List<String> structure(Graph graph) {
        return graph.nodes().stream().map(n -> n.name() + "=" + n.op().fileName() + (n.inputs().isEmpty() ? ""
                : n.inputs().toString())).toList();
    }

    private static double value(Graph graph, String name) {
        return graph.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().value()
                .getAsDouble();
    }

    @Test
    void GBP_GRADTABLE_theOutputIsAnInputNextToAnOperationNobodyReads() {
        Graph graph = byLabel(5).get("output-is-input");
        assertEquals(List.of("x0=input", "x1=input", "v0=mul[x0, x1]"), structure(graph));
        assertEquals("x1", graph.output());
    }

    /**
     * consumers = 2: v0 = x0·x0, v1 = x0 + x1, s1 = v0 + v1. consumers = 4 adds v2 = x1 − x0, v3 = x0·x1 (add, sub,
     * mul in turn, the arguments swapped every other time), each summed in: x0 fills 2 + 3 = 5 argument slots.
     */
    @Test
    void GBP_BPROP_oneNodeTakenTwiceByOneOperationAndConsumedByOthers() {
        Map<String, Graph> cases = byLabel(5);
        Graph twice = cases.get("consumed-twice");
        assertEquals(List.of("x0=input", "x1=input", "v0=mul[x0, x0]", "v1=add[x0, x1]", "s1=add[v0, v1]"),
                structure(twice));
        assertEquals("s1", twice.output());
        Graph four = cases.get("consumed-four-times");
        assertEquals(List.of("x0=input", "x1=input", "v0=mul[x0, x0]", "v1=add[x0, x1]", "s1=add[v0, v1]",
                "v2=sub[x1, x0]", "s2=add[s1, v2]", "v3=mul[x0, x1]", "s3=add[s2, v3]"), structure(four));
        assertEquals("s3", four.output());
    }

    /** Each binary operation on two inputs, the base positive (pow's ∂/∂exponent needs ln x0). */
    @Test
    void GBP_OPS_eachBinaryOperationDirectlyOnTwoInputs() {
        Map<String, Graph> cases = byLabel(5);
        for (GraphOp op : List.of(GraphOp.ADD, GraphOp.SUB, GraphOp.MUL, GraphOp.DIV, GraphOp.POW)) {
            Graph graph = cases.get("direct-" + op.fileName());
            assertEquals(List.of("x0=input", "x1=input", "v0=" + op.fileName() + "[x0, x1]"), structure(graph));
            assertEquals("v0", graph.output());
            assertTrue(value(graph, "x0") >= 0.2 && value(graph, "x0") < 2, graph::toString);
        }
    }

    /** Leaf values of magnitude 0.2–2 and either sign, over the twelve leaves of three base seeds. */
    @Test
    void GBP_OPS_leafValuesOfModerateSizeAndEitherSign() {
        List<Double> values = List.of(1L, 2L, 3L).stream().map(GraphHidingPlacesTest::byLabel)
                .flatMap(cases -> List.of("output-is-input", "consumed-twice").stream().map(cases::get))
                .flatMap(graph -> graph.nodes().stream().filter(n -> n.op() == GraphOp.INPUT))
                .map(n -> n.value().getAsDouble()).toList();
        assertTrue(values.stream().allMatch(v -> Math.abs(v) >= 0.2 && Math.abs(v) < 2), values::toString);
        assertTrue(values.stream().anyMatch(v -> v < 0) && values.stream().anyMatch(v -> v > 0), values::toString);
    }

    @Test
    void GD_SEED_eachPlaceHasASeedOfItsOwnInItsName() {
        List<GraphCase> cases = GraphHidingPlaces.cases(5);
        assertEquals(8, cases.stream().map(c -> c.seed().orElseThrow()).distinct().count());
        GraphCase first = cases.get(0);
        assertEquals("required_GBP-GRADTABLE_output-is-input_seed=" + first.seed().getAsLong(), first.name().toString());
        assertTrue(first.origin().startsWith("generated with seed " + first.seed().getAsLong() + " (base seed "),
                first.origin());
        assertEquals(Function.identity().apply(3 + " nodes"), first.origin().replaceAll(".*: ", ""));
    }
}

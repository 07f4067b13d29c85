package dev.bprop.conformance.shrink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The graph shrinker keeps a candidate only while the failure persists: with a "failure" that needs a sin node
 * reading an input, f = exp(x0) + sin(x0 · x1) + x2 shrinks to sin(x0) on one input with a whole-number value.
 */
class GraphShrinkerTest {
    private static final Graph GRAPH = new Graph("shrink-me", List.of(
            GraphNode.leaf("x0", GraphOp.INPUT, 0.73),
            GraphNode.leaf("x1", GraphOp.INPUT, -1.21),
            GraphNode.leaf("x2", GraphOp.INPUT, 0.38),
            GraphNode.operation("v0", GraphOp.EXP, "x0"),
            GraphNode.operation("v1", GraphOp.MUL, "x0", "x1"),
            GraphNode.operation("v2", GraphOp.SIN, "v1"),
            GraphNode.operation("v3", GraphOp.ADD, "v0", "v2"),
            GraphNode.operation("v4", GraphOp.ADD, "v3", "x2")), "v4");

    @Test
    void KIT_SHRINK_shrinksToTheSmallestGraphThatStillFails() {
        Predicate<Graph> sinOfAnInput = graph -> graph.nodes().stream().anyMatch(node -> node.op() == GraphOp.SIN
                && graph.inputNodes().stream().anyMatch(input -> input.name().equals(node.inputs().get(0))));
        Graph smallest = GraphShrinker.shrink(GRAPH, sinOfAnInput).graph();
        assertEquals(1, smallest.inputNodes().size(), smallest::toString);
        assertEquals(List.of(GraphOp.INPUT, GraphOp.SIN), smallest.nodes().stream().map(GraphNode::op).toList(),
                smallest::toString);
        assertEquals(Math.rint(smallest.inputNodes().get(0).value().getAsDouble()),
                smallest.inputNodes().get(0).value().getAsDouble());
    }

    @Test
    void KIT_SHRINK_bypassingTheOutputMakesItsArgumentTheOutput() {
        Graph bypassed = GraphShrinker.bypassed(GRAPH, GRAPH.nodes().get(7), "v3");
        assertEquals("v3", bypassed.output());
        assertEquals(7, bypassed.nodes().size());
    }
}

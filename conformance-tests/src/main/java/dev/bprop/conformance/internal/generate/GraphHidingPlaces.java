package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.GraphCase;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The graph cases that reach where bugs hide beyond the random graphs: a graph whose output is one of its inputs
 * (f = x, whose gradient is grad_table[z] = 1 itself, GBP-GRADTABLE), and a node that one operation takes twice
 * while two or three other operations consume it as well (GBP-BPROP's sum over positions and GBP-BUILDGRAD's sum
 * over consumers at one node), and each binary operation applied directly to two inputs (GBP-OP-*).
 */
public final class GraphHidingPlaces {
    private final long baseSeed;
    private final List<GraphCase> cases = new ArrayList<>();

    private GraphHidingPlaces(long baseSeed) {
        this.baseSeed = baseSeed;
    }

    public static List<GraphCase> cases(long baseSeed) {
        GraphHidingPlaces plan = new GraphHidingPlaces(baseSeed ^ 0x1B873593L);
        plan.add("GBP-GRADTABLE", "output-is-input", GraphHidingPlaces::outputIsInput);
        plan.add("GBP-BPROP", "consumed-twice", r -> consumedOften(r, 2));
        plan.add("GBP-BPROP", "consumed-four-times", r -> consumedOften(r, 4));
        for (GraphOp op : GraphOp.values()) {
            if (op.arity() == 2) {
                plan.add("GBP-OP-" + op.name(), "direct-" + op.fileName(), r -> direct(r, op));
            }
        }
        return List.copyOf(plan.cases);
    }

    private void add(String clause, String label, Function<SplittableRandom, Graph> draw) {
        long seed = CaseSeeds.of(baseSeed, cases.size());
        Graph graph = draw.apply(new SplittableRandom(seed));
        cases.add(new GraphCase(TestName.required(clause, label + "_seed=" + seed), graph, "generated with seed "
                + seed + " (base seed " + baseSeed + "): " + graph.nodes().size() + " nodes", OptionalLong.of(seed)));
    }

    /** Inputs x0 and x1, an operation on them nobody consumes, and the output x1: ∂f/∂x1 = 1, ∂f/∂x0 = 0. */
    private static Graph outputIsInput(SplittableRandom r) {
        return new Graph(null, List.of(GraphNode.leaf("x0", GraphOp.INPUT, value(r)),
                GraphNode.leaf("x1", GraphOp.INPUT, value(r)),
                GraphNode.operation("v0", GraphOp.MUL, "x0", "x1")), "x1");
    }

    /**
     * x0 taken twice by one mul, then consumed by {@code consumers} − 1 further operations (add, sub, mul in turn),
     * their results summed into the output: x0 holds positions in {@code consumers} + 1 argument slots.
     */
    private static Graph consumedOften(SplittableRandom r, int consumers) {
        List<GraphNode> nodes = new ArrayList<>(List.of(GraphNode.leaf("x0", GraphOp.INPUT, value(r)),
                GraphNode.leaf("x1", GraphOp.INPUT, value(r)), GraphNode.operation("v0", GraphOp.MUL, "x0", "x0")));
        GraphOp[] ops = {GraphOp.ADD, GraphOp.SUB, GraphOp.MUL};
        String sum = "v0";
        for (int k = 1; k < consumers; k++) {
            String name = "v" + k;
            nodes.add(GraphNode.operation(name, ops[(k - 1) % ops.length], k % 2 == 0 ? "x1" : "x0",
                    k % 2 == 0 ? "x0" : "x1"));
            nodes.add(GraphNode.operation("s" + k, GraphOp.ADD, sum, name));
            sum = "s" + k;
        }
        return new Graph(null, nodes, sum);
    }

    /**
     * f = op(x0, x1) on two inputs, nothing else: each partial reaches an input once, so no second sign flip or zero
     * factor on a longer path can hide a wrong one. The base x0 is positive, which pow's ∂/∂exponent needs.
     */
    private static Graph direct(SplittableRandom r, GraphOp op) {
        return new Graph(null, List.of(GraphNode.leaf("x0", GraphOp.INPUT, r.nextDouble(0.2, 2)),
                GraphNode.leaf("x1", GraphOp.INPUT, value(r)), GraphNode.operation("v0", op, "x0", "x1")), "v0");
    }

    /** A leaf value of magnitude 0.2–2 and random sign, as {@link RandomGraphs} draws them. */
    private static double value(SplittableRandom r) {
        double magnitude = r.nextDouble(0.2, 2);
        return r.nextBoolean() ? magnitude : -magnitude;
    }
}

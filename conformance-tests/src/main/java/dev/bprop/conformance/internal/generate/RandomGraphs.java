package dev.bprop.conformance.internal.generate;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random expression graphs (FMT-GRAPH) from a seeded generator: one to four inputs and a constant, then operations
 * drawn from the supported ones (the focus operation four times in ten), each applied to earlier nodes, so that
 * nodes get several consumers (GBP-BUILDGRAD) and, when asked, the same input twice (GBP-BPROP). Every node stays in
 * the domain of {@link OpValues}. Nodes nobody consumes are summed into the output, except one left dangling when a
 * dead branch is asked for (GBP-SUBGRAPH), which also adds an input the output does not depend on.
 */
final class RandomGraphs {
    private static final int ATTEMPTS = 32;

    /** What a drawn graph should contain. */
    record Recipe(List<GraphOp> operations, GraphOp focus, int size, boolean repeatedInputs, boolean deadBranch) {
    }

    private final SplittableRandom random;
    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final Set<String> unconsumed = new LinkedHashSet<>();

    private RandomGraphs(SplittableRandom random) {
        this.random = random;
    }

    static Graph draw(SplittableRandom random, String id, Recipe recipe) {
        return new RandomGraphs(random).build(id, recipe);
    }

    private Graph build(String id, Recipe recipe) {
        int inputs = 1 + random.nextInt(4);
        for (int i = 0; i < inputs; i++) {
            leaf("x" + i, GraphOp.INPUT);
        }
        leaf("c0", GraphOp.CONST);
        unconsumed.remove("c0");
        List<GraphOp> binary = recipe.operations().stream().filter(op -> op.arity() > 0).toList();
        for (int n = 0; n < recipe.size() && !binary.isEmpty(); n++) {
            GraphOp op = recipe.focus() != null && random.nextInt(10) < 4 ? recipe.focus()
                    : binary.get(random.nextInt(binary.size()));
            operation("v" + n, op, recipe.repeatedInputs());
        }
        String dangling = recipe.deadBranch() && unconsumed.size() > 1 ? last() : null;
        if (recipe.deadBranch()) {
            leaf("unused", GraphOp.INPUT);
        }
        List<String> toSum = unconsumed.stream().filter(name -> !name.equals(dangling) && !name.equals("unused"))
                .toList();
        String output = toSum.isEmpty() ? nodes.get(0).name() : toSum.get(0);
        for (int k = 1; k < toSum.size(); k++) {
            String name = "sum" + k;
            nodes.add(GraphNode.operation(name, GraphOp.ADD, output, toSum.get(k)));
            output = name;
        }
        return new Graph(id, nodes, output);
    }

    private void leaf(String name, GraphOp op) {
        double magnitude = random.nextDouble(0.2, 2);
        double value = random.nextBoolean() ? magnitude : -magnitude;
        nodes.add(GraphNode.leaf(name, op, value));
        values.add(value);
        unconsumed.add(name);
    }

    private void operation(String name, GraphOp op, boolean repeatedInputs) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int a = pickInput();
            int b = repeatedInputs && random.nextInt(3) == 0 ? a : pickOtherThan(a);
            double value = OpValues.apply(op, values.get(a), values.get(b));
            if (!Double.isNaN(value)) {
                String[] inputs = op.arity() == 2 ? new String[] {nodes.get(a).name(), nodes.get(b).name()}
                        : new String[] {nodes.get(a).name()};
                nodes.add(GraphNode.operation(name, op, inputs));
                values.add(value);
                unconsumed.removeAll(List.of(inputs));
                unconsumed.add(name);
                return;
            }
        }
    }

    /** An earlier node, the recent ones more often, so that graphs grow deep as well as wide. */
    private int pickInput() {
        int count = nodes.size();
        int back = (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2);
        return Math.max(0, count - 1 - Math.min(back, count - 1));
    }

    /** An earlier node other than {@code a} where there is one: a repeated input only when asked for. */
    private int pickOtherThan(int a) {
        int b = pickInput();
        return b != a || nodes.size() == 1 ? b : (a + 1) % nodes.size();
    }

    private String last() {
        return nodes.get(nodes.size() - 1).name();
    }
}
